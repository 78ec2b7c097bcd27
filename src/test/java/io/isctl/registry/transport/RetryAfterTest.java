package io.isctl.registry.transport;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RetryAfterTest {

  private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");

  @Test
  void parse_deltaSecondsAndHttpDate() {
    assertThat(RetryAfter.parse(" 120 ", NOW)).contains(Duration.ofSeconds(120));
    assertThat(RetryAfter.parse("Sun, 01 Mar 2026 10:00:30 GMT", NOW))
        .contains(Duration.ofSeconds(30));
  }

  @Test
  void parse_pastDateMissingOrGarbage_isEmpty() {
    assertThat(RetryAfter.parse("Sun, 01 Mar 2026 09:59:00 GMT", NOW)).isEmpty();
    assertThat(RetryAfter.parse(null, NOW)).isEmpty();
    assertThat(RetryAfter.parse("soon", NOW)).isEmpty();
    assertThat(RetryAfter.parse("-5", NOW)).isEmpty();
  }
}
