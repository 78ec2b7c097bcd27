package io.isctl.cli;

import io.isctl.cli.spec.CommandModels;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine;
import picocli.CommandLine.IFactory;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.UsageMessageSpec;

/**
 * Builds the picocli model of the commands a run needs. It comes from the model file the build
 * writes (see {@link io.isctl.cli.spec}), not from the annotations, and holds only the command the
 * arguments name: reading annotations and building every command was most of a short command's
 * start-up.
 */
final class CommandTree {
  /** picocli's converters left out ({@link Cli} sets them before picocli starts). */
  static final String CONVERTER_EXCLUDES = "java\\.sql\\..*,java\\.time\\..*";

  /** Read once per process: the shell runs many commands. */
  private static final class Bundled {
    static final Optional<CommandModels> MODELS = CommandModels.bundled();
  }

  private CommandTree() {}

  /** The whole tree, its commands made by {@code factory}: for help, completion and the shell. */
  static CommandLine full(IFactory factory) {
    return withExitCodes(
        Bundled.MODELS
            .map(models -> models.full(factory))
            .orElseGet(() -> new CommandLine(RootCommand.class, factory)));
  }

  /**
   * The root with only the subcommand that {@code args} name; the whole tree when they name none,
   * or when an argument before the command is anything but a global option (help, version, a
   * mistake): picocli's own messages then see every command. Classes compiled without the model
   * file (an IDE's build) get the whole tree from the annotations.
   */
  static CommandLine forArguments(IFactory factory, String... args) {
    return Bundled.MODELS
        .flatMap(models -> models.forArguments(factory, args))
        .map(CommandTree::withExitCodes)
        .orElseGet(() -> full(factory));
  }

  /**
   * Every command's help lists the exit codes (its own, else isctl's, the same for every command)
   * and prints its examples as typed.
   */
  private static CommandLine withExitCodes(CommandLine cli) {
    UsageMessageSpec root = cli.getCommandSpec().usageMessage();
    withExitCodes(cli.getCommandSpec(), root.exitCodeListHeading(), root.exitCodeList());
    return cli;
  }

  private static void withExitCodes(CommandSpec spec, String heading, Map<String, String> codes) {
    if (spec.usageMessage().exitCodeList().isEmpty()) {
      spec.usageMessage().exitCodeListHeading(heading).exitCodeList(codes);
    }
    spec.usageMessage().sectionMap().put(UsageMessageSpec.SECTION_KEY_FOOTER, CommandTree::footer);
    spec.subcommands().values().forEach(sub -> withExitCodes(sub.getCommandSpec(), heading, codes));
  }

  /**
   * The footer (the examples) one line per line as written: picocli would wrap a long line at the
   * help's width, splitting a command or a digest in two, so that a copied example fails.
   */
  static String footer(CommandLine.Help help) {
    StringBuilder text = new StringBuilder();
    for (String line : help.commandSpec().usageMessage().footer()) {
      String shown;
      try {
        shown = String.format(line);
      } catch (java.util.IllegalFormatException e) {
        shown = line;
      }
      text.append(shown).append(System.lineSeparator());
    }
    return text.toString();
  }
}
