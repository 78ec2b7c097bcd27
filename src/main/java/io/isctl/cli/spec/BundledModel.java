package io.isctl.cli.spec;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * The model the build bundled ({@code CommandModelData}), decoded once per process: its root, with
 * each subcommand decoded when first asked for. Knows nothing of picocli, so that a run that never
 * builds a picocli spec (completion) loads none of it.
 */
final class BundledModel {
  private static final String DATA =
      BundledModel.class.getPackageName() + "." + CommandModelGenerator.DATA_CLASS;

  private BundledModel() {}

  /** Whether the model is there (not in an IDE's own build), found without reading it. */
  static boolean isPresent() {
    try {
      Class.forName(DATA, false, BundledModel.class.getClassLoader());
      return true;
    } catch (ClassNotFoundException e) {
      return false;
    }
  }

  /** The root; empty where classes were compiled without the model. */
  static Optional<CommandModel> root() {
    return Decoded.ROOT;
  }

  /** Decoded on first use. */
  private static final class Decoded {
    static final Optional<CommandModel> ROOT = read();
  }

  /** Decodes the model afresh (its root; the subcommands when asked for). */
  static Optional<CommandModel> read() {
    String[] parts;
    try {
      parts =
          (String[])
              Class.forName(DATA).getDeclaredField(CommandModelGenerator.DATA_FIELD).get(null);
    } catch (ClassNotFoundException e) {
      return Optional.empty();
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(
          "the command model is damaged (rebuild the project): " + e, e);
    }
    byte[] bytes = String.join("", parts).getBytes(StandardCharsets.ISO_8859_1);
    try {
      return Optional.of(CommandModelCodec.read(new ByteArrayInputStream(bytes)));
    } catch (IOException e) {
      throw new UncheckedIOException(
          "the command model is damaged (rebuild the project): " + e.getMessage(), e);
    }
  }
}
