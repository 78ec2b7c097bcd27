package io.isctl.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Long hostile inputs must be rejected quickly: every pattern here runs on user input. */
class AdversarialInputTest {
  private static final Duration LIMIT = Duration.ofMillis(500);
  private static final int N = 10_000;

  static Stream<Arguments> references() {
    String format = InvalidReferenceException.INVALID_FORMAT;
    return Stream.of(
        arguments("alphanumeric run then a bad character", "a".repeat(N) + "!", format),
        arguments("dash-separated runs then a bad character", "a-".repeat(N / 2) + "!", format),
        arguments("underscores that almost form separators", "a_".repeat(N / 2) + "_!", format),
        arguments("dashes into a trailing dash", "a" + "-".repeat(N), format),
        arguments(
            "host-like components then a bad path",
            "a-".repeat(N / 2) + "a/" + "b".repeat(N) + "!",
            format),
        arguments("dotted host then bad path", "a.".repeat(N / 2) + "a:5000/-", format),
        arguments("upper case forces a second match", "A".repeat(N) + "!", format),
        arguments("many path segments then a bad one", "a/".repeat(N / 2) + "-", format),
        arguments(
            "long digest algorithm",
            "foo@" + "a+".repeat(N / 2) + "a:" + "0".repeat(64),
            Digests.UNSUPPORTED_ALGORITHM),
        arguments("long hex", "foo@sha256:" + "0".repeat(N), Digests.INVALID_LENGTH),
        arguments("long valid name", "a".repeat(N), InvalidReferenceException.NAME_TOO_LONG),
        arguments(
            "long upper-case valid name",
            "A".repeat(N),
            InvalidReferenceException.NAME_CONTAINS_UPPERCASE),
        arguments("long tag", "foo:" + "a".repeat(N), format),
        arguments("many colons", ":".repeat(N), format));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("references")
  void parse_hostileInput_failsFast(String scenario, String spec, String message) {
    assertTimeoutPreemptively(
        LIMIT, () -> assertThatThrownBy(() -> ImageReference.parse(spec)).hasMessage(message));
  }

  static Stream<Arguments> names() {
    return Stream.of(
        arguments("stream name of dash-separated runs", "a-".repeat(N / 2) + "!"),
        arguments("stream name of long run", "a".repeat(N) + "A"),
        arguments("namespace of dashes", "a" + "-".repeat(N) + "!"),
        arguments("namespace of dotted labels", "a-.".repeat(N / 3) + "-"),
        arguments("tag", "a".repeat(N) + "!"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("names")
  void validators_hostileInput_failFast(String scenario, String input) {
    assertTimeoutPreemptively(
        LIMIT,
        () -> {
          assertThat(StreamNames.validateStreamName(input)).isPresent();
          assertThat(StreamNames.validateNamespace(input)).isPresent();
          assertThat(StreamNames.isValidTagName(input)).isFalse();
          assertThat(StreamNames.prioritizeTags(java.util.List.of(input, input + ".0"))).hasSize(2);
        });
  }
}
