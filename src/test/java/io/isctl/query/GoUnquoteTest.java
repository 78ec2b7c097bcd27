package io.isctl.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Go's strconv escapes, as kubectl's JSONPath unquotes its quoted strings. */
class GoUnquoteTest {
  static Stream<Arguments> escapes() {
    return Stream.of(
        Arguments.of("'plain'", "plain"),
        Arguments.of("\"a\\tb\"", "a\tb"),
        Arguments.of("\"\\101\\102\"", "AB"),
        Arguments.of("\"\\x41\\x4F\\x4f\"", "AOO"),
        Arguments.of("\"\\u00e9\"", "\u00e9"),
        Arguments.of("\"\\U0001F600\"", "\uD83D\uDE00"),
        Arguments.of("\"\\a\\b\\f\\v\\n\\r\"", "\u0007\b\f\u000b\n\r"),
        Arguments.of("'it\\'s'", "it's"),
        Arguments.of("\"say \\\"hi\\\"\"", "say \"hi\""),
        // A byte above 0x7f is no UTF-8 on its own: shown as U+FFFD, as a terminal would.
        Arguments.of("\"\\377\"", "\uFFFD"),
        Arguments.of("\"\\xff\"", "\uFFFD"),
        Arguments.of("\"\\000\"", "\u0000"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("escapes")
  void escapes_areGos(String quoted, String expected) {
    assertThat(GoUnquote.unquote(quoted)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "\"\\400\"", // an octal byte above 255
        "\"\\18\"", // 8 is no octal digit
        "\"\\1\"", // too short
        "\"\\x4\"", // too short
        "\"\\xG1\"", // no hex digit
        "\"\\x4\uFF26\"", // a fullwidth F: a hex digit to Java, not to Go
        "\"\\uD800\"", // a surrogate is no code point
        "\"\\U00110000\"", // above the last code point
        "\"\\q\"", // no such escape
        "\"it\\'s\"", // \' only in single quotes
        "\"open", // no closing quote
        "\"a\"b\"", // a bare quote inside
        "\"\\\"" // a lone backslash before the closing quote
      })
  void whatGoRefuses_isRefused(String quoted) {
    assertThatThrownBy(() -> GoUnquote.unquote(quoted))
        .isInstanceOf(JsonPathException.class)
        .hasMessageContaining("invalid syntax");
  }
}
