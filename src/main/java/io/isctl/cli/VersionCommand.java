package io.isctl.cli;

import io.isctl.base.ExitCodes;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code isctl version}. */
@Command(
    name = "version",
    description = "Print the version.",
    footerHeading = "%nExamples:%n",
    footer = "  isctl version")
final class VersionCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin HelpOption help;

  @Override
  public Integer call() throws Exception {
    for (String line : new Provider().getVersion()) {
      spec.commandLine().getOut().println(line);
    }
    spec.commandLine().getOut().flush();
    return ExitCodes.OK;
  }

  /** The version from the jar's manifest, or "dev" when run from classes. */
  static final class Provider implements IVersionProvider {
    @Override
    public String[] getVersion() {
      String version = VersionCommand.class.getPackage().getImplementationVersion();
      return new String[] {"isctl " + (version == null ? "dev" : version)};
    }
  }
}
