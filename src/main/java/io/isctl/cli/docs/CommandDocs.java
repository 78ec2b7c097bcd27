package io.isctl.cli.docs;

import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * What the man pages and the README's reference read from the picocli model: the commands and their
 * texts.
 */
final class CommandDocs {
  private CommandDocs() {}

  /** {@code root} and every command below it that help shows, depth first, in the model's order. */
  static List<CommandLine> visibleCommands(CommandLine root) {
    List<CommandLine> all = new ArrayList<>();
    collect(root, all);
    return all;
  }

  private static void collect(CommandLine command, List<CommandLine> all) {
    all.add(command);
    command.getSubcommands().values().stream()
        .distinct()
        .filter(sub -> !sub.getCommandSpec().usageMessage().hidden())
        .forEach(sub -> collect(sub, all));
  }

  /** The command's words: {@code isctl set image-lookup}. */
  static String qualifiedName(CommandSpec spec) {
    return spec.qualifiedName(" ");
  }

  /** Its man page's name: {@code isctl-set-image-lookup}. */
  static String pageName(CommandSpec spec) {
    return spec.qualifiedName("-");
  }

  /** The description lines, with picocli's {@code %n} turned into line ends. */
  static List<String> description(CommandSpec spec) {
    List<String> lines = new ArrayList<>();
    for (String paragraph : spec.usageMessage().description()) {
      lines.addAll(List.of(paragraph.replace("%n", "\n").split("\n", -1)));
    }
    return lines;
  }

  /** A parameter's description as help prints it, variables filled in. */
  static String description(ArgSpec arg) {
    String text = String.join(" ", arg.description());
    String defaultValue = arg.defaultValue() == null ? "" : arg.defaultValue();
    return text.replace("${DEFAULT-VALUE}", defaultValue)
        .replace(
            "${COMPLETION-CANDIDATES}",
            arg.completionCandidates() == null
                ? ""
                : String.join(", ", arg.completionCandidates()));
  }

  /** The usage help, exactly as {@code --help} prints it. */
  static String usage(CommandLine command) {
    return command.getUsageMessage(CommandLine.Help.Ansi.OFF);
  }
}
