package io.isctl.go;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@link GoStrings}: Go's %q quoting and lower-casing. */
class GoStringsTest {
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
      plain text                  | abc      | "abc"
      quote and backslash         | a"b\\c   | "a\\"b\\\\c"
      non-ASCII letter is kept    | café     | "café"
      """)
  void quote_escapesLikeGo(String scenario, String input, String expected) {
    assertThat(GoStrings.quote(input)).isEqualTo(expected);
  }

  @Test
  void quote_controlCharacters_useGoEscapes() {
    assertThat(GoStrings.quote("\n\t\u0007\u000b\u0001\u007f"))
        .isEqualTo("\"\\n\\t\\a\\v\\x01\\x7f\"");
    assertThat(GoStrings.quote("a\u00a0b\u200b")).isEqualTo("\"a\\u00a0b\\u200b\"");
    assertThat(GoStrings.quote("\uDB80\uDC00")).isEqualTo("\"\\U000f0000\"");
  }

  @Test
  void toLower_usesSimpleRuneMapping() {
    assertThat(GoStrings.toLower("ABC\u212A\u0130")).isEqualTo("abcki");
  }
}
