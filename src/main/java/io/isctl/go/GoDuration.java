package io.isctl.go;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads durations as oc and Go write them: {@code 30s}, {@code 15m}, {@code 1h30m}, {@code 500ms};
 * positive only.
 */
public final class GoDuration {
  private static final Pattern WHOLE = Pattern.compile("(?:\\d+(?:ms|s|m|h))+");
  private static final Pattern PART = Pattern.compile("(\\d+)(ms|s|m|h)");

  /** Far beyond any sensible interval, and far from overflowing a Duration. */
  private static final long MAX_AMOUNT = 1_000_000_000L;

  private GoDuration() {}

  /**
   * The duration {@code value} spells.
   *
   * @throws IllegalArgumentException naming the value, when it is no positive Go duration
   */
  public static Duration parse(String value) {
    if (!WHOLE.matcher(value).matches()) {
      throw new IllegalArgumentException(
          "invalid duration \"" + value + "\": use a number and a unit, e.g. 30s, 15m, 1h");
    }
    Duration total = Duration.ZERO;
    Matcher part = PART.matcher(value);
    while (part.find()) {
      String digits = part.group(1);
      if (digits.length() > 10 || Long.parseLong(digits) > MAX_AMOUNT) {
        throw new IllegalArgumentException("invalid duration \"" + value + "\": too long");
      }
      long amount = Long.parseLong(digits);
      total =
          total.plus(
              switch (part.group(2)) {
                case "ms" -> Duration.ofMillis(amount);
                case "s" -> Duration.ofSeconds(amount);
                case "m" -> Duration.ofMinutes(amount);
                default -> Duration.ofHours(amount);
              });
    }
    if (total.isZero()) {
      throw new IllegalArgumentException("invalid duration \"" + value + "\": must be more than 0");
    }
    return total;
  }
}
