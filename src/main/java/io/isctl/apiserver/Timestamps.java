package io.isctl.apiserver;

import io.isctl.go.GoRfc3339;
import java.time.Clock;
import java.time.Instant;

/** RFC 3339 times in UTC to the second, as Kubernetes writes {@code metav1.Time}. */
public final class Timestamps {
  private Timestamps() {}

  public static String now(Clock clock) {
    return format(clock.instant());
  }

  public static String format(Instant instant) {
    return GoRfc3339.utcSeconds(instant);
  }
}
