package io.isctl.apiserver;

import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/** RFC 3339 times in UTC to the second, as Kubernetes writes {@code metav1.Time}. */
public final class Timestamps {
  private Timestamps() {}

  public static String now(Clock clock) {
    return format(clock.instant());
  }

  public static String format(Instant instant) {
    return DateTimeFormatter.ISO_INSTANT.format(instant.truncatedTo(ChronoUnit.SECONDS));
  }
}
