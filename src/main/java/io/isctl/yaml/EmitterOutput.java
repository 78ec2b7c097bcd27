package io.isctl.yaml;

/**
 * The output buffer of the emitter with libyaml's layout state: the current column (counted in
 * characters), whether the last thing written was whitespace, and whether the line so far holds
 * only indentation.
 */
final class EmitterOutput {
  /** libyaml's preferred line width; yaml.v2 leaves it at the default. */
  static final int BEST_WIDTH = 80;

  private final StringBuilder text = new StringBuilder(256);
  private int column;
  private boolean whitespace = true;
  private boolean indention = true;

  int column() {
    return column;
  }

  boolean whitespace() {
    return whitespace;
  }

  boolean indention() {
    return indention;
  }

  void whitespace(boolean value) {
    whitespace = value;
  }

  void indention(boolean value) {
    indention = value;
  }

  void put(char c) {
    text.append(c);
    column++;
  }

  void write(int codePoint) {
    text.appendCodePoint(codePoint);
    column++;
  }

  void putBreak() {
    text.append('\n');
    column = 0;
  }

  /** A line break taken from the scalar itself: LF is written as such, other breaks verbatim. */
  void writeBreak(int codePoint) {
    if (codePoint == '\n') {
      putBreak();
    } else {
      text.appendCodePoint(codePoint);
      column = 0;
    }
  }

  /**
   * Starts a new line when needed and pads to {@code indent} ({@code yaml_emitter_write_indent}).
   */
  void writeIndent(int indent) {
    int target = Math.max(indent, 0);
    if (!indention || column > target || (column == target && !whitespace)) {
      putBreak();
    }
    while (column < target) {
      put(' ');
    }
    whitespace = true;
    indention = true;
  }

  /** Writes an indicator such as ":" or "-" ({@code yaml_emitter_write_indicator}). */
  void writeIndicator(
      String indicator, boolean needWhitespace, boolean isWhitespace, boolean isIndention) {
    if (needWhitespace && !whitespace) {
      put(' ');
    }
    indicator.codePoints().forEach(this::write);
    whitespace = isWhitespace;
    indention = indention && isIndention;
  }

  String text() {
    return text.toString();
  }
}
