package io.isctl.query;

/**
 * The quoted strings of a JSONPath action, unquoted as client-go's UnquoteExtend does: Go's escape
 * sequences ({@code \n}, {@code \t}, {@code \x41}, {@code \u00e9}, {@code \101}...) in double or
 * single quotes.
 */
final class GoUnquote {
  private GoUnquote() {}

  /**
   * @param quoted the text with its quotes
   * @throws JsonPathException when Go's strconv would refuse it
   */
  static String unquote(String quoted) {
    int n = quoted.length();
    char quote = n >= 2 ? quoted.charAt(0) : 0;
    if (n < 2 || quote != quoted.charAt(n - 1) || (quote != '"' && quote != '\'')) {
      throw invalid(quoted);
    }
    String s = quoted.substring(1, n - 1);
    if (s.indexOf('\\') < 0 && s.indexOf(quote) < 0) {
      return s;
    }
    StringBuilder out = new StringBuilder(s.length());
    int i = 0;
    while (i < s.length()) {
      char c = s.charAt(i);
      if (c == quote) {
        throw invalid(quoted);
      }
      if (c != '\\') {
        out.append(c);
        i++;
        continue;
      }
      if (i + 1 >= s.length()) {
        throw invalid(quoted);
      }
      char e = s.charAt(i + 1);
      i += 2;
      switch (e) {
        case 'a' -> out.append('\u0007');
        case 'b' -> out.append('\b');
        case 'f' -> out.append('\f');
        case 'n' -> out.append('\n');
        case 'r' -> out.append('\r');
        case 't' -> out.append('\t');
        case 'v' -> out.append('\u000b');
        case '\\' -> out.append('\\');
        case '\'', '"' -> {
          if (e != quote) {
            throw invalid(quoted);
          }
          out.append(e);
        }
        case 'x', 'u', 'U' -> {
          int digits = e == 'x' ? 2 : e == 'u' ? 4 : 8;
          appendValue(out, hex(s, i, digits, quoted), e != 'x', quoted);
          i += digits;
        }
        case '0', '1', '2', '3', '4', '5', '6', '7' -> {
          appendValue(out, octal(s, i, e, quoted), false, quoted);
          i += 2;
        }
        default -> throw invalid(quoted);
      }
    }
    return out.toString();
  }

  /** The {@code digits} hex digits at {@code i} of {@code s}. */
  private static long hex(String s, int i, int digits, String quoted) {
    if (i + digits > s.length()) {
      throw invalid(quoted);
    }
    long value = 0;
    for (int k = 0; k < digits; k++) {
      int d = Character.digit(s.charAt(i + k), 16);
      if (d < 0 || s.charAt(i + k) > 'f') {
        throw invalid(quoted);
      }
      value = value * 16 + d;
    }
    return value;
  }

  /** A byte in octal: {@code first}, then the two digits at {@code i} of {@code s}. */
  private static int octal(String s, int i, char first, String quoted) {
    if (i + 2 > s.length()) {
      throw invalid(quoted);
    }
    int value = first - '0';
    for (int k = 0; k < 2; k++) {
      char d = s.charAt(i + k);
      if (d < '0' || d > '7') {
        throw invalid(quoted);
      }
      value = value * 8 + (d - '0');
    }
    if (value > 255) {
      throw invalid(quoted);
    }
    return value;
  }

  /**
   * A code point ({@code \\u}, {@code \\U}) or a byte ({@code \\x}, octal). A byte above 0x7f is
   * not UTF-8 on its own; it is shown as U+FFFD, as a terminal would show it.
   */
  private static void appendValue(StringBuilder out, long value, boolean rune, String quoted) {
    if (rune) {
      if (value > Character.MAX_CODE_POINT || (value >= 0xD800 && value <= 0xDFFF)) {
        throw invalid(quoted);
      }
      out.appendCodePoint((int) value);
    } else {
      out.append(value < 0x80 ? (char) value : '\ufffd');
    }
  }

  private static JsonPathException invalid(String quoted) {
    return JsonPathException.parse("unquote string " + quoted + " error invalid syntax");
  }
}
