package io.isctl.go;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Go's strconv 'g' (shortest) and encoding/json float formats. */
class GoFloatFormatTest {
  @Test
  void shortestDigitsWithGoExponentRules() {
    assertThat(GoFloatFormat.formatG(0.1)).isEqualTo("0.1");
    assertThat(GoFloatFormat.formatG(1e6)).isEqualTo("1e+06");
    assertThat(GoFloatFormat.formatG(123456.0)).isEqualTo("123456");
    assertThat(GoFloatFormat.formatG(1e-5)).isEqualTo("1e-05");
    assertThat(GoFloatFormat.formatG(0.0001)).isEqualTo("0.0001");
    assertThat(GoFloatFormat.formatG(-2.5e300)).isEqualTo("-2.5e+300");
    assertThat(GoFloatFormat.formatG(5e-324)).isEqualTo("5e-324");
    // Java 17's Double.toString is not always shortest; Go is.
    assertThat(GoFloatFormat.formatG(2.0E-3)).isEqualTo("0.002");
    assertThat(GoFloatFormat.formatG(1.0E23)).isEqualTo("1e+23");
  }

  @Test
  void specialValues() {
    assertThat(GoFloatFormat.formatG(Double.POSITIVE_INFINITY)).isEqualTo("+Inf");
    assertThat(GoFloatFormat.formatG(Double.NaN)).isEqualTo("NaN");
    assertThat(GoFloatFormat.formatG(-0.0)).isEqualTo("-0");
  }

  @Test
  void float32Keys() {
    assertThat(GoFloatFormat.formatG32(3.14159265358979)).isEqualTo("3.1415927");
    assertThat(GoFloatFormat.formatG32(0.1)).isEqualTo("0.1");
  }

  @Test
  void jsonSwitchesToExponentOutsideOneMillionthToE21() {
    assertThat(GoFloatFormat.formatJson(1e21)).isEqualTo("1e+21");
    assertThat(GoFloatFormat.formatJson(1e20)).isEqualTo("100000000000000000000");
    assertThat(GoFloatFormat.formatJson(1e-7)).isEqualTo("1e-7");
    assertThat(GoFloatFormat.formatJson(1.5e-10)).isEqualTo("1.5e-10");
    assertThat(GoFloatFormat.formatJson(0.000001)).isEqualTo("0.000001");
    assertThat(GoFloatFormat.formatJson(-0.0)).isEqualTo("-0");
  }
}
