package io.isctl.yaml;

import io.isctl.go.GoNumberSyntax;
import io.isctl.go.GoTimestamp;
import java.math.BigInteger;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Gives a plain (unquoted, untagged) scalar the type gopkg.in/yaml.v2 resolves it to (resolve.go):
 * YAML 1.1 booleans and nulls, Go integer syntax with base prefixes and underscores, floats, and
 * timestamps.
 */
final class PlainScalarResolver {
  /** What a plain scalar means. */
  enum Kind {
    NULL,
    BOOL,
    INT,
    FLOAT,
    TIMESTAMP,
    STRING
  }

  /** A resolved scalar: value is a Boolean, BigInteger, Double or the text itself. */
  record Resolved(Kind kind, Object value) {}

  private static final BigInteger INT64_MIN = BigInteger.valueOf(Long.MIN_VALUE);
  private static final BigInteger INT64_MAX = BigInteger.valueOf(Long.MAX_VALUE);
  private static final BigInteger UINT64_MAX =
      BigInteger.ONE.shiftLeft(64).subtract(BigInteger.ONE);

  private static final Pattern YAML_STYLE_FLOAT =
      Pattern.compile("[-+]?(\\.[0-9]+|[0-9]+(\\.[0-9]*)?)([eE][-+]?[0-9]+)?");
  private static final Pattern BASE60_FLOAT =
      Pattern.compile("[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+(?:\\.[0-9_]*)?");

  private static final Map<String, Resolved> WORDS = new HashMap<>();

  static {
    words(
        new Resolved(Kind.BOOL, Boolean.TRUE),
        "y",
        "Y",
        "yes",
        "Yes",
        "YES",
        "true",
        "True",
        "TRUE",
        "on",
        "On",
        "ON");
    words(
        new Resolved(Kind.BOOL, Boolean.FALSE),
        "n",
        "N",
        "no",
        "No",
        "NO",
        "false",
        "False",
        "FALSE",
        "off",
        "Off",
        "OFF");
    words(new Resolved(Kind.NULL, null), "", "~", "null", "Null", "NULL");
    words(new Resolved(Kind.FLOAT, Double.NaN), ".nan", ".NaN", ".NAN");
    words(
        new Resolved(Kind.FLOAT, Double.POSITIVE_INFINITY),
        ".inf",
        ".Inf",
        ".INF",
        "+.inf",
        "+.Inf",
        "+.INF");
    words(new Resolved(Kind.FLOAT, Double.NEGATIVE_INFINITY), "-.inf", "-.Inf", "-.INF");
  }

  private PlainScalarResolver() {}

  private static void words(Resolved meaning, String... spellings) {
    for (String s : spellings) {
      WORDS.put(s, meaning);
    }
  }

  /**
   * Whether yaml.v2 may write {@code s} without quotes: it must read back as a string and not look
   * like a YAML 1.1 base-60 number such as {@code 1:20}.
   */
  static boolean readsBackAsString(String s) {
    return resolve(s).kind() == Kind.STRING && !isBase60Float(s);
  }

  static Resolved resolve(String in) {
    // yaml.v2 only looks further when the first byte hints at a non-string.
    char hint = in.isEmpty() ? 'N' : hint(in.charAt(0));
    if (hint == 0) {
      return string(in);
    }
    Resolved word = WORDS.get(in);
    if (word != null) {
      return word;
    }
    if (hint == '.') {
      Double f = GoNumberSyntax.parseFloat(in);
      return f != null ? new Resolved(Kind.FLOAT, f) : string(in);
    }
    if (hint == 'D' || hint == 'S') {
      return resolveNumeric(in);
    }
    return string(in);
  }

  private static char hint(char c) {
    if (c == '+' || c == '-') {
      return 'S';
    }
    if (c >= '0' && c <= '9') {
      return 'D';
    }
    if ("yYnNtTfFoO~".indexOf(c) >= 0) {
      return 'M';
    }
    return c == '.' ? '.' : 0;
  }

  private static Resolved resolveNumeric(String in) {
    if (isSmallDecimal(in)) {
      // What every branch below gives such a number (a generation, a size), for a fraction of the
      // cost: stores hold thousands of them.
      return integer(BigInteger.valueOf(Long.parseLong(in)));
    }
    if (GoTimestamp.isTimestamp(in)) {
      return new Resolved(Kind.TIMESTAMP, in);
    }
    String plain = in.replace("_", "");
    BigInteger signed = GoNumberSyntax.parseInteger(plain, true);
    if (signed != null && signed.compareTo(INT64_MIN) >= 0 && signed.compareTo(INT64_MAX) <= 0) {
      return integer(signed);
    }
    BigInteger unsigned = GoNumberSyntax.parseInteger(plain, false);
    if (unsigned != null && unsigned.compareTo(UINT64_MAX) <= 0) {
      return integer(unsigned);
    }
    if (YAML_STYLE_FLOAT.matcher(plain).matches()) {
      Double f = GoNumberSyntax.parseFloat(plain);
      if (f != null) {
        return new Resolved(Kind.FLOAT, f);
      }
    }
    BigInteger binary = binaryAfterPrefix(plain);
    if (binary != null) {
      return integer(binary);
    }
    // Out of uint64 range but well formed: yaml.v2 falls back to big.Int.
    return unsigned != null ? integer(unsigned) : string(in);
  }

  /** "0", or up to 18 decimal digits without a leading zero: well inside int64. */
  static boolean isSmallDecimal(String s) {
    int n = s.length();
    if (n == 0 || n > 18 || (s.charAt(0) == '0' && n > 1)) {
      return false;
    }
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  /**
   * yaml.v2's explicit 0b / -0b branch: the rest goes to a base-2 parse that takes its own sign.
   */
  private static BigInteger binaryAfterPrefix(String plain) {
    if (plain.startsWith("0b")) {
      String rest = plain.substring(2);
      BigInteger signed = GoNumberSyntax.parseRadix(rest, 2, true);
      if (signed != null && signed.compareTo(INT64_MIN) >= 0 && signed.compareTo(INT64_MAX) <= 0) {
        return signed;
      }
      BigInteger unsigned = GoNumberSyntax.parseRadix(rest, 2, false);
      return unsigned != null && unsigned.compareTo(UINT64_MAX) <= 0 ? unsigned : null;
    }
    if (plain.startsWith("-0b")) {
      BigInteger v = GoNumberSyntax.parseRadix("-" + plain.substring(3), 2, true);
      return v != null && v.compareTo(INT64_MIN) >= 0 ? v : null;
    }
    return null;
  }

  private static Resolved integer(BigInteger v) {
    return new Resolved(Kind.INT, v);
  }

  private static Resolved string(String s) {
    return new Resolved(Kind.STRING, s);
  }

  static boolean isBase60Float(String s) {
    if (s.isEmpty()) {
      return false;
    }
    char c = s.charAt(0);
    if (!(c == '+' || c == '-' || (c >= '0' && c <= '9')) || s.indexOf(':') < 0) {
      return false;
    }
    return BASE60_FLOAT.matcher(s).matches();
  }
}
