package io.isctl.base;

/**
 * Text from files and registries made safe for a terminal. Such text may hold escape sequences
 * (colours, cursor moves, OSC 52 clipboard writes, window titles) or bidirectional overrides that
 * make a line read differently from what it holds; printed raw, they would act on the user's
 * terminal. Human-readable output shows them as visible escapes instead; machine formats (YAML,
 * JSON) escape by their own syntax.
 */
public final class Printable {
  private Printable() {}

  /**
   * {@code text} with every control character ({@code \x1b}, CR, BEL, C1 controls...) and every
   * bidirectional control shown as an escape; tabs and line feeds are kept only when {@code
   * keepLayout}.
   */
  public static String escape(String text, boolean keepLayout) {
    if (text == null) {
      return "";
    }
    int i = 0;
    while (i < text.length() && !needsEscape(text.charAt(i), keepLayout)) {
      i++;
    }
    if (i == text.length()) {
      return text; // the common case: nothing to escape, nothing copied
    }
    StringBuilder out = new StringBuilder(text.length() + 16).append(text, 0, i);
    for (; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!needsEscape(c, keepLayout)) {
        out.append(c);
      } else if (c < 0x100) {
        out.append(String.format("\\x%02x", (int) c));
      } else {
        out.append(String.format("\\u%04x", (int) c));
      }
    }
    return out.toString();
  }

  /** {@link #escape(String, boolean)} for one line: tabs and line feeds escaped too. */
  public static String escape(String text) {
    return escape(text, false);
  }

  /**
   * Whether {@code value} may be quoted in a message about a file's content: short, one word,
   * nothing to escape. Longer text may be whatever the file held (a token a link pointed at).
   */
  public static boolean isShortWord(String value, int maxLength) {
    if (value.isEmpty() || value.length() > maxLength) {
      return false;
    }
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (Character.isWhitespace(c) || needsEscape(c, false)) {
        return false;
      }
    }
    return true;
  }

  private static boolean needsEscape(char c, boolean keepLayout) {
    if (c == '\t' || c == '\n') {
      return !keepLayout;
    }
    return Character.getType(c) == Character.CONTROL
        || (c >= '\u202a' && c <= '\u202e')
        || (c >= '\u2066' && c <= '\u2069')
        || c == '\u200e'
        || c == '\u200f'
        || c == '\u061c';
  }
}
