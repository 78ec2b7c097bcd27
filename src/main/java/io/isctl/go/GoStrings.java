package io.isctl.go;

/** Go formatting helpers, so that our messages read exactly like the Go ones. */
public final class GoStrings {
  private GoStrings() {}

  /** Quotes like Go's {@code %q}: double quotes, backslash escapes, non-printable runes escaped. */
  public static String quote(String s) {
    StringBuilder out = new StringBuilder(s.length() + 2).append('"');
    s.codePoints().forEach(cp -> appendQuoted(out, cp));
    return out.append('"').toString();
  }

  private static void appendQuoted(StringBuilder out, int cp) {
    switch (cp) {
      case '"' -> out.append("\\\"");
      case '\\' -> out.append("\\\\");
      case 0x07 -> out.append("\\a");
      case '\b' -> out.append("\\b");
      case '\f' -> out.append("\\f");
      case '\n' -> out.append("\\n");
      case '\r' -> out.append("\\r");
      case '\t' -> out.append("\\t");
      case 0x0B -> out.append("\\v");
      default -> appendRune(out, cp);
    }
  }

  // strconv.Quote: ASCII controls become \xNN, other non-printable runes \\uNNNN or \\UNNNNNNNN.
  private static void appendRune(StringBuilder out, int cp) {
    if (cp < ' ' || cp == 0x7F) {
      out.append(String.format("\\x%02x", cp));
    } else if (isPrintable(cp)) {
      out.appendCodePoint(cp);
    } else if (cp < 0x10000) {
      out.append(String.format("\\u%04x", cp));
    } else {
      out.append(String.format("\\U%08x", cp));
    }
  }

  // Go's unicode.IsPrint: letters, marks, numbers, punctuation, symbols and the ASCII space.
  private static boolean isPrintable(int cp) {
    if (cp == ' ') {
      return true;
    }
    return switch (Character.getType(cp)) {
      case Character.CONTROL,
          Character.FORMAT,
          Character.SURROGATE,
          Character.PRIVATE_USE,
          Character.UNASSIGNED,
          Character.SPACE_SEPARATOR,
          Character.LINE_SEPARATOR,
          Character.PARAGRAPH_SEPARATOR ->
          false;
      default -> true;
    };
  }

  /**
   * Lower-cases rune by rune with the simple Unicode mapping, as Go's {@code strings.ToLower} does.
   */
  public static String toLower(String s) {
    StringBuilder out = new StringBuilder(s.length());
    s.codePoints().map(Character::toLowerCase).forEach(out::appendCodePoint);
    return out.toString();
  }
}
