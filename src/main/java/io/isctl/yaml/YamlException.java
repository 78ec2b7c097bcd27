package io.isctl.yaml;

import io.isctl.base.IsctlException;
import java.util.regex.Pattern;

/**
 * A YAML or JSON document that could not be read, described on one line with its source and
 * position.
 */
public final class YamlException extends IsctlException {
  private static final long serialVersionUID = 1L;
  private static final Pattern WHITESPACE_RUN = Pattern.compile("\\s+");

  private final String sourceName;
  private final int line;
  private final int column;

  YamlException(String sourceName, int line, int column, String problem, Throwable cause) {
    super(format(sourceName, line, column, problem), cause);
    this.sourceName = sourceName;
    this.line = line;
    this.column = column;
  }

  public YamlException(String sourceName, String problem) {
    this(sourceName, 0, 0, problem, null);
  }

  /** The name of the file or stream the text came from. */
  public String sourceName() {
    return sourceName;
  }

  /** The 1-based line of the problem, or 0 when it has no position. */
  public int line() {
    return line;
  }

  /** The 1-based column of the problem, or 0 when it has no position. */
  public int column() {
    return column;
  }

  private static String format(String sourceName, int line, int column, String problem) {
    // Parser messages may span lines (context snippets); a CLI wants one line per error.
    String flat = WHITESPACE_RUN.matcher(problem).replaceAll(" ").trim();
    if (line <= 0) {
      return sourceName + ": " + flat;
    }
    return sourceName + ": line " + line + ", column " + column + ": " + flat;
  }
}
