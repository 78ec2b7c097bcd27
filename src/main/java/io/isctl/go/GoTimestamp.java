package io.isctl.go;

/**
 * Recognises the plain scalars that yaml.v2 treats as timestamps: Go's time.Parse must accept them
 * with one of the layouts {@code 2006-1-2T15:4:5.999999999Z07:00}, the same with a lower-case
 * {@code t}, {@code 2006-1-2 15:4:5.999999999} or {@code 2006-1-2}.
 */
public final class GoTimestamp {
  private GoTimestamp() {}

  public static boolean isTimestamp(String s) {
    // yaml.v2's quick check: exactly four leading digits, then '-'.
    int i = 0;
    while (i < s.length() && isDigit(s, i)) {
      i++;
    }
    if (i != 4 || i == s.length() || s.charAt(i) != '-') {
      return false;
    }
    return matches(s, 'T', true)
        || matches(s, 't', true)
        || matches(s, ' ', false)
        || isDateOnly(s);
  }

  private static boolean isDateOnly(String s) {
    Cursor c = new Cursor(s);
    return c.date() && c.atEnd();
  }

  /** Date, separator, clock time, optional fraction and, if {@code zoned}, a zone. */
  private static boolean matches(String s, char separator, boolean zoned) {
    Cursor c = new Cursor(s);
    if (!c.date()) {
      return false;
    }
    if (separator == ' ') {
      // A space in a Go layout matches one or more spaces, or the end of the text.
      if (!c.atEnd() && c.peek() != ' ') {
        return false;
      }
      c.skipSpaces();
    } else if (!c.literal(separator)) {
      return false;
    }
    if (!c.clock() || !c.fraction()) {
      return false;
    }
    if (zoned && !c.zone()) {
      return false;
    }
    return c.atEnd();
  }

  private static boolean isDigit(String s, int i) {
    return i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '9';
  }

  /** Walks the text the way time.Parse walks a value against a layout. */
  private static final class Cursor {
    private final String s;
    private int pos;

    Cursor(String s) {
      this.s = s;
    }

    boolean atEnd() {
      return pos == s.length();
    }

    char peek() {
      return s.charAt(pos);
    }

    void skipSpaces() {
      while (pos < s.length() && s.charAt(pos) == ' ') {
        pos++;
      }
    }

    boolean literal(char c) {
      if (pos < s.length() && s.charAt(pos) == c) {
        pos++;
        return true;
      }
      return false;
    }

    /** Go's getnum: one or two digits, or exactly two when {@code fixed}; -1 when absent. */
    int number(boolean fixed) {
      if (!isDigit(s, pos)) {
        return -1;
      }
      if (!isDigit(s, pos + 1)) {
        if (fixed) {
          return -1;
        }
        return s.charAt(pos++) - '0';
      }
      int n = (s.charAt(pos) - '0') * 10 + (s.charAt(pos + 1) - '0');
      pos += 2;
      return n;
    }

    boolean date() {
      int year = Integer.parseInt(s.substring(0, 4));
      pos = 4;
      if (!literal('-')) {
        return false;
      }
      int month = number(false);
      if (month < 1 || month > 12 || !literal('-')) {
        return false;
      }
      int day = number(false);
      return day >= 1 && day <= daysIn(month, year);
    }

    boolean clock() {
      int hour = number(false);
      if (hour < 0 || hour > 23 || !literal(':')) {
        return false;
      }
      int minute = number(false);
      if (minute < 0 || minute > 59 || !literal(':')) {
        return false;
      }
      int second = number(false);
      return second >= 0 && second <= 59;
    }

    /** Optional fraction: '.' or ',' then any number of digits (at least one). */
    boolean fraction() {
      if (pos + 1 < s.length()
          && (s.charAt(pos) == '.' || s.charAt(pos) == ',')
          && isDigit(s, pos + 1)) {
        pos += 2;
        while (isDigit(s, pos)) {
          pos++;
        }
      }
      return true;
    }

    /**
     * {@code Z07:00}: a 'Z', or a sign, two digits, ':' and two digits (hour up to 24, minute up to
     * 60).
     */
    boolean zone() {
      if (literal('Z')) {
        return true;
      }
      if (s.length() - pos < 6 || s.charAt(pos + 3) != ':') {
        return false;
      }
      char sign = s.charAt(pos);
      pos++;
      int hour = number(true);
      pos++;
      int minute = number(true);
      return (sign == '+' || sign == '-') && hour >= 0 && hour <= 24 && minute >= 0 && minute <= 60;
    }

    private static int daysIn(int month, int year) {
      if (month == 2) {
        boolean leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
        return leap ? 29 : 28;
      }
      return month == 4 || month == 6 || month == 9 || month == 11 ? 30 : 31;
    }
  }
}
