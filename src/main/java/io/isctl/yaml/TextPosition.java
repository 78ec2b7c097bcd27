package io.isctl.yaml;

/** A 1-based line and column (in characters) within a text. */
record TextPosition(int line, int column) {
  /** The position of the character at {@code index}. */
  static TextPosition at(CharSequence text, int index) {
    int line = 1;
    int lineStart = 0;
    int end = Math.min(index, text.length());
    for (int i = 0; i < end; i++) {
      if (text.charAt(i) == '\n') {
        line++;
        lineStart = i + 1;
      }
    }
    int column = 1 + Character.codePointCount(text, lineStart, end);
    return new TextPosition(line, column);
  }
}
