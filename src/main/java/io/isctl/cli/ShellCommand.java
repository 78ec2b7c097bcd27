package io.isctl.cli;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code isctl shell}: many commands in one process, with history and the same Tab completion. */
@Command(
    name = "shell",
    description = {
      "Run isctl commands interactively: one process, so each command starts at once.",
      "",
      "Type commands without 'isctl'. Tab completes commands, options, namespaces, stream names and NAME:TAG "
          + "as in bash and zsh. --store and -n given to the shell are every command's default (an -n typed "
          + "on a command still wins). History is kept in --history. Ctrl-C drops the line being typed; "
          + "Ctrl-D or 'exit' leaves."
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  isctl --store examples/seed -n myproject shell",
      "  isctl> resolve myimage-ref-local:mytag --explain",
      "  isctl> tag myimage-internal:mytag fromis-myimage-internal:mytag",
      "  isctl> get is -o wide"
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:the user left", "1:the terminal could not be opened", "2:bad arguments"})
final class ShellCommand implements Callable<Integer> {
  private final Session.Environment environment;
  @Spec CommandSpec spec;
  @Mixin HelpOption help;
  @Mixin GlobalOptions global;

  @Option(
      names = "--history",
      paramLabel = "FILE",
      description = "The history file (default: ~/.isctl_history; 'none' keeps no history).")
  String history;

  ShellCommand(Session.Environment environment) {
    this.environment = environment;
  }

  @Override
  public Integer call() {
    Session session = Session.of(spec, environment);
    Map<String, String> variables = new HashMap<>(environment.variables());
    variables.put("ISCTL_STORE", session.storePath().toString());
    if (session.namespaceGiven()) {
      variables.put("ISCTL_NAMESPACE", session.namespace());
    }
    InteractiveShell shell =
        ServiceLoader.load(InteractiveShell.class)
            .findFirst()
            .orElseThrow(
                () ->
                    new io.isctl.ops.OperationException(
                        "this build of isctl has no interactive shell"));
    return shell.run(environment.inShell(variables), historyFile());
  }

  private Path historyFile() {
    if ("none".equals(history)) {
      return null;
    }
    if (history != null) {
      return environment.cwd().resolve(history);
    }
    String home = environment.variable("HOME");
    return home == null || home.isEmpty() ? null : Path.of(home, ".isctl_history");
  }
}
