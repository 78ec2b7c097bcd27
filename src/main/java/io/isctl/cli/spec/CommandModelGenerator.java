package io.isctl.cli.spec;

import io.isctl.cli.Cli;
import io.isctl.cli.RootCommand;
import io.isctl.cli.Session;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine;

/**
 * Writes the model of isctl's annotated commands as the Java source of {@code CommandModelData}, at
 * build time ({@code process-classes}; a second compiler run compiles it). A class rather than a
 * resource: the class-data archive holds it, where reading a resource searched every module of the
 * JDK first. Usage: {@code CommandModelGenerator SOURCE_ROOT}.
 */
public final class CommandModelGenerator {
  static final String DATA_CLASS = "CommandModelData";
  static final String DATA_FIELD = "PARTS";

  /**
   * Characters per string constant: each takes at most two bytes of a class file's 65535-byte
   * limit.
   */
  private static final int PART = 16_000;

  private CommandModelGenerator() {}

  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      throw new IllegalArgumentException("usage: CommandModelGenerator SOURCE_ROOT");
    }
    Path source = Path.of(args[0]).resolve("io/isctl/cli/spec/" + DATA_CLASS + ".java");
    Files.createDirectories(source.getParent());
    Files.writeString(source, javaSource(model()), StandardCharsets.UTF_8);
  }

  /** The model of the annotated command tree. */
  static CommandModel model() {
    return CommandModelExtractor.extract(
        new CommandLine(RootCommand.class, Cli.factory(Session.Environment.system())));
  }

  static String javaSource(CommandModel model) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    CommandModelCodec.write(model, bytes);
    String data = bytes.toString(StandardCharsets.ISO_8859_1);
    StringBuilder java =
        new StringBuilder()
            .append("package io.isctl.cli.spec;\n\n")
            .append(
                "/** Written by CommandModelGenerator from the annotated commands when the project is built. */\n")
            .append("final class ")
            .append(DATA_CLASS)
            .append(" {\n")
            .append("  private ")
            .append(DATA_CLASS)
            .append("() {}\n\n")
            .append("  /** The encoded model, one char per byte. */\n")
            .append("  static final String[] ")
            .append(DATA_FIELD)
            .append(" = {\n");
    for (int start = 0; start < data.length(); start += PART) {
      java.append("    \"");
      data.substring(start, Math.min(data.length(), start + PART))
          .chars()
          .forEach(c -> escape(c, java));
      java.append("\",\n");
    }
    return java.append("  };\n}\n").toString();
  }

  private static void escape(int c, StringBuilder java) {
    if (c == '"' || c == '\\') {
      java.append('\\').append((char) c);
    } else if (c >= 0x20 && c < 0x7f) {
      java.append((char) c);
    } else {
      // Octal: javac reads unicode escapes before literals, so an escaped newline that way would
      // end the string.
      java.append(String.format("\\%03o", c));
    }
  }
}
