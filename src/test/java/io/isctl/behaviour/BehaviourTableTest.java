package io.isctl.behaviour;

import static io.isctl.testing.Fixtures.EXTERNAL_BY_DIGEST;
import static io.isctl.testing.Fixtures.EXTERNAL_DIGEST;
import static io.isctl.testing.Fixtures.EXTERNAL_TAG;
import static io.isctl.testing.Fixtures.INTERNAL;
import static io.isctl.testing.Fixtures.INTERNAL_DIGEST;
import static org.assertj.core.api.Assertions.assertThat;

import io.isctl.model.ImageStream;
import io.isctl.model.ObjectReference;
import io.isctl.model.ReferencePolicyType;
import io.isctl.model.TagEvent;
import io.isctl.model.TagReference;
import io.isctl.store.FileImageStreamStore;
import io.isctl.testing.CliResult;
import io.isctl.testing.CliRunner;
import io.isctl.testing.Fixtures;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every row of imagestreams-behaviour.md that needs no registry, reproduced through the command
 * line on a copy of the bundled example store: spec, status and the Pod image, byte for byte.
 */
class BehaviourTableTest {
  @TempDir Path dir;
  CliRunner isctl;
  FileImageStreamStore store;

  @BeforeEach
  void seed() {
    Path root = Fixtures.seedStore(dir);
    isctl = new CliRunner(root).env("ISCTL_NAMESPACE", "myproject");
    store = new FileImageStreamStore(root);
  }

  ImageStream stream(String name) {
    return store.find("myproject", name).orElseThrow();
  }

  String podImage(String streamTag) {
    CliResult result = isctl.run("resolve", "myproject/" + streamTag);
    assertThat(result).succeeded();
    return result.line();
  }

  @Nested
  class FiveVariations {
    @Test
    void external_podPullsTheSourceRegistryByDigest() {
      assertThat(podImage("myimage-ref-source:mytag")).isEqualTo(EXTERNAL_BY_DIGEST);
    }

    @Test
    void pullthrough_podPullsTheIntegratedRegistryByDigest() {
      assertThat(podImage("myimage-ref-local:mytag"))
          .isEqualTo(INTERNAL + "/myproject/myimage-ref-local@" + EXTERNAL_DIGEST);
    }

    @Test
    void reference_podPullsTheFloatingTag() {
      assertThat(podImage("myimage-reference:mytag")).isEqualTo(EXTERNAL_TAG);
    }

    @Test
    void internal_podPullsItsOwnRepositoryByDigest() {
      assertThat(podImage("myimage-internal:mytag"))
          .isEqualTo(INTERNAL + "/myproject/myimage-internal@" + INTERNAL_DIGEST);
    }

    @Test
    void tagDockerImage_recordsTheSpecTagAsOcDoes_andLeavesTheImportPending() {
      CliResult result =
          isctl.run("--offline", "tag", EXTERNAL_TAG, "myproject/new-ref-source:mytag");

      assertThat(result)
          .succeeded()
          .outIs("Tag new-ref-source:mytag set to " + EXTERNAL_TAG + ".\n")
          .outDoesNotContain("myproject/")
          .errContains("pending import of " + EXTERNAL_TAG);
      ImageStream created = stream("new-ref-source");
      TagReference tag = created.spec().tag("mytag").orElseThrow();
      assertThat(tag.from()).isEqualTo(ObjectReference.dockerImage(EXTERNAL_TAG));
      assertThat(tag.reference()).isFalse();
      assertThat(tag.referencePolicy()).isEqualTo(ReferencePolicyType.SOURCE);
      assertThat(tag.generation()).isEqualTo(1L);
      assertThat(created.status().tags()).isEmpty();
      assertThat(created.status().dockerImageRepository())
          .isEqualTo(INTERNAL + "/myproject/new-ref-source");
    }

