package io.isctl.go;

import java.math.BigInteger;

/** The number syntax of Go's strconv.ParseInt, ParseUint and (decimal) ParseFloat. */
public final class GoNumberSyntax {
  private GoNumberSyntax() {}

  /**
   * Parses like {@code ParseInt(s, 0, 64)} (or {@code ParseUint} when signs are not allowed) but
   * without a range limit: 0b/0o/0x prefixes, a leading 0 for octal, underscores only between
   * digits. Returns null on a syntax error.
   */
  public static BigInteger parseInteger(String s, boolean signAllowed) {
    boolean negative = false;
    String body = s;
    if (signAllowed && !s.isEmpty() && (s.charAt(0) == '+' || s.charAt(0) == '-')) {
      negative = s.charAt(0) == '-';
      body = s.substring(1);
    }
    if (body.isEmpty() || !underscoresOk(body)) {
      return null;
    }
    int radix = 10;
    int start = 0;
    if (body.charAt(0) == '0') {
      // Go needs at least one character after a two-letter prefix; "0" alone is octal zero.
      char prefix = body.length() >= 3 ? Character.toLowerCase(body.charAt(1)) : 0;
      radix = prefix == 'b' ? 2 : prefix == 'x' ? 16 : 8;
      start = prefix == 'b' || prefix == 'o' || prefix == 'x' ? 2 : 1;
    }
    String digits = body.substring(start).replace("_", "");
    if (digits.isEmpty()) {
      return start == 1 ? BigInteger.ZERO : null;
    }
    return digitsOf(digits, radix, negative);
  }

  /**
   * Parses like {@code ParseInt(s, radix, 64)} without a range limit: no prefixes, no underscores.
   */
  public static BigInteger parseRadix(String s, int radix, boolean signAllowed) {
    boolean negative = false;
    String digits = s;
    if (signAllowed && !s.isEmpty() && (s.charAt(0) == '+' || s.charAt(0) == '-')) {
      negative = s.charAt(0) == '-';
      digits = s.substring(1);
    }
    return digits.isEmpty() ? null : digitsOf(digits, radix, negative);
  }

  private static BigInteger digitsOf(String digits, int radix, boolean negative) {
    for (int i = 0; i < digits.length(); i++) {
      char c = digits.charAt(i);
      // Go accepts ASCII digits and letters only; Character.digit would also take other scripts.
      if (c > 'z' || Character.digit(c, radix) < 0) {
        return null;
      }
    }
    BigInteger v = new BigInteger(digits, radix);
    return negative ? v.negate() : v;
  }

  /**
   * Parses a decimal float like {@code ParseFloat(s, 64)}: optional sign, digits with at most one
   * point, optional exponent, underscores only between digits. Returns null on a syntax error and
   * on overflow (Go reports a range error there).
   */
  public static Double parseFloat(String s) {
    int i = 0;
    int n = s.length();
    if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
      i++;
    }
    boolean sawDigits = false;
    boolean sawDot = false;
    for (; i < n; i++) {
      char c = s.charAt(i);
      if (c >= '0' && c <= '9') {
        sawDigits = true;
      } else if (c == '.' && !sawDot) {
        sawDot = true;
      } else if (c != '_') {
        break;
      }
    }
    if (!sawDigits) {
      return null;
    }
    if (i < n && (s.charAt(i) == 'e' || s.charAt(i) == 'E')) {
      i++;
      if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
        i++;
      }
      if (i >= n || s.charAt(i) < '0' || s.charAt(i) > '9') {
        return null;
      }
      while (i < n && ((s.charAt(i) >= '0' && s.charAt(i) <= '9') || s.charAt(i) == '_')) {
        i++;
      }
    }
    if (i != n || (s.indexOf('_') >= 0 && !underscoresOk(s))) {
      return null;
    }
    double v = Double.parseDouble(s.replace("_", ""));
    return Double.isInfinite(v) ? null : v;
  }

  /** Go's underscoreOK: every underscore sits between digits (a base prefix counts as a digit). */
  static boolean underscoresOk(String s) {
    char saw = '^';
    int i = 0;
    if (!s.isEmpty() && (s.charAt(0) == '+' || s.charAt(0) == '-')) {
      s = s.substring(1);
    }
    boolean hex = false;
    if (s.length() >= 2 && s.charAt(0) == '0' && "boxBOX".indexOf(s.charAt(1)) >= 0) {
      i = 2;
      saw = '0';
      hex = Character.toLowerCase(s.charAt(1)) == 'x';
    }
    for (; i < s.length(); i++) {
      char c = s.charAt(i);
      if ((c >= '0' && c <= '9') || (hex && Character.digit(c, 16) >= 0)) {
        saw = '0';
        continue;
      }
      if (c == '_') {
        if (saw != '0') {
          return false;
        }
        saw = '_';
        continue;
      }
      if (saw == '_') {
        return false;
      }
      saw = '!';
    }
    return saw != '_';
  }
}
