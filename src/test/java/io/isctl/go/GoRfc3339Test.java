package io.isctl.go;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Written out, the time format is exactly what DateTimeFormatter.ISO_INSTANT prints to the second.
 */
class GoRfc3339Test {

  private static String isoInstant(Instant instant) {
    return DateTimeFormatter.ISO_INSTANT.format(instant.truncatedTo(ChronoUnit.SECONDS));
  }

  @Test
  void everyInstant_printsAsIsoInstantToTheSecond() {
    SplittableRandom random = new SplittableRandom(15);
    for (int i = 0; i < 100_000; i++) {
      Instant instant =
          Instant.ofEpochSecond(
              random.nextLong(-70_000_000_000L, 260_000_000_000L), random.nextInt(1_000_000_000));
      assertThat(GoRfc3339.utcSeconds(instant)).isEqualTo(isoInstant(instant));
    }
  }

  @Test
  void theEdgesOfFourDigitYears_andBeyond() {
    for (Instant instant :
        new Instant[] {
          Instant.parse("0000-01-01T00:00:00Z"),
          Instant.parse("0001-01-01T00:00:00Z"),
          Instant.parse("1970-01-01T00:00:00Z"),
          Instant.parse("2026-12-03T10:42:05.999Z"),
          Instant.parse("9999-12-31T23:59:59Z"),
          Instant.parse("9999-12-31T23:59:59Z").plusSeconds(1),
          Instant.parse("0000-01-01T00:00:00Z").minusSeconds(1),
          Instant.MAX,
          Instant.MIN
        }) {
      assertThat(GoRfc3339.utcSeconds(instant))
          .as(instant.toString())
          .isEqualTo(isoInstant(instant));
    }
    assertThat(GoRfc3339.utcSeconds(Instant.parse("2026-12-03T10:42:05.5Z")))
        .isEqualTo("2026-12-03T10:42:05Z");
  }
}
