package io.isctl.cli.spec;

import io.isctl.cli.RootCommand;
import io.isctl.cli.Session;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine;

/**
 * Writes the model of isctl's annotated commands, at build time ({@code process-classes}): usage:
 * {@code CommandModelGenerator OUTPUT_FILE}.
 */
public final class CommandModelGenerator {
  private CommandModelGenerator() {}

  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      throw new IllegalArgumentException("usage: CommandModelGenerator OUTPUT_FILE");
    }
    Path output = Path.of(args[0]);
    Files.createDirectories(output.toAbsolutePath().getParent());
    try (OutputStream out = Files.newOutputStream(output)) {
      CommandModelCodec.write(model(), out);
    }
  }

  /** The model of the annotated command tree. */
  static CommandModel model() {
    return CommandModelExtractor.extract(new CommandLine(new RootCommand(Session.Environment.system())));
  }
}
