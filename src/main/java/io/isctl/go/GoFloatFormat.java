package io.isctl.go;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.function.Predicate;

/** Prints floating-point numbers as Go's strconv.FormatFloat and encoding/json do. */
public final class GoFloatFormat {
  /** Go's %g switches to exponent form at this decimal exponent when printing shortest digits. */
  private static final int SHORTEST_G_EXPONENT_LIMIT = 6;

  private GoFloatFormat() {}

  /**
   * The shortest decimal that reads back as the same binary value: 0.{@code digits} x 10^{@code
   * point}.
   */
  private record Decimal(boolean negative, String digits, int point) {}

  /** {@code strconv.FormatFloat(v, 'g', -1, 64)}. */
  public static String formatG(double v) {
    String special = special(v);
    return special != null ? special : formatG(shortest(v));
  }

  /** {@code strconv.FormatFloat(v, 'g', -1, 32)}: the value is first narrowed to float32. */
  public static String formatG32(double v) {
    float f = (float) v;
    String special = special(f);
    if (special != null) {
      return special;
    }
    float abs = Math.abs(f);
    return formatG(
        shortest(new BigDecimal(abs), f < 0, 9, d -> Float.parseFloat(d.toString()) == abs));
  }

  /** NaN, the infinities and the zeros, which have no digits to shorten. */
  private static String special(double v) {
    if (Double.isNaN(v)) {
      return "NaN";
    }
    if (Double.isInfinite(v)) {
      return v > 0 ? "+Inf" : "-Inf";
    }
    return v == 0 ? zero(v) : null;
  }

  /** A float64 as encoding/json writes it; NaN and infinities are not JSON. */
  public static String formatJson(double v) {
    if (Double.isNaN(v) || Double.isInfinite(v)) {
      throw new IllegalArgumentException("json: unsupported value: " + formatG(v));
    }
    if (v == 0) {
      return zero(v);
    }
    double abs = Math.abs(v);
    Decimal d = shortest(v);
    if (abs < 1e-6 || abs >= 1e21) {
      // Go writes e-07 and then trims it to e-7; positive exponents keep two digits.
      String e = exponentForm(d);
      int n = e.length();
      if (n >= 4 && e.charAt(n - 4) == 'e' && e.charAt(n - 3) == '-' && e.charAt(n - 2) == '0') {
        return e.substring(0, n - 2) + e.charAt(n - 1);
      }
      return e;
    }
    return fixedForm(d, Math.max(d.digits().length() - d.point(), 0));
  }

  private static String zero(double v) {
    return 1 / v < 0 ? "-0" : "0";
  }

  private static String formatG(Decimal d) {
    int exp = d.point() - 1;
    if (exp < -4 || exp >= SHORTEST_G_EXPONENT_LIMIT) {
      return exponentForm(d);
    }
    return fixedForm(d, Math.max(d.digits().length() - d.point(), 0));
  }

  private static Decimal shortest(double v) {
    double abs = Math.abs(v);
    return shortest(new BigDecimal(abs), v < 0, 17, d -> Double.parseDouble(d.toString()) == abs);
  }

  /**
   * Tries 1, 2, ... significant digits; at each length the two neighbours of the exact value are
   * candidates, and the nearer one wins when both read back, as Go's shortest formatting does.
   */
  private static Decimal shortest(
      BigDecimal exact, boolean negative, int maxDigits, Predicate<BigDecimal> readsBack) {
    for (int p = 1; p <= maxDigits; p++) {
      BigDecimal down = exact.round(new MathContext(p, RoundingMode.DOWN));
      BigDecimal up = exact.round(new MathContext(p, RoundingMode.UP));
      boolean downOk = readsBack.test(down);
      boolean upOk = readsBack.test(up);
      BigDecimal pick;
      if (downOk && upOk) {
        pick = exact.round(new MathContext(p, RoundingMode.HALF_EVEN));
      } else if (downOk) {
        pick = down;
      } else if (upOk) {
        pick = up;
      } else {
        continue;
      }
      BigDecimal stripped = pick.stripTrailingZeros();
      String digits = stripped.unscaledValue().toString();
      return new Decimal(negative, digits, digits.length() - stripped.scale());
    }
    throw new IllegalStateException("no shortest decimal for " + exact);
  }

  /** Go's %e with all digits: d.ddde±XX. */
  private static String exponentForm(Decimal d) {
    StringBuilder sb = new StringBuilder();
    if (d.negative()) {
      sb.append('-');
    }
    String digits = d.digits();
    sb.append(digits.charAt(0));
    if (digits.length() > 1) {
      sb.append('.').append(digits, 1, digits.length());
    }
    int exp = d.point() - 1;
    sb.append('e').append(exp < 0 ? '-' : '+');
    int absExp = Math.abs(exp);
    if (absExp < 10) {
      sb.append('0');
    }
    return sb.append(absExp).toString();
  }

  /** Go's %f with {@code fraction} digits after the point. */
  private static String fixedForm(Decimal d, int fraction) {
    StringBuilder sb = new StringBuilder();
    if (d.negative()) {
      sb.append('-');
    }
    String digits = d.digits();
    int point = d.point();
    if (point > 0) {
      for (int i = 0; i < point; i++) {
        sb.append(i < digits.length() ? digits.charAt(i) : '0');
      }
    } else {
      sb.append('0');
    }
    if (fraction > 0) {
      sb.append('.');
      for (int i = 0; i < fraction; i++) {
        int idx = point + i;
        sb.append(idx >= 0 && idx < digits.length() ? digits.charAt(idx) : '0');
      }
    }
    return sb.toString();
  }
}
