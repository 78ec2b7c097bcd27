package io.isctl.query;

import io.isctl.base.ExitCodes;
import io.isctl.base.IsctlException;

/**
 * A JSONPath template that cannot be read (the command line is wrong: exit 2) or that failed on the
 * data it was applied to (exit 1), in kubectl's words.
 */
public final class JsonPathException extends IsctlException {
  private static final long serialVersionUID = 1L;

  private final boolean parse;

  private JsonPathException(String message, boolean parse) {
    super(message);
    this.parse = parse;
  }

  static JsonPathException parse(String message) {
    return new JsonPathException(message, true);
  }

  static JsonPathException execute(String message) {
    return new JsonPathException(message, false);
  }

  /** Whether the template itself is wrong, rather than the data it met. */
  public boolean isParseError() {
    return parse;
  }

  /** The same failure, its message led by {@code context}. */
  JsonPathException in(String context) {
    return new JsonPathException(context + getMessage(), parse);
  }

  @Override
  public int exitCode() {
    return parse ? ExitCodes.USAGE : ExitCodes.FAILED;
  }
}
