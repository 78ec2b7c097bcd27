package io.isctl.go;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** {@link GoStringOrder}: the order Go sorts strings in. */
class GoStringOrderTest {
  @Test
  void compare_ordersByCodePointLikeGoBytes() {
    // U+FFFF sorts before U+1F600 in UTF-8, although its UTF-16 unit is larger than a surrogate.
    assertThat(GoStringOrder.compare("\uFFFF", "\uD83D\uDE00")).isNegative();
    assertThat("\uFFFF".compareTo("\uD83D\uDE00")).isPositive();
    assertThat(GoStringOrder.compare("a", "ab")).isNegative();
    assertThat(GoStringOrder.compare("b", "ab")).isPositive();
    assertThat(GoStringOrder.compare("ab", "ab")).isZero();
  }
}
