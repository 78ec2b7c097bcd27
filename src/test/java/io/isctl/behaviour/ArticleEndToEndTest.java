package io.isctl.behaviour;

import static io.isctl.testing.Fixtures.EXTERNAL_DIGEST;
import static io.isctl.testing.Fixtures.EXTERNAL_TAG;
import static io.isctl.testing.Fixtures.INTERNAL;
import static io.isctl.testing.Fixtures.INTERNAL_DIGEST;
import static org.assertj.core.api.Assertions.assertThat;

import io.isctl.model.ImageStream;
import io.isctl.model.ObjectReference;
import io.isctl.model.TagReference;
import io.isctl.store.FileImageStreamStore;
import io.isctl.testing.ArticleCluster;
import io.isctl.testing.CliResult;
import io.isctl.testing.CliRunner;
import io.isctl.testing.Fixtures;
import io.isctl.testing.LocalRegistry;
import io.isctl.testing.TestPlatform;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * imagestreams-behaviour.md end to end, with the article's own names and command lines and no
 * --offline: {@code docker.io/balazsszeti/hello:sleeper} is served by a loopback registry through
 * an ImageTagMirrorSet, the internal image is pushed to a second one (the integrated registry's
 * mirror) and picked up by {@code sync}. Every stream must come out as the article's cluster stored
 * it, with the real digests.
 */
class ArticleEndToEndTest {
  @RegisterExtension static final LocalRegistry HUB = LocalRegistry.open();
  @RegisterExtension static final LocalRegistry INTEGRATED = LocalRegistry.open();

  static ArticleCluster cluster;

  /** The digests of the images pushed here, standing in for the article's 4295… and ff3b…. */
  static String external;

  static String internal;

  @TempDir Path dir;
  CliRunner isctl;

  @BeforeAll
  static void pushTheArticlesImages() {
    cluster = new ArticleCluster(HUB, INTEGRATED);
    external =
        cluster
            .hubImages()
            .schema2("balazsszeti/hello", "sleeper", TestPlatform.LINUX_AMD64, "sleeper")
            .digest();
    internal =
        cluster
            .integratedImages()
            .schema2(
                "myproject/myimage-internal",
                "mytag",
                TestPlatform.LINUX_AMD64,
                "built in the cluster")
            .digest();
  }

  @BeforeEach
  void createTheFiveVariations() {
    isctl = new CliRunner(cluster.newStore(dir)).env("ISCTL_NAMESPACE", "myproject");
    assertThat(ok("tag", EXTERNAL_TAG, "myproject/myimage-ref-source:mytag"))
        .isEqualTo("Tag myimage-ref-source:mytag set to " + EXTERNAL_TAG + ".\n");
    ok("tag", EXTERNAL_TAG, "myproject/myimage-ref-local:mytag", "--reference-policy=local");
    ok("tag", EXTERNAL_TAG, "myproject/myimage-reference:mytag", "--reference=true");
    assertThat(ok("sync"))
        .isEqualTo("myproject/myimage-internal:mytag: " + internal + " (pushed)\n");
  }

  private String ok(String... args) {
    CliResult result = isctl.run(args);
    assertThat(result).as(String.join(" ", args)).succeeded();
    return result.out();
  }

  private String podImage(String streamTag) {
    return ok("resolve", "myproject/" + streamTag).strip();
  }

  private ImageStream stream(String name) {
    return new FileImageStreamStore(isctl.store()).find("myproject", name).orElseThrow();
  }

  /**
   * The article's stream as its cluster printed it, with what only a real cluster adds taken out.
   */
  private String asTheArticlesClusterStoredIt(String name) {
    String seed =
        Fixtures.read(Fixtures.projectRoot().resolve("examples/seed/myproject/" + name + ".yaml"));
    return seed.replaceAll("(?m)^ +(uid|resourceVersion): .*\\n", "")
        .replace(
            "  labels:\n    build: myimage-internal\n", "") // a build's label; a push sets none
        .replaceAll("\"2019-08-08T\\d\\d:\\d\\d:\\d\\dZ\"", "\"" + CliRunner.NOW + "\"")
        .replace(EXTERNAL_DIGEST, external)
        .replace(INTERNAL_DIGEST, internal);
  }

  @ParameterizedTest
  @CsvSource({"myimage-ref-source", "myimage-ref-local", "myimage-reference", "myimage-internal"})
  void everyVariation_isStoredExactlyAsTheArticlesCluster(String name) {
    assertThat(Fixtures.read(isctl.store().resolve("myproject/" + name + ".yaml")))
        .isEqualTo(asTheArticlesClusterStoredIt(name));
  }

  @Test
  void podImages_areTheTables() {
    assertThat(podImage("myimage-ref-source:mytag"))
        .isEqualTo("docker.io/balazsszeti/hello@" + external);
    assertThat(podImage("myimage-ref-local:mytag"))
        .isEqualTo(INTERNAL + "/myproject/myimage-ref-local@" + external);
    assertThat(podImage("myimage-reference:mytag")).isEqualTo(EXTERNAL_TAG);
    assertThat(podImage("myimage-internal:mytag"))
        .isEqualTo(INTERNAL + "/myproject/myimage-internal@" + internal);
  }

