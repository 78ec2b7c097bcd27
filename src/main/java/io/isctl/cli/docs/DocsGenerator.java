package io.isctl.cli.docs;

import io.isctl.cli.Cli;
import io.isctl.cli.Session;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import picocli.CommandLine;

/**
 * Writes a man page per command ({@code --man DIR}, run by the build into {@code target/man}) and
 * the README's command reference ({@code --readme FILE}, run by {@code scripts/update-readme.sh}),
 * both from the commands' own help, so it is written once.
 */
public final class DocsGenerator {
  static final String BEGIN =
      "<!-- command reference: generated from each command's --help by scripts/update-readme.sh -->";
  static final String END = "<!-- end of command reference -->";

  private DocsGenerator() {}

  /** {@code --man DIR [--version V]} and/or {@code --readme FILE}. */
  public static void main(String[] args) throws IOException {
    Map<String, String> options = new HashMap<>();
    for (int i = 0; i + 1 < args.length; i += 2) {
      options.put(args[i], args[i + 1]);
    }
    if (options.isEmpty()
        || !Set.of("--man", "--version", "--readme").containsAll(options.keySet())) {
      throw new IllegalArgumentException(
          "usage: DocsGenerator [--man DIR [--version V]] [--readme FILE]");
    }
    if (options.containsKey("--man")) {
      writeManPages(Path.of(options.get("--man")), options.getOrDefault("--version", "dev"));
    }
    if (options.containsKey("--readme")) {
      updateReadme(Path.of(options.get("--readme")));
    }
  }

  static CommandLine commands() {
    return Cli.newCommandLine(
        Session.Environment.system(),
        new PrintWriter(new StringWriter()),
        new PrintWriter(new StringWriter()));
  }

  static void writeManPages(Path dir, String version) throws IOException {
    Files.createDirectories(dir);
    List<CommandLine> all = CommandDocs.visibleCommands(commands());
    for (CommandLine command : all) {
      Files.writeString(
          dir.resolve(ManPage.fileName(command.getCommandSpec())),
          ManPage.render(command, all, version),
          StandardCharsets.UTF_8);
    }
  }

  /** The README's reference section: a table of the commands, then each command's --help. */
  static String reference() {
    List<CommandLine> all = CommandDocs.visibleCommands(commands());
    StringBuilder text = new StringBuilder("\n| command | does |\n| --- | --- |\n");
    for (CommandLine command : all.subList(1, all.size())) {
      String name = CommandDocs.qualifiedName(command.getCommandSpec());
      List<String> description = CommandDocs.description(command.getCommandSpec());
      text.append("| [`")
          .append(name)
          .append("`](#")
          .append(name.replace(' ', '-'))
          .append(") | ")
          .append(description.isEmpty() ? "" : description.get(0).replace("|", "\\|"))
          .append(" |\n");
    }
    for (CommandLine command : all) {
      text.append("\n### `")
          .append(CommandDocs.qualifiedName(command.getCommandSpec()))
          .append("`\n\n```text\n")
          .append(CommandDocs.usage(command).stripTrailing())
          .append("\n```\n");
    }
    return text.toString();
  }

  /** {@code readme} with the text between the markers replaced by {@link #reference()}. */
  static String withReference(String readme) {
    int begin = readme.indexOf(BEGIN);
    int end = readme.indexOf(END);
    if (begin < 0 || end < begin) {
      throw new IllegalStateException(
          "the README has no command reference markers: " + BEGIN + " ... " + END);
    }
    return readme.substring(0, begin + BEGIN.length())
        + "\n"
        + reference()
        + "\n"
        + readme.substring(end);
  }

  static void updateReadme(Path readme) throws IOException {
    Files.writeString(readme, withReference(Files.readString(readme)), StandardCharsets.UTF_8);
  }
}
