package io.isctl.yaml;

/**
 * Which block-context styles can carry a scalar, as libyaml's {@code yaml_emitter_analyze_scalar}
 * decides it (flow context is never needed: only empty collections are written in flow style).
 */
record ScalarAnalysis(
    boolean multiline, boolean plainAllowed, boolean singleQuotedAllowed, boolean literalAllowed) {

  static ScalarAnalysis of(String value) {
    if (value.isEmpty()) {
      return new ScalarAnalysis(false, true, true, false);
    }
    Flags f = new Flags();
    f.indicators = value.startsWith("---") || value.startsWith("...");
    boolean precededByWhitespace = true;
    for (int i = 0; i < value.length(); ) {
      int c = value.codePointAt(i);
      int next = i + Character.charCount(c);
      boolean first = i == 0;
      boolean last = next >= value.length();
      boolean followedByWhitespace = last || YamlChars.isBlank(value.codePointAt(next));
      f.indicators |=
          first
              ? isLeadingIndicator(c, followedByWhitespace)
              : (c == ':' && followedByWhitespace) || (c == '#' && precededByWhitespace);
      f.special |= !YamlChars.isPrintable(c);
      f.track(c, first, last);
      precededByWhitespace = YamlChars.isBlankOrBreakOrNul(c);
      i = next;
    }
    return f.toAnalysis();
  }

  /**
   * Characters that, at the start, would make a plain scalar mean something else in block context.
   */
  private static boolean isLeadingIndicator(int c, boolean followedByWhitespace) {
    return switch (c) {
      case '#', ',', '[', ']', '{', '}', '&', '*', '!', '|', '>', '\'', '"', '%', '@', '`' -> true;
      case '?', ':', '-' -> followedByWhitespace;
      default -> false;
    };
  }

  /** The facts gathered while scanning, named as in libyaml. */
  private static final class Flags {
    boolean indicators;
    boolean special;
    boolean lineBreaks;
    boolean leadingSpace;
    boolean leadingBreak;
    boolean trailingSpace;
    boolean trailingBreak;
    boolean breakSpace;
    boolean spaceBreak;
    boolean previousSpace;
    boolean previousBreak;

    void track(int c, boolean first, boolean last) {
      if (c == ' ') {
        leadingSpace |= first;
        trailingSpace |= last;
        breakSpace |= previousBreak;
        previousSpace = true;
        previousBreak = false;
      } else if (YamlChars.isBreak(c)) {
        lineBreaks = true;
        leadingBreak |= first;
        trailingBreak |= last;
        spaceBreak |= previousSpace;
        previousSpace = false;
        previousBreak = true;
      } else {
        previousSpace = false;
        previousBreak = false;
      }
    }

    ScalarAnalysis toAnalysis() {
      boolean plain = !(leadingSpace || leadingBreak || trailingSpace || trailingBreak);
      boolean single = true;
      boolean literal = !trailingSpace;
      if (breakSpace) {
        plain = false;
        single = false;
      }
      if (spaceBreak || special) {
        plain = false;
        single = false;
        literal = false;
      }
      if (lineBreaks || indicators) {
        plain = false;
      }
      return new ScalarAnalysis(lineBreaks, plain, single, literal);
    }
  }
}
