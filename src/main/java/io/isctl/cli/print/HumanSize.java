package io.isctl.cli.print;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Sizes as oc prints them (docker/go-units HumanSize): decimal units, four significant digits
 * ("2.811MB").
 */
final class HumanSize {
  private static final String[] UNITS = {"B", "kB", "MB", "GB", "TB", "PB", "EB", "ZB", "YB"};

  private HumanSize() {}

  static String of(long bytes) {
    double size = bytes;
    int unit = 0;
    while (size >= 1000 && unit < UNITS.length - 1) {
      size /= 1000;
      unit++;
    }
    // Go's %.4g: the exact binary value rounded half-even to 4 significant digits, no trailing
    // zeros.
    BigDecimal rounded =
        new BigDecimal(size).round(new MathContext(4, RoundingMode.HALF_EVEN)).stripTrailingZeros();
    return (rounded.signum() == 0 ? "0" : rounded.toPlainString()) + UNITS[unit];
  }
}
