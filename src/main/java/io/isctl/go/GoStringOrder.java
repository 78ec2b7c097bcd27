package io.isctl.go;

import java.util.Comparator;

/**
 * The order of Go's string comparison (UTF-8 bytes), which is code point order. Java's {@link
 * String#compareTo} compares UTF-16 units and puts characters above U+FFFF before U+E000-U+FFFF:
 * where Go sorts, isctl must too.
 */
public final class GoStringOrder {
  public static final Comparator<String> COMPARATOR = GoStringOrder::compare;

  private GoStringOrder() {}

  public static int compare(String a, String b) {
    int i = 0;
    int j = 0;
    while (i < a.length() && j < b.length()) {
      int ca = a.codePointAt(i);
      int cb = b.codePointAt(j);
      if (ca != cb) {
        return Integer.compare(ca, cb);
      }
      i += Character.charCount(ca);
      j += Character.charCount(cb);
    }
    return Integer.compare(a.length() - i, b.length() - j);
  }
}
