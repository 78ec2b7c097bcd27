package io.isctl.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** {@link ImageReference#parse}: library-go's vectors plus the quirks of semantics §1 and §9.14. */
class ImageReferenceParseTest {
  static final String HEX = "3c87c572822935df60f0f5d3665bd376841a7fcfeb806b5f212de6a00e9a7b25";
  static final String DIGEST = "sha256:" + HEX;

  static Stream<Arguments> validSpecs() {
    return Stream.of(
        arguments("bare name", "foo", "", "", "foo", "", ""),
        arguments("name and tag", "foo:tag", "", "", "foo", "tag", ""),
        arguments(
            "sha256:<hex> without @ is name sha256 with a tag",
            "sha256:" + HEX,
            "",
            "",
            "sha256",
            HEX,
            ""),
        arguments("name and digest", "foo@" + DIGEST, "", "", "foo", "", DIGEST),
        arguments("tag and digest both kept", "foo:tag@" + DIGEST, "", "", "foo", "tag", DIGEST),
        arguments("namespace/name", "bar/foo", "", "bar", "foo", "", ""),
        arguments("namespace/name:tag", "bar/foo:tag", "", "bar", "foo", "tag", ""),
        arguments("namespace/name@digest", "bar/foo@" + DIGEST, "", "bar", "foo", "", DIGEST),
        arguments("a/b/c has namespace a and name b/c", "a/b/c", "", "a", "b/c", "", ""),
        arguments(
            "library in the middle is just a name",
            "bar/library/baz",
            "",
            "bar",
            "library/baz",
            "",
            ""),
        arguments(
            "four segments without registry", "bar/foo/baz/biz", "", "bar", "foo/baz/biz", "", ""),
        arguments(
            "registry with port, namespace, name",
            "bar:5000/foo/baz",
            "bar:5000",
            "foo",
            "baz",
            "",
            ""),
        arguments("registry with port, name only", "bar:5000/baz", "bar:5000", "", "baz", "", ""),
        arguments(
            "registry with port and tag",
            "bar:5000/foo/baz:tag",
            "bar:5000",
            "foo",
            "baz",
            "tag",
            ""),
        arguments(
            "registry with port and digest",
            "bar:5000/foo/baz@" + DIGEST,
            "bar:5000",
            "foo",
            "baz",
            "",
            DIGEST),
        arguments("dotted registry", "myregistry.io/foo", "myregistry.io", "", "foo", "", ""),
        arguments("localhost registry", "localhost/bar", "localhost", "", "bar", "", ""),
        arguments("IP registry", "127.0.0.1:5000/foo", "127.0.0.1:5000", "", "foo", "", ""),
        arguments(
            "docker.io keeps explicit library",
            "docker.io/library/myapp",
            "docker.io",
            "library",
            "myapp",
            "",
            ""),
        arguments(
            "docker.io gets no library from parse",
            "docker.io/myapp",
            "docker.io",
            "",
            "myapp",
            "",
            ""),
        arguments(
            "docker.io deep path",
            "docker.io/user/project/myapp",
            "docker.io",
            "user",
            "project/myapp",
            "",
            ""),
        arguments("index.docker.io", "index.docker.io/bar", "index.docker.io", "", "bar", "", ""),
        arguments("registry only: quay.io", "quay.io", "quay.io", "", "", "", ""),
        arguments(
            "registry only: localhost:5000 keeps the port",
            "localhost:5000",
            "localhost:5000",
            "",
            "",
            "",
            ""),
        arguments("registry only: plain localhost", "localhost", "localhost", "", "", "", ""),
        arguments(
            "registry only: anything starting with localhost",
            "localhostx",
            "localhostx",
            "",
            "",
            "",
            ""),
        arguments(
            "registry only: dotted name with port", "quay.io:443", "quay.io:443", "", "", "", ""),
        arguments(
            "registry only keeps a digest as id and in the registry",
            "quay.io@" + DIGEST,
            "quay.io@" + DIGEST,
            "",
            "",
            "",
            DIGEST),
        arguments("quay.io/org", "quay.io/org", "quay.io", "", "org", "", ""),
        arguments("localhost:5000/org", "localhost:5000/org", "localhost:5000", "", "org", "", ""),
        arguments("minor version tag", "wildfly:15.0", "", "", "wildfly", "15.0", ""),
        arguments(
            "upper-case host and tag are allowed",
            "Quay.IO/foo:Tag",
            "Quay.IO",
            "",
            "foo",
            "Tag",
            ""),
        arguments(
            "upper-case first segment without dot is a namespace",
            "Foo/bar",
            "",
            "Foo",
            "bar",
            "",
            ""),
        arguments(
            "name separators _ __ and dash runs",
            "a_b__c---d/e.f",
            "",
            "a_b__c---d",
            "e.f",
            "",
            ""),
        arguments(
            "a dotted first segment is a registry even if not a host name",
            "a.b_c/f",
            "a.b_c",
            "",
            "f",
            "",
            ""),
        arguments(
            "upper-case digest hex",
            "foo@sha256:" + HEX.toUpperCase(),
            "",
            "",
            "foo",
            "",
            "sha256:" + HEX.toUpperCase()),
        arguments(
            "sha384 digest",
            "foo@sha384:" + "a".repeat(96),
            "",
            "",
            "foo",
            "",
            "sha384:" + "a".repeat(96)),
        arguments(
            "sha512 digest",
            "foo@sha512:" + "b".repeat(128),
            "",
            "",
            "foo",
            "",
            "sha512:" + "b".repeat(128)),
        arguments(
            "tag of 128 characters", "foo:" + "t".repeat(128), "", "", "foo", "t".repeat(128), ""),
        arguments(
            "name of exactly 255 characters",
            "bar:5000/" + "a".repeat(63) + "/" + "b".repeat(182) + ":tag",
            "bar:5000",
            "a".repeat(63),
            "b".repeat(182),
            "tag",
            ""),
        arguments(
            "docker.io name of 255 with implicit namespace",
            "docker.io/" + "b".repeat(245),
            "docker.io",
            "",
            "b".repeat(245),
            "",
            ""));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("validSpecs")
  void parse_validSpec_splitsLikeLibraryGo(
      String scenario,
      String spec,
      String registry,
      String namespace,
      String name,
      String tag,
      String id) {
    assertThat(ImageReference.parse(spec))
        .isEqualTo(new ImageReference(registry, namespace, name, tag, id));
  }

  static Stream<Arguments> invalidSpecs() {
    String tooLong = InvalidReferenceException.NAME_TOO_LONG;
    String format = InvalidReferenceException.INVALID_FORMAT;
    String lower = InvalidReferenceException.NAME_CONTAINS_UPPERCASE;
    return Stream.of(
        arguments("empty", "", InvalidReferenceException.NAME_EMPTY),
        arguments("upper case in path", "registry:3000/integration/imageStream:success", lower),
        arguments("upper-case bare name", "FOO", lower),
        arguments("upper case after a namespace", "foo/Bar", lower),
        arguments("Kelvin sign lower-cases to k as in Go", "foo\u212A", lower),
        arguments("scheme", "https://bar:5000/foo/baz", format),
        arguments("scheme with digest", "http://bar:5000/foo/baz@" + DIGEST, format),
        arguments("ftp scheme", "ftp://baz/baz/biz", format),
        arguments("trailing slash before tag", "registry.io/foo/bar/:Tag", format),
        arguments("empty path segments", "bar/foo/baz////biz", format),
        arguments("leading slashes", "//foo/baz/biz", format),
        arguments("digest only", "@" + DIGEST, format),
        arguments("tag only", ":tag", format),
        arguments("not a digest after @", "abc@badid", format),
        arguments("digest hex shorter than 32", "index.docker.io/mysql@sha256:bad", format),
        arguments("empty tag", "foo:", format),
        arguments("empty digest", "foo@", format),
        arguments("tag starting with a dash", "foo:-tag", format),
        arguments("tag of 129 characters", "foo:" + "t".repeat(129), format),
        arguments("two @", "foo@" + DIGEST + "@" + DIGEST, format),
        arguments("triple underscore", "foo___bar", format),
        arguments("double dot", "foo..bar", format),
        arguments("dot then dash", "foo.-bar", format),
        arguments("leading dash", "-foo", format),
        arguments("trailing dash", "foo-", format),
        arguments("host component ending in a dash", "host-/foo", format),
        arguments("space", "foo bar", format),
        arguments("non-ASCII letter", "café", format),
        arguments(
            "name over 255",
            "bar:5000/" + "a".repeat(63) + "/" + "b".repeat(183) + ":tag",
            tooLong),
        arguments("docker.io name over 255", "docker.io/" + "b".repeat(246) + ":tag", tooLong),
        arguments(
            "32 hex digits is syntax but the wrong length",
            "registry:5000/integration/test-image-stream@sha256:00000000000000000000000000000001",
            Digests.INVALID_LENGTH),
        arguments("63 hex digits", "foo@sha256:" + HEX.substring(1), Digests.INVALID_LENGTH),
        arguments(
            "sha1 is unsupported", "foo@sha1:" + "a".repeat(40), Digests.UNSUPPORTED_ALGORITHM),
        arguments(
            "algorithm is case-sensitive", "foo@SHA256:" + HEX, Digests.UNSUPPORTED_ALGORITHM));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("invalidSpecs")
  void parse_invalidSpec_throwsLibraryGoMessage(String scenario, String spec, String message) {
    assertThatThrownBy(() -> ImageReference.parse(spec))
        .isInstanceOf(InvalidReferenceException.class)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(message);
  }

  static Stream<Arguments> roundTrips() {
    return Stream.of(
        arguments("bare name", "foo", "foo"),
        arguments("registry, namespace, name, tag", "bar:5000/foo/baz:tag", "bar:5000/foo/baz:tag"),
        arguments(
            "deep path",
            "docker.io/user/project/myapp@" + DIGEST,
            "docker.io/user/project/myapp@" + DIGEST),
        arguments("no library added by exact", "docker.io/mysql", "docker.io/mysql"),
        arguments("tag dropped when a digest is present", "foo:tag@" + DIGEST, "foo@" + DIGEST),
        arguments("registry-only quay.io serialises to empty", "quay.io", ""),
        arguments("registry-only localhost:5000 serialises to empty", "localhost:5000", ""),
        arguments("sha256:<hex> serialises as name:tag", "sha256:" + HEX, "sha256:" + HEX));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("roundTrips")
  void exact_afterParse_givesUserSpelling(String scenario, String spec, String exact) {
    assertThat(ImageReference.parse(spec).exact()).isEqualTo(exact);
  }
}