  @Test
  void importImageWithConfirm_isTheSameAsTag() {
    ok("import-image", "myproject/imported:mytag", "--from=" + EXTERNAL_TAG, "--confirm");

    TagReference imported = stream("imported").spec().tag("mytag").orElseThrow();
    TagReference tagged = stream("myimage-ref-source").spec().tag("mytag").orElseThrow();
    assertThat(imported.withGeneration(null)).isEqualTo(tagged.withGeneration(null));
    assertThat(stream("imported").status().tag("mytag").orElseThrow().items())
        .extracting(e -> e.dockerImageReference() + " " + e.image())
        .containsExactly("docker.io/balazsszeti/hello@" + external + " " + external);
    assertThat(podImage("imported:mytag")).isEqualTo(podImage("myimage-ref-source:mytag"));
  }

  @Test
  void referenceWithLocalPolicy_changesNothingForThePod() {
    ok(
        "tag",
        EXTERNAL_TAG,
        "myproject/myimage-reference-local:mytag",
        "--reference=true",
        "--reference-policy=local");

    assertThat(podImage("myimage-reference-local:mytag")).isEqualTo(EXTERNAL_TAG);
  }

  @ParameterizedTest
  @CsvSource({
    "myimage-ref-source, docker.io/balazsszeti/hello@EXTERNAL",
    "myimage-ref-local, INTERNAL/myproject/myimage-ref-local@EXTERNAL",
    "myimage-reference, INTERNAL/myproject/myimage-reference:mytag",
    "myimage-internal, INTERNAL/myproject/myimage-internal@IMAGE_INTERNAL"
  })
  void plainPodThroughLookup_getsTheTablesImage(String name, String expected) {
    assertThat(ok("set", "image-lookup", name))
        .isEqualTo("imagestream.image.openshift.io/" + name + " image lookup updated\n");

    assertThat(ok("resolve", name + ":mytag", "--via=lookup").strip())
        .isEqualTo(
            expected
                .replace("IMAGE_INTERNAL", internal)
                .replace("INTERNAL", INTERNAL)
                .replace("EXTERNAL", external));
  }

  /**
   * Rows: the source; columns: the flags of the {@code oc tag} that made DEST; then DEST's Pod
   * image.
   */
  static Stream<Arguments> fromAnotherStream() {
    List<Arguments> cells = new ArrayList<>();
    for (String src : List.of("myimage-ref-source", "myimage-ref-local")) {
      cells.add(Arguments.of(src, "", "docker.io/balazsszeti/hello@EXTERNAL"));
      cells.add(Arguments.of(src, "--reference=true", "docker.io/balazsszeti/hello@EXTERNAL"));
      cells.add(Arguments.of(src, "--reference-policy=local", "INTERNAL/myproject/DEST@EXTERNAL"));
    }
    cells.add(Arguments.of("myimage-reference", "", "docker.io/balazsszeti/hello@EXTERNAL"));
    cells.add(Arguments.of("myimage-reference", "--reference=true", EXTERNAL_TAG));
    cells.add(
        Arguments.of(
            "myimage-reference", "--reference-policy=local", "INTERNAL/myproject/DEST@EXTERNAL"));
    cells.add(Arguments.of("myimage-internal", "", "INTERNAL/myproject/DEST@IMAGE_INTERNAL"));
    cells.add(
        Arguments.of(
            "myimage-internal",
            "--reference=true",
            "INTERNAL/myproject/myimage-internal@IMAGE_INTERNAL"));
    cells.add(
        Arguments.of(
            "myimage-internal",
            "--reference-policy=local",
            "INTERNAL/myproject/DEST@IMAGE_INTERNAL"));
    return cells.stream();
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("fromAnotherStream")
  void fromAnotherStream_podImageIsTheTables(String src, String flag, String expected) {
    String dest =
        "fromis-"
            + (flag.isEmpty()
                ? "ref-source"
                : flag.startsWith("--reference=") ? "reference" : "ref-local")
            + "-"
            + src;
    List<String> args =
        new ArrayList<>(
            List.of("tag", "myproject/" + src + ":mytag", "myproject/" + dest + ":mytag"));
    if (!flag.isEmpty()) {
      args.add(flag);
    }

    ok(args.toArray(String[]::new));

    TagReference spec = stream(dest).spec().tag("mytag").orElseThrow();
    if (src.equals("myimage-reference")) {
      // No trace of SRC: a container image tag, imported (or kept as a reference) like any other.
      assertThat(spec.from()).isEqualTo(ObjectReference.dockerImage(EXTERNAL_TAG));
    } else {
      String digest = src.equals("myimage-internal") ? internal : external;
      assertThat(spec.from())
          .isEqualTo(ObjectReference.of("ImageStreamImage", "myproject", src + "@" + digest));
    }
    assertThat(spec.reference()).isEqualTo(flag.equals("--reference=true"));
    assertThat(podImage(dest + ":mytag"))
        .isEqualTo(
            expected
                .replace("DEST", dest)
                .replace("IMAGE_INTERNAL", internal)
                .replace("INTERNAL", INTERNAL)
                .replace("EXTERNAL", external));
  }

  @Test
  void secondSync_changesNothing_andSaysSoOnlyWhenVerbose() {
    String before = Fixtures.read(isctl.store().resolve("myproject/myimage-internal.yaml"));

    assertThat(ok("sync")).isEmpty();
    assertThat(ok("sync", "-v")).isEqualTo("myproject/myimage-internal:mytag: unchanged\n");
    assertThat(Fixtures.read(isctl.store().resolve("myproject/myimage-internal.yaml")))
        .isEqualTo(before);
  }
}
