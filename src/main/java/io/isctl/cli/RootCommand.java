package io.isctl.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code isctl}: the top of the command tree; it only holds the global options. */
@Command(
    name = "isctl",
    mixinStandardHelpOptions = true,
    versionProvider = VersionCommand.Provider.class,
    description =
        "OpenShift ImageStreams outside a cluster: oc's tag, import-image and set image-lookup on a "
            + "folder of ImageStream YAML, and the image a Pod would get.",
    subcommands = {
      TagCommand.class,
      ImportImageCommand.class,
      SyncCommand.class,
      ResolveCommand.class,
      SetCommand.class,
      GetCommand.class,
      DescribeCommand.class,
      DeleteCommand.class,
      ProjectCommand.class,
      VersionCommand.class,
      ShellCommand.class,
      CompletionCommand.class,
      HelpCommand.class,
      CompleteCommand.class,
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  # The article's streams, and the image each tag hands to Pods",
      "  isctl --store examples/seed -n myproject get is -o wide",
      "",
      "  # The article's five variations: the image a Pod gets from each",
      "  isctl resolve myimage-ref-source:mytag   # 1 external, pinned by digest",
      "  isctl resolve myimage-ref-local:mytag    # 2 external, through the registry",
      "  isctl resolve myimage-reference:mytag    # 3 reference to the floating tag",
      "  isctl resolve myimage-internal:mytag     # 4 built in the cluster",
      "  isctl tag myimage-internal:mytag fromis:mytag   # 5 from another stream",
      "",
      "  # Why, and the article's questions for one tag",
      "  isctl resolve myimage-ref-local:mytag --explain",
      "",
      "  # Tab completion of commands, flags, streams and tags; a shell",
      "  source <(isctl completion bash)",
      "  isctl shell",
      "",
      "Run 'isctl COMMAND --help' for a command's options and examples."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:success",
      "1:the command failed (registry error, object not found, import failed, nothing to resolve)",
      "2:the command line was wrong (unknown flag, bad value, flags that may not go together)"
    })
public final class RootCommand implements Runnable {
  @Spec CommandSpec spec;
  @Mixin GlobalOptions global;

  /** Without a command, the help, as kubectl prints it: on stdout, exit 0. */
  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
