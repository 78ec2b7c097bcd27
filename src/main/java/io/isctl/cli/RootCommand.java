package io.isctl.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code isctl}: the top of the command tree; it only holds the global options and the environment. */
@Command(
    name = "isctl",
    mixinStandardHelpOptions = true,
    versionProvider = VersionCommand.Provider.class,
    description = "OpenShift ImageStreams outside a cluster: oc's tag, import-image and set image-lookup on a "
        + "folder of ImageStream YAML, and the image a Pod would get.",
    subcommands = {
        TagCommand.class,
        ResolveCommand.class,
        SetCommand.class,
        GetCommand.class,
        DescribeCommand.class,
        DeleteCommand.class,
        ProjectCommand.class,
        VersionCommand.class,
        ShellCommand.class,
        CompletionCommand.class,
        CompleteCommand.class,
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
        "0:success",
        "1:the command failed (registry error, object not found, import failed, nothing to resolve)",
        "2:the command line was wrong (unknown flag, bad value, flags that may not go together)"})
public final class RootCommand implements Runnable {
  @Mixin GlobalOptions global;

  private final Session.Environment environment;

  public RootCommand(Session.Environment environment) {
    this.environment = environment;
  }

  Session.Environment environment() {
    return environment;
  }

  @Override
  public void run() {
    throw new picocli.CommandLine.ParameterException(
        new picocli.CommandLine(this), "a command is required (see 'isctl --help')");
  }
}