    @Test
    void tagDockerImageWithLocalPolicy_recordsLocal() {
      isctl.run(
          "--offline",
          "tag",
          EXTERNAL_TAG,
          "myproject/new-ref-local:mytag",
          "--reference-policy=local");

      assertThat(stream("new-ref-local").spec().tag("mytag").orElseThrow().referencePolicy())
          .isEqualTo(ReferencePolicyType.LOCAL);
    }

    @Test
    void tagReference_recordsThePullSpecAsWritten_withNoImageId() {
      CliResult result =
          isctl.run("tag", EXTERNAL_TAG, "myproject/new-reference:mytag", "--reference=true");

      assertThat(result).succeeded().errIsEmpty();
      ImageStream created = stream("new-reference");
      assertThat(created.spec().tag("mytag").orElseThrow().reference()).isTrue();
      TagEvent event = created.status().latest("mytag").orElseThrow();
      assertThat(event.dockerImageReference()).isEqualTo(EXTERNAL_TAG);
      assertThat(event.image()).isEmpty();
      assertThat(event.generation()).isEqualTo(1);
      assertThat(podImage("new-reference:mytag")).isEqualTo(EXTERNAL_TAG);
    }

    @Test
    void tagReferenceWithLocalPolicy_changesNothingForThePod() {
      isctl.run(
          "tag",
          EXTERNAL_TAG,
          "myproject/new-reference-local:mytag",
          "--reference",
          "--reference-policy=local");

      assertThat(podImage("new-reference-local:mytag")).isEqualTo(EXTERNAL_TAG);
    }
  }

  @Nested
  class PlainPodThroughLookup {
    String lookup(String stream) {
      CliResult enabled = isctl.run("-n", "myproject", "set", "image-lookup", stream);
      assertThat(enabled.out())
          .isEqualTo("imagestream.image.openshift.io/" + stream + " image lookup updated\n");
      CliResult result = isctl.run("-n", "myproject", "resolve", stream + ":mytag", "--via=lookup");
      assertThat(result).succeeded();
      return result.line();
    }

    @Test
    void withoutLookup_aPlainPodCannotUseTheStream() {
      CliResult result =
          isctl.run("-n", "myproject", "resolve", "myimage-ref-source:mytag", "--via=lookup");

      assertThat(result).failedWith(1).outIsEmpty().errContains("does not allow local references");
    }

    @Test
    void external() {
      assertThat(lookup("myimage-ref-source")).isEqualTo(EXTERNAL_BY_DIGEST);
    }

    @Test
    void pullthrough() {
      assertThat(lookup("myimage-ref-local"))
          .isEqualTo(INTERNAL + "/myproject/myimage-ref-local@" + EXTERNAL_DIGEST);
    }

    @Test
    void reference_getsTheBrokenIntegratedRegistryPullByTag() {
      assertThat(lookup("myimage-reference"))
          .isEqualTo(INTERNAL + "/myproject/myimage-reference:mytag");
    }

    @Test
    void internal() {
      assertThat(lookup("myimage-internal"))
          .isEqualTo(INTERNAL + "/myproject/myimage-internal@" + INTERNAL_DIGEST);
    }

    @Test
    void otherNamespace_isNotConsulted() {
      isctl.run("-n", "myproject", "set", "image-lookup", "myimage-ref-source");
      isctl.run("-n", "other", "tag", "myproject/myimage-internal:mytag", "unrelated:mytag");

      CliResult inMyproject =
          isctl.run("-n", "myproject", "resolve", "myimage-ref-source:mytag", "--via=lookup");
      CliResult inOther =
          isctl.run("-n", "other", "resolve", "myimage-ref-source:mytag", "--via=lookup");

      assertThat(inMyproject).succeeded();
      assertThat(inOther).failedWith(1).errContains("no image stream other/myimage-ref-source");
    }
  }

