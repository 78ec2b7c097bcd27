package io.isctl.cli;

import io.isctl.ops.DryRun;
import java.util.List;
import java.util.Map;
import java.util.Stack;
import picocli.CommandLine.IParameterPreprocessor;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

/** {@code --dry-run[=client|server|none]} for the commands that write, in kubectl's spelling. */
final class DryRunOption {
  @Option(
      names = "--dry-run",
      arity = "0..1",
      paramLabel = "MODE",
      preprocessor = Bare.class,
      converter = Converter.class,
      completionCandidates = Modes.class,
      description =
          "client (also --dry-run alone) or server: do everything but write, the registry reads included, "
              + "and print what would be written, marked (dry run) or (server dry run). isctl is its own API "
              + "server, so both are the same run. none (default): write.")
  DryRun mode;

  DryRun mode() {
    return mode == null ? DryRun.NONE : mode;
  }

  /**
   * A bare {@code --dry-run} is {@code client} and never takes the next word as its value (cobra's
   * NoOptDefVal): {@code delete is --dry-run web} deletes {@code web} in a dry run.
   */
  static final class Bare implements IParameterPreprocessor {
    @Override
    public boolean preprocess(
        Stack<String> args, CommandSpec commandSpec, ArgSpec argSpec, Map<String, Object> info) {
      if (!"=".equals(info.get("separator"))) {
        args.push("client");
      }
      return false;
    }
  }

  /** kubectl's values and message; true and false as the boolean oc's import-image had. */
  static final class Converter implements ITypeConverter<DryRun> {
    @Override
    public DryRun convert(String value) {
      return switch (value) {
        case "client", "true" -> DryRun.CLIENT;
        case "server" -> DryRun.SERVER;
        case "none", "false" -> DryRun.NONE;
        default ->
            throw new UsageErrors.WholeMessage(
                "Invalid dry-run value ("
                    + value
                    + "). Must be \"none\", \"server\", or \"client\".");
      };
    }
  }

  /** Completion candidates. */
  static final class Modes extends java.util.ArrayList<String> {
    Modes() {
      super(List.of("client", "server", "none"));
    }
  }
}
