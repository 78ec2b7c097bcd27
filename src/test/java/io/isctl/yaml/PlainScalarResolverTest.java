package io.isctl.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The short cut for plain decimal numbers gives what yaml.v2's full resolution gives. */
class PlainScalarResolverTest {

  private static PlainScalarResolver.Resolved integer(String digits) {
    return new PlainScalarResolver.Resolved(PlainScalarResolver.Kind.INT, new BigInteger(digits));
  }

  @Test
  void decimalNumbers_areInts_ofTheirValue() {
    SplittableRandom random = new SplittableRandom(15);
    for (int i = 0; i < 20_000; i++) {
      String digits = Long.toString(random.nextLong(0, Long.MAX_VALUE) >>> random.nextInt(63));
      assertThat(PlainScalarResolver.resolve(digits)).as(digits).isEqualTo(integer(digits));
    }
    for (String digits :
        new String[] {
          "0", "1", "999999999999999999", "1000000000000000000", "9223372036854775807"
        }) {
      assertThat(PlainScalarResolver.resolve(digits)).as(digits).isEqualTo(integer(digits));
    }
  }

  @Test
  void onlyPlainDecimalsTakeTheShortCut() {
    assertThat(PlainScalarResolver.isSmallDecimal("42")).isTrue();
    assertThat(PlainScalarResolver.isSmallDecimal("0")).isTrue();
    for (String other :
        new String[] {"", "007", "1_000", "+1", "-1", "1.0", "1e3", "0x1f", "2026-12-03"}) {
      assertThat(PlainScalarResolver.isSmallDecimal(other)).as(other).isFalse();
    }
    // yaml.v2 reads a leading zero as octal; the full resolution still does.
    assertThat(PlainScalarResolver.resolve("0123")).isEqualTo(integer("83"));
    assertThat(PlainScalarResolver.resolve("1_000")).isEqualTo(integer("1000"));
  }
}
