package io.isctl.reference;

import static io.isctl.reference.ImageReferenceParseTest.DIGEST;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@link StreamNames}: imageutil helpers (§1.5), stream validation (§2.5) and oc's tag check
 * (§4.4).
 */
class StreamNamesTest {
  private static final String STREAM_NAME_MISMATCH = "must match \"[a-z0-9]+(?:[._-][a-z0-9]+)*\"";

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "name and tag, foo:bar, foo, bar, true",
    "no colon defaults to latest, foo, foo, latest, false",
    "empty tag defaults to latest, foo:, foo, latest, true",
    "splits at the first colon, foo:bar:baz, foo, bar:baz, true",
    "empty name is kept, :bar, '', bar, true",
    "empty input, '', '', latest, false",
  })
  void splitImageStreamTag_isLenient(
      String scenario, String input, String name, String tag, boolean separatorFound) {
    assertThat(StreamNames.splitImageStreamTag(input))
        .isEqualTo(new NameSplit(name, tag, separatorFound));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "name and id, foo@sha256:x, foo, sha256:x, true",
    "no at sign, foo, foo, '', false",
    "empty id, foo@, foo, '', true",
    "splits at the first at sign, a@b@c, a, b@c, true",
  })
  void splitImageStreamImage_isLenient(
      String scenario, String input, String name, String id, boolean separatorFound) {
    assertThat(StreamNames.splitImageStreamImage(input))
        .isEqualTo(new NameSplit(name, id, separatorFound));
  }

  @Test
  void join_defaultsAnEmptyTagToLatest() {
    assertThat(StreamNames.joinImageStreamTag("foo", "bar")).isEqualTo("foo:bar");
    assertThat(StreamNames.joinImageStreamTag("foo", "")).isEqualTo("foo:latest");
    assertThat(StreamNames.joinImageStreamImage("foo", DIGEST)).isEqualTo("foo@" + DIGEST);
    assertThat(new StreamTag("foo", "bar")).hasToString("foo:bar");
    assertThat(new StreamImage("foo", "id")).hasToString("foo@id");
  }

  @Test
  void parseImageStreamTagName_valid_returnsParts() {
    assertThat(StreamNames.parseImageStreamTagName("name:tag"))
        .isEqualTo(new StreamTag("name", "tag"));
  }

  static Stream<Arguments> invalidStreamTagNames() {
    return Stream.of(
        arguments("empty", "", "expected exactly one : delimiter in the istag \"\""),
        arguments("no colon", "hello", "expected exactly one : delimiter in the istag \"hello\""),
        arguments("two colons", "a:b:c", "expected exactly one : delimiter in the istag \"a:b:c\""),
        arguments(
            "empty name", ":tag", "image stream tag name \":tag\" must have a name and a tag"),
        arguments(
            "empty tag", "name:", "image stream tag name \"name:\" must have a name and a tag"),
        arguments(
            "image stream image",
            "name@id",
            "\"name@id\" is an image stream image, not an image stream tag"),
        arguments(
            "at sign is checked first",
            "a:b@c",
            "\"a:b@c\" is an image stream image, not an image stream tag"),
        arguments(
            "Go quoting", "a\"b\n", "expected exactly one : delimiter in the istag \"a\\\"b\\n\""));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("invalidStreamTagNames")
  void parseImageStreamTagName_invalid_throwsGoMessage(
      String scenario, String input, String message) {
    assertThatThrownBy(() -> StreamNames.parseImageStreamTagName(input))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(message);
  }

  @Test
  void parseImageStreamImageName_valid_returnsParts() {
    assertThat(StreamNames.parseImageStreamImageName("repo@id"))
        .isEqualTo(new StreamImage("repo", "id"));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
      empty             |        | expected exactly one @ in the isimage name ""
      no at sign        | a      | expected exactly one @ in the isimage name "a"
      two at signs      | a@b@c  | expected exactly one @ in the isimage name "a@b@c"
      empty name        | @id    | image stream image name "@id" must have a name and ID
      empty id          | name@  | image stream image name "name@" must have a name and ID
      """)
  void parseImageStreamImageName_invalid_throwsGoMessage(
      String scenario, String input, String message) {
    assertThatThrownBy(() -> StreamNames.parseImageStreamImageName(input == null ? "" : input))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(message);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "prefix of a digest's hex, " + DIGEST + ", 3c87, true",
    "prefix of the whole digest, " + DIGEST + ", sha256:3c8, true",
    "empty id matches everything, " + DIGEST + ", '', true",
    "not a prefix, " + DIGEST + ", abcd, false",
    "hex in the middle is no prefix, " + DIGEST + ", 7c57, false",
    "legacy image name prefix, legacyid123, legacy, true",
    "legacy image name non-prefix, legacyid123, id, false",
    "malformed digest uses a plain prefix only, sha256:3c87, 3c87, false",
  })
  void digestOrImageMatch_matchesPrefixes(
      String scenario, String image, String id, boolean expected) {
    assertThat(StreamNames.digestOrImageMatch(image, id)).isEqualTo(expected);
  }

  static Stream<Arguments> streamNames() {
    return Stream.of(
        arguments("simple", "mysql", List.of()),
        arguments("separators", "my-sql.v2_x", List.of()),
        arguments("digits only", "123", List.of()),
        arguments("empty", "", List.of(StreamNames.NAME_REQUIRED)),
        arguments("dot", ".", List.of("may not be '.'")),
        arguments("dot dot", "..", List.of("may not be '..'")),
        arguments("slash", "a/b", List.of("may not contain '/'")),
        arguments("percent", "a%b", List.of("may not contain '%'")),
        arguments(
            "slash and percent", "a/b%", List.of("may not contain '/'", "may not contain '%'")),
        arguments("upper case", "My", List.of(STREAM_NAME_MISMATCH)),
        arguments(
            "double underscore (allowed in references)", "a__b", List.of(STREAM_NAME_MISMATCH)),
        arguments("double dash", "a--b", List.of(STREAM_NAME_MISMATCH)),
        arguments("leading dash", "-a", List.of(STREAM_NAME_MISMATCH)),
        arguments("trailing dot", "a.", List.of(STREAM_NAME_MISMATCH)),
        arguments("colon", "a:b", List.of(STREAM_NAME_MISMATCH)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("streamNames")
  void streamNameErrors_matchApiServer(String scenario, String name, List<String> errors) {
    assertThat(StreamNames.streamNameErrors(name)).isEqualTo(errors);
    assertThat(StreamNames.validateStreamName(name)).isEqualTo(errors.stream().findFirst());
  }

  static Stream<Arguments> namespaces() {
    return Stream.of(
        arguments("simple", "myproject", List.of()),
        arguments("digits and dashes", "123-abc", List.of()),
        arguments("63 characters", "a".repeat(63), List.of()),
        arguments("empty", "", List.of(StreamNames.NAMESPACE_REQUIRED)),
        arguments("64 characters", "a".repeat(64), List.of("must be no more than 63 characters")),
        arguments("dots", "my.ns", List.of("must not contain dots")),
        arguments("upper case", "My", List.of(StreamNames.NAMESPACE_FORMAT)),
        arguments("leading dash", "-a", List.of(StreamNames.NAMESPACE_FORMAT)),
        arguments("trailing dash", "a-", List.of(StreamNames.NAMESPACE_FORMAT)),
        arguments("underscore", "a_b", List.of(StreamNames.NAMESPACE_FORMAT)),
        arguments(
            "too long and upper case",
            "A".repeat(64),
            List.of("must be no more than 63 characters", StreamNames.NAMESPACE_FORMAT)),
        arguments(
            "too long and dotted",
            "a".repeat(64) + ".b",
            List.of("must be no more than 63 characters", "must not contain dots")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("namespaces")
  void namespaceErrors_matchKubernetes(String scenario, String namespace, List<String> errors) {
    assertThat(StreamNames.namespaceErrors(namespace)).isEqualTo(errors);
    assertThat(StreamNames.validateNamespace(namespace)).isEqualTo(errors.stream().findFirst());
  }

  @Test
  void namespaceFormatMessage_isKubernetesWording() {
    assertThat(StreamNames.NAMESPACE_FORMAT)
        .isEqualTo(
            "a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must"
                + " start and end with an alphanumeric character (e.g. 'my-name',  or '123-abc', regex used"
                + " for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?')");
  }

  static Stream<Arguments> namespacedNames() {
    String message = "'namespace/name' cannot be longer than 255 characters";
    return Stream.of(
        arguments("exactly 255", "a".repeat(63), "b".repeat(191), null),
        arguments("256", "a".repeat(63), "b".repeat(192), message),
        arguments(
            "bytes, not characters, are counted", "a".repeat(63), "b".repeat(190) + "é", message));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("namespacedNames")
  void validateNamespacedNameLength_limitsTo255Bytes(
      String scenario, String namespace, String name, String message) {
    assertThat(StreamNames.validateNamespacedNameLength(namespace, name).orElse(null))
        .isEqualTo(message);
  }

  static Stream<Arguments> tagNames() {
    return Stream.of(
        arguments("latest", "latest", true),
        arguments("version", "v1.0", true),
        arguments("single digit", "1", true),
        arguments("underscore start", "_x", true),
        arguments("upper case, dot and dash", "A-Z.9", true),
        arguments("128 characters", "a".repeat(128), true),
        arguments("129 characters", "a".repeat(129), false),
        arguments("empty", "", false),
        arguments("leading dash", "-a", false),
        arguments("leading dot", ".a", false),
        arguments("colon", "a:b", false),
        arguments("slash", "a/b", false),
        arguments("trailing newline", "tag\n", false),
        arguments("non-ASCII", "é", false));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("tagNames")
  void isValidTagName_followsOcTagRegex(String scenario, String tag, boolean valid) {
    assertThat(StreamNames.isValidTagName(tag)).isEqualTo(valid);
  }

  @Test
  void invalidTagMessage_isOcWording() {
    assertThat(StreamNames.invalidTagMessage("-a"))
        .isEqualTo(
            "invalid tag \"-a\" format, tags must start with an alphanumeric character followed by"
                + " alphanumeric, '.' or '-' characters, and have a maximum of 128 characters");
  }
}
