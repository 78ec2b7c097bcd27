package io.isctl.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code isctl set}: a group, as in oc; only {@code image-lookup} is here. */
@Command(
    name = "set",
    mixinStandardHelpOptions = true,
    description = "Update a field of image streams or workloads.",
    subcommands = SetImageLookupCommand.class,
    footerHeading = "%nExamples:%n",
    footer = {
      "  # Let plain Pods in myproject use myimage-ref-source:mytag as their image",
      "  isctl set image-lookup myimage-ref-source -n myproject"
    })
final class SetCommand implements Runnable {
  @Spec CommandSpec spec;
  @Mixin GlobalOptions global;

  @Override
  public void run() {
    throw new ParameterException(spec.commandLine(), "a subcommand is required: image-lookup");
  }
}