  /**
   * The from-another-stream table: rows are the source, columns the flags of the tag that made
   * DEST.
   */
  static Stream<Arguments> fromAnotherStream() {
    String d1 = EXTERNAL_BY_DIGEST;
    List<Arguments> rows = new ArrayList<>();
    for (String src : List.of("myimage-ref-source", "myimage-ref-local")) {
      rows.add(Arguments.of(src, "", d1, d1));
      rows.add(Arguments.of(src, "--reference=true", d1, d1));
      rows.add(
          Arguments.of(
              src,
              "--reference-policy=local",
              d1,
              INTERNAL + "/myproject/DEST@" + EXTERNAL_DIGEST));
    }
    rows.add(Arguments.of("myimage-reference", "--reference=true", EXTERNAL_TAG, EXTERNAL_TAG));
    String internalSource = INTERNAL + "/myproject/myimage-internal@" + INTERNAL_DIGEST;
    String internalDest = INTERNAL + "/myproject/DEST@" + INTERNAL_DIGEST;
    rows.add(Arguments.of("myimage-internal", "", internalDest, internalDest));
    rows.add(Arguments.of("myimage-internal", "--reference=true", internalSource, internalSource));
    rows.add(
        Arguments.of("myimage-internal", "--reference-policy=local", internalDest, internalDest));
    return rows.stream();
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("fromAnotherStream")
  void fromAnotherStream_specStatusAndPodImage(
      String src, String flag, String statusRef, String podImage) {
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

    CliResult result = isctl.run(args.toArray(String[]::new));

    assertThat(result).succeeded();
    ImageStream created = stream(dest);
    TagReference spec = created.spec().tag("mytag").orElseThrow();
    String digest = src.equals("myimage-internal") ? INTERNAL_DIGEST : EXTERNAL_DIGEST;
    if (src.equals("myimage-reference")) {
      assertThat(spec.from()).isEqualTo(ObjectReference.dockerImage(EXTERNAL_TAG));
    } else {
      assertThat(spec.from())
          .isEqualTo(ObjectReference.of("ImageStreamImage", "myproject", src + "@" + digest));
      assertThat(result.out())
          .isEqualTo("Tag " + dest + ":mytag set to myproject/" + src + "@" + digest + ".\n");
    }
    TagEvent event = created.status().latest("mytag").orElseThrow();
    assertThat(event.dockerImageReference()).isEqualTo(statusRef.replace("DEST", dest));
    assertThat(event.image()).isEqualTo(src.equals("myimage-reference") ? "" : digest);
    assertThat(podImage(dest + ":mytag")).isEqualTo(podImage.replace("DEST", dest));
  }

  @Test
  void fromReferenceSourceWithoutFlag_becomesADockerImageTagThatNeedsAnImport() {
    CliResult result =
        isctl.run(
            "--offline",
            "tag",
            "myproject/myimage-reference:mytag",
            "myproject/fromis-ref-source-myimage-reference:mytag");

    assertThat(result)
        .succeeded()
        .outIs("Tag fromis-ref-source-myimage-reference:mytag set to " + EXTERNAL_TAG + ".\n");
    ImageStream created = stream("fromis-ref-source-myimage-reference");
    assertThat(created.spec().tag("mytag").orElseThrow().importable()).isTrue();
    assertThat(created.status().tags()).isEmpty();
    CliResult resolve = isctl.run("resolve", "myproject/fromis-ref-source-myimage-reference:mytag");
    assertThat(resolve).failedWith(1).errContains("pending import of " + EXTERNAL_TAG);
  }

  @Test
  void destinationDoesNotFollowTheSourceAfterwards() {
    isctl.run("tag", "myproject/myimage-internal:mytag", "myproject/copy:mytag");
    isctl.run("tag", EXTERNAL_TAG, "myproject/myimage-internal:mytag", "--reference");

    assertThat(podImage("copy:mytag")).isEqualTo(INTERNAL + "/myproject/copy@" + INTERNAL_DIGEST);
  }

  @Test
  void scheduledIsRefusedForAnotherStreamAsSource() {
    CliResult result =
        isctl.run("tag", "myproject/myimage-internal:mytag", "myproject/copy:mytag", "--scheduled");

    assertThat(result)
        .failedWith(2)
        .errIs(
            "error: only container images can have importing flags set (see 'isctl tag --help')\n");
  }
}
