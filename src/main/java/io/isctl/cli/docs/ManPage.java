package io.isctl.cli.docs;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * A command's man page, section 1, in troff ({@code man -l isctl-tag.1}), written from the picocli
 * model.
 */
final class ManPage {
  private ManPage() {}

  static String fileName(CommandSpec spec) {
    return CommandDocs.pageName(spec) + ".1";
  }

  static String render(CommandLine command, List<CommandLine> all, String version) {
    CommandSpec spec = command.getCommandSpec();
    StringBuilder page = new StringBuilder();
    String name = CommandDocs.pageName(spec);
    page.append(".TH ")
        .append(escape(name.toUpperCase(Locale.ROOT)))
        .append(" 1 \"\" \"isctl ")
        .append(escape(version))
        .append("\" \"isctl Manual\"\n");
    List<String> description = CommandDocs.description(spec);
    page.append(".SH NAME\n")
        .append(escape(name))
        .append(" \\- ")
        .append(escape(description.isEmpty() ? "" : description.get(0)))
        .append('\n');
    page.append(".SH SYNOPSIS\n.nf\n")
        .append(lines(command.getHelp().synopsis(0).stripTrailing()))
        .append(".fi\n");
    page.append(".SH DESCRIPTION\n");
    for (String line : description) {
      page.append(line.isBlank() ? ".PP\n" : escape(line) + "\n");
    }
    section(page, "COMMANDS", commands(spec));
    section(page, "ARGUMENTS", arguments(spec));
    section(page, "OPTIONS", options(spec));
    examples(page, spec);
    section(page, "EXIT STATUS", exitCodes(spec));
    page.append(".SH SEE ALSO\n").append(seeAlso(command, all)).append('\n');
    return page.toString();
  }

  /** The visible subcommands, each with the first line of its description. */
  private static List<String[]> commands(CommandSpec spec) {
    return spec.subcommands().values().stream()
        .distinct()
        .filter(sub -> !sub.getCommandSpec().usageMessage().hidden())
        .map(
            sub ->
                new String[] {
                  "\\fB" + escape(sub.getCommandName()) + "\\fR",
                  String.join(
                      " ", CommandDocs.description(sub.getCommandSpec()).stream().limit(1).toList())
                })
        .toList();
  }

  private static List<String[]> arguments(CommandSpec spec) {
    return spec.positionalParameters().stream()
        .filter(p -> !p.hidden())
        .map(
            p ->
                new String[] {"\\fI" + escape(p.paramLabel()) + "\\fR", CommandDocs.description(p)})
        .toList();
  }

  private static List<String[]> options(CommandSpec spec) {
    return spec.options().stream()
        .filter(o -> !o.hidden())
        .map(o -> new String[] {optionTerm(o), CommandDocs.description(o)})
        .toList();
  }

  private static List<String[]> exitCodes(CommandSpec spec) {
    Map<String, String> codes = spec.usageMessage().exitCodeList();
    return codes.entrySet().stream()
        .map(e -> new String[] {"\\fB" + escape(e.getKey().strip()) + "\\fR", e.getValue()})
        .toList();
  }

  /** Every other page of the manual. */
  private static String seeAlso(CommandLine command, List<CommandLine> all) {
    return String.join(
        ",\n",
        all.stream()
            .filter(other -> other != command)
            .map(other -> "\\fB" + escape(CommandDocs.pageName(other.getCommandSpec())) + "\\fR(1)")
            .toList());
  }

  private static String optionTerm(OptionSpec option) {
    String names =
        String.join(
            ", ", List.of(option.names()).stream().map(n -> "\\fB" + escape(n) + "\\fR").toList());
    return option.arity().max() == 0
        ? names
        : names + "=\\fI" + escape(option.paramLabel()) + "\\fR";
  }

  private static void section(StringBuilder page, String title, List<String[]> entries) {
    if (entries.isEmpty()) {
      return;
    }
    page.append(".SH ").append(title).append('\n');
    for (String[] entry : entries) {
      page.append(".TP\n").append(entry[0]).append('\n').append(escape(entry[1])).append('\n');
    }
  }

  /** The help's footer, which holds the examples, kept as typed. */
  private static void examples(StringBuilder page, CommandSpec spec) {
    String[] footer = spec.usageMessage().footer();
    if (footer.length == 0) {
      return;
    }
    String heading = spec.usageMessage().footerHeading().replace("%n", "").replace(":", "").strip();
    page.append(".SH ")
        .append(escape(heading.isEmpty() ? "EXAMPLES" : heading.toUpperCase(Locale.ROOT)))
        .append("\n.nf\n")
        .append(lines(String.join("\n", footer)))
        .append(".fi\n");
  }

  private static String lines(String text) {
    StringBuilder out = new StringBuilder();
    for (String line : text.split("\n", -1)) {
      out.append(escape(line)).append('\n');
    }
    return out.toString();
  }

  /** troff-safe text: backslashes and minus signs escaped, no line taken for a request. */
  static String escape(String text) {
    String escaped = text.replace("\\", "\\e").replace("-", "\\-");
    return escaped.startsWith(".") || escaped.startsWith("'") ? "\\&" + escaped : escaped;
  }
}
