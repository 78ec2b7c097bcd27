package io.isctl.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code isctl set}: a group, as in oc; only {@code image-lookup} is here. */
@Command(
    name = "set",
    description = "Update a field of image streams or workloads.",
    subcommands = SetImageLookupCommand.class,
    footerHeading = "%nExamples:%n",
    footer = {
      "  # Let plain Pods in myproject use myimage-ref-source:mytag as their image",
      "  isctl set image-lookup myimage-ref-source -n myproject"
    })
final class SetCommand implements Runnable {
  @Spec CommandSpec spec;
  @Mixin HelpOption help;
  @Mixin GlobalOptions global;

  /** Without a subcommand, the group's help, as kubectl's groups print it (exit 0). */
  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
