package io.isctl.ops;

import io.isctl.files.SafeFiles;
import io.isctl.files.SafeFiles.Links;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** The files of {@code -o jsonpath-file=FILE} and {@code -o custom-columns-file=FILE}. */
public final class TemplateFiles {
  /** A template is a line or two; a larger file is not one. */
  static final long MAX_BYTES = 64 * 1024;

  private TemplateFiles() {}

  /**
   * The file's text.
   *
   * @param name as typed, relative to {@code cwd}
   * @throws OperationException naming the file when it is missing, unreadable or too large
   */
  public static String read(Path cwd, String name) {
    try {
      return new String(
          SafeFiles.read(cwd.resolve(name), MAX_BYTES, Links.FOLLOW), StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      throw new OperationException("error reading template " + name + ": no such file");
    } catch (IOException e) {
      throw new OperationException("error reading template " + name + ": " + e.getMessage(), e);
    }
  }
}
