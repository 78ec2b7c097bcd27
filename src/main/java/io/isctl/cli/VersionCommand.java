package io.isctl.cli;

import io.isctl.base.ExitCodes;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code isctl version}; what it prints is {@link VersionOutput}'s. */
@Command(
    name = "version",
    description = {
      "Print the version.",
      "",
      "-o json and -o yaml print it as kubectl version --client does: a clientVersion object"
          + " (major, minor, gitVersion, javaVersion in place of goVersion, platform)."
    },
    footerHeading = "%nExamples:%n",
    footer = {"  isctl version", "  isctl version -o json"})
final class VersionCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin HelpOption help;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FORMAT",
      completionCandidates = Formats.class,
      description = "yaml or json.")
  String output;

  @Override
  public Integer call() {
    VersionOutput.print(spec.commandLine().getOut(), output);
    return ExitCodes.OK;
  }

  /** The version from the jar's manifest, or "dev" when run from classes. */
  static final class Provider implements IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {VersionOutput.line()};
    }
  }

  /** Values offered for -o. */
  static final class Formats extends java.util.ArrayList<String> {
    Formats() {
      super(java.util.List.of("json", "yaml"));
    }
  }
}
