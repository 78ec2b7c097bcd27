package io.isctl.cli;

import io.isctl.base.ExitCodes;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code isctl completion bash|zsh}: prints the shell's completion script, the one in {@code
 * completions/}.
 */
@Command(
    name = "completion",
    description = {
      "Print the completion script for bash or zsh.",
      "",
      "Tab then completes commands, options, option values, namespaces, stream names, NAME:TAG with the "
          + "stream's tags and NAME@ID with its images, read from the store and namespace typed on the line "
          + "(--store, -n) or set in the environment. The same scripts are in the completions/ folder."
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  # bash, this shell only",
      "  source <(isctl completion bash)",
      "  # bash, every new shell",
      "  isctl completion bash > ~/.local/share/bash-completion/completions/isctl",
      "  # zsh: a folder on $fpath, before compinit runs",
      // $$ keeps picocli from reading ${fpath[1]} as one of its variables.
      "  isctl completion zsh > \"$${fpath[1]}/_isctl\"",
      "  # zsh, this shell only (after compinit)",
      "  source <(isctl completion zsh)"
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:printed", "2:an unknown shell"})
final class CompletionCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin HelpOption help;

  @Parameters(paramLabel = "SHELL", description = "bash or zsh.")
  Shell shell;

  /** The shells with a script; lower case, as typed and completed. */
  enum Shell {
    bash("isctl.bash"),
    zsh("_isctl");

    private final String script;

    Shell(String script) {
      this.script = script;
    }
  }

  @Override
  public Integer call() {
    // print, not println: the script ends with its own newline.
    spec.commandLine().getOut().print(script(shell));
    spec.commandLine().getOut().flush();
    return ExitCodes.OK;
  }

  static String script(Shell shell) {
    String resource = "/io/isctl/completions/" + shell.script;
    try (InputStream in = CompletionCommand.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException(resource + " is missing from the jar");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
