package io.isctl.reference;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@link GoStrings}: Go's %q quoting, lower-casing and string order. */
class GoStringsTest {
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      plain text                  | abc      | "abc"
      quote and backslash         | a"b\\c   | "a\\"b\\\\c"
      non-ASCII letter is kept    | café     | "café"
      """)
  void quote_escapesLikeGo(String scenario, String input, String expected) {
    assertThat(GoStrings.quote(input)).isEqualTo(expected);
  }

  @Test
  void quote_controlCharacters_useGoEscapes() {
    assertThat(GoStrings.quote("\n\t\u0007\u000b\u0001\u007f")).isEqualTo("\"\\n\\t\\a\\v\\x01\\x7f\"");
    assertThat(GoStrings.quote("a\u00a0b\u200b")).isEqualTo("\"a\\u00a0b\\u200b\"");
    assertThat(GoStrings.quote("\uDB80\uDC00")).isEqualTo("\"\\U000f0000\"");
  }

  @Test
  void toLower_usesSimpleRuneMapping() {
    assertThat(GoStrings.toLower("ABC\u212A\u0130")).isEqualTo("abcki");
  }

  @Test
  void compare_ordersByCodePointLikeGoBytes() {
    // U+FFFF sorts before U+1F600 in UTF-8, although its UTF-16 unit is larger than a surrogate.
    assertThat(GoStrings.compare("\uFFFF", "\uD83D\uDE00")).isNegative();
    assertThat("\uFFFF".compareTo("\uD83D\uDE00")).isPositive();
    assertThat(GoStrings.compare("a", "ab")).isNegative();
    assertThat(GoStrings.compare("b", "ab")).isPositive();
    assertThat(GoStrings.compare("ab", "ab")).isZero();
  }
}
