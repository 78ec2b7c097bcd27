package io.isctl.reference;

import static io.isctl.reference.ImageReferenceParseTest.DIGEST;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** Serialisation, defaulting and copies of {@link ImageReference} (semantics §1.4). */
class ImageReferenceTest {
  private static ImageReference ref(
      String registry, String namespace, String name, String tag, String id) {
    return new ImageReference(registry, namespace, name, tag, id);
  }

  static Stream<Arguments> serialisations() {
    return Stream.of(
        arguments("bare name", ref("", "", "mysql", "", ""), "mysql", "mysql", "mysql"),
        arguments(
            "empty registry is not Docker Hub",
            ref("", "", "mysql", "8", ""),
            "mysql:8",
            "mysql:8",
            "mysql:8"),
        arguments(
            "docker.io gets library only in toString",
            ref("docker.io", "", "mysql", "", ""),
            "mysql",
            "docker.io/mysql",
            "docker.io/library/mysql"),
        arguments(
            "index.docker.io gets library",
            ref("index.docker.io", "", "mysql", "8", ""),
            "mysql:8",
            "index.docker.io/mysql:8",
            "index.docker.io/library/mysql:8"),
        arguments(
            "registry-1.docker.io gets library",
            ref("registry-1.docker.io", "", "a", "", ""),
            "a",
            "registry-1.docker.io/a",
            "registry-1.docker.io/library/a"),
        arguments(
            "Docker Hub with a namespace is unchanged",
            ref("docker.io", "user", "app", "", ""),
            "app",
            "docker.io/user/app",
            "docker.io/user/app"),
        arguments(
            "other registries get no library",
            ref("quay.io", "", "app", "", ""),
            "app",
            "quay.io/app",
            "quay.io/app"),
        arguments("registry only serialises to empty", ref("quay.io", "", "", "", ""), "", "", ""),
        arguments(
            "Docker Hub registry only is empty too", ref("docker.io", "", "", "", ""), "", "", ""),
        arguments("namespace without name is empty", ref("", "ns", "", "tag", ""), "", "", ""),
        arguments(
            "digest id wins over tag",
            ref("", "", "foo", "tag", DIGEST),
            "foo@" + DIGEST,
            "foo@" + DIGEST,
            "foo@" + DIGEST),
        arguments(
            "legacy id is written like a tag",
            ref("", "", "foo", "tag", "abc123"),
            "foo:abc123",
            "foo:abc123",
            "foo:abc123"),
        arguments(
            "malformed digest id is a legacy id",
            ref("", "", "foo", "", "sha256:abc"),
            "foo:sha256:abc",
            "foo:sha256:abc",
            "foo:sha256:abc"),
        arguments(
            "multi-segment name",
            ref("r.io", "ns", "a/b", "t", ""),
            "a/b:t",
            "r.io/ns/a/b:t",
            "r.io/ns/a/b:t"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("serialisations")
  void serialise_reference_matchesLibraryGo(
      String scenario, ImageReference reference, String nameString, String exact, String string) {
    assertThat(reference.nameString()).isEqualTo(nameString);
    assertThat(reference.exact()).isEqualTo(exact);
    assertThat(reference.toString()).isEqualTo(string);
  }

  static Stream<Arguments> clientDefaults() {
    return Stream.of(
        arguments(
            "short name gets Docker Hub, library and latest",
            "mysql",
            ref("docker.io", "library", "mysql", "latest", "")),
        arguments(
            "other registry gets only latest",
            "quay.io/foo",
            ref("quay.io", "", "foo", "latest", "")),
        arguments(
            "latest is added even with a digest",
            "foo@" + DIGEST,
            ref("docker.io", "library", "foo", "latest", DIGEST)),
        arguments(
            "index.docker.io gets library",
            "index.docker.io/app:1",
            ref("index.docker.io", "library", "app", "1", "")),
        arguments(
            "complete reference is unchanged",
            "docker.io/user/app:1",
            ref("docker.io", "user", "app", "1", "")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("clientDefaults")
  void dockerClientDefaults_fillsDockerAssumptions(
      String scenario, String spec, ImageReference expected) {
    assertThat(ImageReference.parse(spec).dockerClientDefaults()).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}: {1} vs {2}")
  @CsvSource({
    "short name equals its full Docker Hub form, mysql, docker.io/library/mysql:latest, true",
    "registry names are not unified, mysql, index.docker.io/mysql, false",
    "tags differ, mysql:8, mysql, false",
    "latest is implied, quay.io/foo, quay.io/foo:latest, true",
    "library is added only on Docker Hub, quay.io/foo, quay.io/library/foo, false",
  })
  void equalsIgnoringDefaults_comparesDefaultedForms(
      String scenario, String left, String right, boolean equal) {
    assertThat(ImageReference.parse(left).equalsIgnoringDefaults(ImageReference.parse(right)))
        .isEqualTo(equal);
  }

  static Stream<Arguments> mostSpecific() {
    return Stream.of(
        arguments(
            "digest clears the tag",
            ref("", "", "foo", "t", DIGEST),
            ref("", "", "foo", "", DIGEST)),
        arguments(
            "legacy id moves into an empty tag",
            ref("", "", "foo", "", "abc"),
            ref("", "", "foo", "abc", "")),
        arguments(
            "legacy id with a tag is unchanged",
            ref("", "", "foo", "t", "abc"),
            ref("", "", "foo", "t", "abc")),
        arguments(
            "no id is unchanged",
            ref("r.io", "", "foo", "t", ""),
            ref("r.io", "", "foo", "t", "")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("mostSpecific")
  void mostSpecific_prefersTheId(
      String scenario, ImageReference reference, ImageReference expected) {
    assertThat(reference.mostSpecific()).isEqualTo(expected);
  }

  @Test
  void asRepository_dropsTagAndId() {
    assertThat(ImageReference.parse("quay.io/ns/foo:tag@" + DIGEST).asRepository())
        .isEqualTo(ref("quay.io", "ns", "foo", "", ""));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "namespace and name without registry or tag, quay.io/ns/foo:tag, ns/foo",
    "name only, quay.io/foo@" + DIGEST + ", foo",
    "deep path, a/b/c, a/b/c",
    "registry only has none, quay.io, ''",
  })
  void repositoryName_isThePathInsideTheRegistry(String scenario, String spec, String expected) {
    assertThat(ImageReference.parse(spec).repositoryName()).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "docker.io becomes the v2 host, docker.io, registry-1.docker.io",
    "index.docker.io becomes the v2 host, index.docker.io, registry-1.docker.io",
    "v2 host stays, registry-1.docker.io, registry-1.docker.io",
    "other registry stays, quay.io, quay.io",
    "empty registry stays empty, '', ''",
  })
  void asV2_mapsDockerHubToItsV2Host(String scenario, String registry, String expected) {
    assertThat(ref(registry, "", "foo", "", "").asV2().registry()).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "short name gets docker.io because AsV2 runs before defaulting, mysql, false, docker.io:443",
    "insecure uses port 80, mysql, true, docker.io:80",
    "docker.io is mapped to v2, docker.io/mysql, false, registry-1.docker.io:443",
    "explicit port wins over secure, localhost:5000/foo, false, localhost:5000",
    "explicit port wins over insecure, localhost:5000/foo, true, localhost:5000",
    "plain host gets 443, quay.io/foo, false, quay.io:443",
    "index.docker.io is mapped to v2, index.docker.io/foo, false, registry-1.docker.io:443",
  })
  void registryHostPort_defaultsThePort(
      String scenario, String spec, boolean insecure, String expected) {
    assertThat(ImageReference.parse(spec).registryHostPort(insecure)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "bracketed IPv6 host keeps its brackets, '[::1]:5000', '[::1]:5000'",
    "too many colons gives Go's empty host and port, 'localhost:5000@" + DIGEST + "', ':'",
    "bracket without colon after it, '[::1]x:5', ':'",
    "stray bracket in the port, 'host:5]', ':'",
  })
  void registryHostPort_followsGoSplitHostPort(String scenario, String registry, String expected) {
    assertThat(ref(registry, "", "foo", "", "").registryHostPort(false)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "drops docker.io library and latest, docker.io/library/mysql:latest, docker.io/mysql",
    "maps index.docker.io to docker.io and keeps other tags, index.docker.io/library/mysql:8, docker.io/mysql:8",
    "maps registry-1.docker.io to docker.io, registry-1.docker.io/user/app:latest, docker.io/user/app",
    "keeps library on other registries, quay.io/library/foo:latest, quay.io/library/foo",
    "short name loses only latest, mysql:latest, mysql",
  })
  void daemonMinimal_dropsDockerDefaults(String scenario, String spec, String expected) {
    assertThat(ImageReference.parse(spec).daemonMinimal().exact()).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "digest, " + DIGEST + ", true",
    "no id, '', false",
    "legacy id, abc123, false",
    "digest of the wrong length, 'sha256:abc', false",
  })
  void hasDigest_isTrueOnlyForValidDigests(String scenario, String id, boolean expected) {
    assertThat(ref("", "", "foo", "", id).hasDigest()).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "docker.io, docker.io, true",
    "v1 host, index.docker.io, true",
    "v2 host, registry-1.docker.io, true",
    "empty registry, '', false",
    "other registry, quay.io, false",
    "case matters, Docker.io, false",
  })
  void isDockerHub_knowsTheThreeHubNames(String scenario, String registry, boolean expected) {
    assertThat(ImageReference.isDockerHub(registry)).isEqualTo(expected);
  }

  @Test
  void constructor_nullComponents_becomeEmpty() {
    assertThat(new ImageReference(null, null, null, null, null)).isEqualTo(ref("", "", "", "", ""));
  }

  @Test
  void withers_replaceOneComponentEach() {
    ImageReference base = ref("r", "n", "a", "t", "i");
    assertThat(base.withRegistry("R")).isEqualTo(ref("R", "n", "a", "t", "i"));
    assertThat(base.withNamespace("N")).isEqualTo(ref("r", "N", "a", "t", "i"));
    assertThat(base.withName("A")).isEqualTo(ref("r", "n", "A", "t", "i"));
    assertThat(base.withTag("T")).isEqualTo(ref("r", "n", "a", "T", "i"));
    assertThat(base.withId("I")).isEqualTo(ref("r", "n", "a", "t", "I"));
  }

  @Test
  void minimal_dropsOnlyLatest() {
    assertThat(ref("", "", "a", "latest", "").minimal()).isEqualTo(ref("", "", "a", "", ""));
    assertThat(ref("", "", "a", "8", "").minimal()).isEqualTo(ref("", "", "a", "8", ""));
  }
}
