package io.isctl.query;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;

/**
 * Kubernetes' resource quantities ({@code 500Mi}, {@code 1.5}, {@code 2e3}, {@code 100m}), which
 * kubectl's --sort-by compares by value when both strings are quantities.
 */
final class Quantity {
  private static final Map<String, Integer> BINARY =
      Map.of("Ki", 10, "Mi", 20, "Gi", 30, "Ti", 40, "Pi", 50, "Ei", 60);
  private static final Map<String, Integer> DECIMAL =
      Map.of("n", -9, "u", -6, "m", -3, "", 0, "k", 3, "M", 6, "G", 9, "T", 12, "P", 15, "E", 18);

  private Quantity() {}

  /** The quantity's value, if {@code text} is one. */
  static Optional<BigDecimal> parse(String text) {
    int i = 0;
    int n = text.length();
    boolean negative = false;
    if (i < n && (text.charAt(i) == '+' || text.charAt(i) == '-')) {
      negative = text.charAt(i) == '-';
      i++;
    }
    int numberStart = i;
    boolean digits = false;
    boolean point = false;
    for (; i < n; i++) {
      char c = text.charAt(i);
      if (c >= '0' && c <= '9') {
        digits = true;
      } else if (c == '.' && !point) {
        point = true;
      } else {
        break;
      }
    }
    if (!digits) {
      return Optional.empty();
    }
    BigDecimal number = new BigDecimal(text.substring(numberStart, i));
    String suffix = text.substring(i);
    BigDecimal value;
    if (BINARY.containsKey(suffix)) {
      value = number.multiply(BigDecimal.valueOf(2).pow(BINARY.get(suffix)));
    } else if (DECIMAL.containsKey(suffix)) {
      value = number.scaleByPowerOfTen(DECIMAL.get(suffix));
    } else if (suffix.length() > 1 && (suffix.charAt(0) == 'e' || suffix.charAt(0) == 'E')) {
      String exponent = suffix.substring(1);
      if (!exponent.matches("[+-]?[0-9]{1,9}")) {
        return Optional.empty();
      }
      value = number.scaleByPowerOfTen(Integer.parseInt(exponent));
    } else {
      return Optional.empty();
    }
    return Optional.of(negative ? value.negate() : value);
  }
}
