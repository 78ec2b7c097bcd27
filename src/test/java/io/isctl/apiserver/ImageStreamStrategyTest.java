package io.isctl.apiserver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.isctl.model.ImageStream;
import io.isctl.model.NamedTagEventList;
import io.isctl.model.ObjectReference;
import io.isctl.model.ReferencePolicyType;
import io.isctl.model.RegistryHostnames;
import io.isctl.model.TagEvent;
import io.isctl.model.TagImportPolicy;
import io.isctl.model.TagReference;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ImageStreamStrategyTest {
  static final String H = "image-registry.openshift-image-registry.svc:5000";
  static final String DIGEST =
      "sha256:ff3b3c5e3d09bf93e2a05ece04235f4ea8212f36b617161d8f11f374a14aeb74";
  static final String AMBIGUOUS_A = "sha256:1111" + "a".repeat(60);
  static final String AMBIGUOUS_B = "sha256:1111" + "b".repeat(60);
  final Map<String, ImageStream> others = new HashMap<>();
  final ImageStreamStrategy strategy =
      new ImageStreamStrategy(
          new RegistryHostnames(H, "route.example.com"),
          (ns, name) -> Optional.ofNullable(others.get(ns + "/" + name)),
          Clock.fixed(Instant.parse("2026-01-02T03:04:05Z"), ZoneOffset.UTC));

  static TagReference tag(String name, ObjectReference from, boolean reference, Long generation) {
    return new TagReference(
        name,
        null,
        from,
        reference,
        generation,
        TagImportPolicy.DEFAULT,
        ReferencePolicyType.SOURCE,
        null);
  }

  static TagEvent event(String reference, String image) {
    return new TagEvent("2026-01-02T03:04:05Z", reference, image, 1);
  }

  static ImageStream withTags(String name, TagReference... tags) {
    ImageStream stream = ImageStream.named("ns", name);
    return stream.withSpec(stream.spec().withTags(List.of(tags)));
  }

  @Test
  void create_setsGenerationOneEverywhere_andTheRepositories() {
    ImageStream created =
        strategy.create(
            withTags("s", tag("t", ObjectReference.dockerImage("quay.io/a/b:1"), false, 0L)));

    assertThat(created.metadata().generation()).isEqualTo(1L);
    assertThat(created.metadata().creationTimestamp()).isEqualTo("2026-01-02T03:04:05Z");
    assertThat(created.spec().tag("t").orElseThrow().generation()).isEqualTo(1L);
    assertThat(created.status().dockerImageRepository()).isEqualTo(H + "/ns/s");
    assertThat(created.status().publicDockerImageRepository()).isEqualTo("route.example.com/ns/s");
    assertThat(created.status().tags())
        .as("a Docker image waits for the import controller")
        .isEmpty();
  }

  @Test
  void create_referenceTag_recordsThePullSpecVerbatim() {
    ImageStream created =
        strategy.create(
            withTags("s", tag("t", ObjectReference.dockerImage("quay.io/a/b:1"), true, 0L)));

    assertThat(created.status().latest("t"))
        .contains(new TagEvent("2026-01-02T03:04:05Z", "quay.io/a/b:1", "", 1));
  }

  @Test
  void update_unchangedSpec_keepsTheGeneration() {
    ImageStream stored =
        strategy.create(
            withTags("s", tag("t", ObjectReference.dockerImage("quay.io/a/b:1"), true, 0L)));

    ImageStream updated = strategy.update(stored, stored);

    assertThat(updated.metadata().generation()).isEqualTo(1L);
  }

  @Test
  void update_clientChosenGeneration_isResetToTheStoredOne() {
    ImageStream stored =
        strategy.create(
            withTags("s", tag("t", ObjectReference.dockerImage("quay.io/a/b:1"), false, 0L)));
    ImageStream requested =
        stored.withSpec(
            stored.spec().withTag(stored.spec().tag("t").orElseThrow().withGeneration(42L)));

    ImageStream updated = strategy.update(stored, requested);

    assertThat(updated.metadata().generation()).isEqualTo(1L);
    assertThat(updated.spec().tag("t").orElseThrow().generation()).isEqualTo(1L);
  }

  @Test
  void update_generationZero_bumpsTheStreamAndTheTag() {
    ImageStream stored =
        strategy.create(
            withTags("s", tag("t", ObjectReference.dockerImage("quay.io/a/b:1"), false, 0L)));
    ImageStream requested =
        stored.withSpec(
            stored.spec().withTag(stored.spec().tag("t").orElseThrow().withGeneration(0L)));

    ImageStream updated = strategy.update(stored, requested);

    assertThat(updated.metadata().generation()).isEqualTo(2L);
    assertThat(updated.spec().tag("t").orElseThrow().generation()).isEqualTo(2L);
  }

  @Test
  void update_policyOnlyChange_bumpsTheStreamButNotTheTag() {
    ImageStream stored =
        strategy.create(
            withTags("s", tag("t", ObjectReference.dockerImage("quay.io/a/b:1"), false, 0L)));
    TagReference local =
        stored.spec().tag("t").orElseThrow().withReferencePolicy(ReferencePolicyType.LOCAL);

    ImageStream updated = strategy.update(stored, stored.withSpec(stored.spec().withTag(local)));

    assertThat(updated.metadata().generation()).isEqualTo(2L);
    assertThat(updated.spec().tag("t").orElseThrow().generation())
        .as("referencePolicy is not part of tagRefChanged")
        .isEqualTo(1L);
  }

  @Test
  void imageStreamImage_fromTheIntegratedRegistry_isRewrittenToTheDestination() {
    ImageStream source = ImageStream.named("src-ns", "src");
    source =
        source.withStatus(
            source
                .status()
                .withTag(
                    NamedTagEventList.of(
                        "mytag",
                        List.of(new TagEvent("t0", H + "/src-ns/src@" + DIGEST, DIGEST, 1)),
                        List.of())));
    others.put("src-ns/src", source);

    ImageStream created =
        strategy.create(
            withTags(
                "dest",
                tag(
                    "mytag",
                    ObjectReference.of("ImageStreamImage", "src-ns", "src@" + DIGEST),
                    false,
                    null)));

    TagEvent event = created.status().latest("mytag").orElseThrow();
    assertThat(event.dockerImageReference()).isEqualTo(H + "/ns/dest@" + DIGEST);
    assertThat(event.created()).isEqualTo("2026-01-02T03:04:05Z");
  }

  @Test
  void imageStreamImage_thatMatchesNothing_isRefusedAtItsFieldPath_inTheServersWords() {
    others.put("ns/src", ImageStream.named("ns", "src"));

    assertThatThrownBy(
            () ->
                strategy.create(
                    withTags(
                        "dest",
                        tag(
                            "mytag",
                            ObjectReference.of("ImageStreamImage", "", "src@sha256:abc"),
                            false,
                            null))))
        .isInstanceOf(ApiException.class)
        .hasMessage(
            "ImageStream.image.openshift.io \"dest\" is invalid: []: Internal error: "
                + "imagestreams \"dest\" is invalid: spec.tags[mytag].from.name: "
                + "Invalid value: \"src@sha256:abc\": error generating tag event: "
                + "imagestreamimage.image.openshift.io \"sha256:abc\" not found");
  }

  static Stream<Arguments> refusedSources() {
    ImageStream twoImages = ImageStream.named("ns", "amb");
    twoImages =
        twoImages.withStatus(
            twoImages
                .status()
                .withTag(
                    NamedTagEventList.of(
                        "t",
                        List.of(
                            event("quay.io/a/b@" + AMBIGUOUS_A, AMBIGUOUS_A),
                            event("quay.io/a/b@" + AMBIGUOUS_B, AMBIGUOUS_B)),
                        List.of())));
    return Stream.of(
        Arguments.of(
            "a source stream that is missing",
            ObjectReference.of("ImageStreamTag", "other", "nosuch:latest"),
            null,
            "spec.tags[t].from.name: Not found: \"nosuch:latest\""),
        Arguments.of(
            "a name of the wrong form",
            ObjectReference.of("ImageStreamTag", "", "a:b:c"),
            null,
            "spec.tags[t].from.name: Invalid value: \"a:b:c\": "
                + "must be of the form <tag>, <repo>:<tag>, <id>, or <repo>@<id>"),
        Arguments.of(
            "an id that is the prefix of two images",
            ObjectReference.of("ImageStreamImage", "", "amb@1111"),
            twoImages,
            "spec.tags[t].from.name: Invalid value: \"amb@1111\": error generating tag event: "
                + "Operation cannot be fulfilled on imagestreamimage.image.openshift.io \"1111\": "
                + "multiple images match the prefix \"1111\": "
                + AMBIGUOUS_A
                + ", "
                + AMBIGUOUS_B));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("refusedSources")
  void aSourceTheServerCannotRead_isRefusedAtItsFieldPath(
      String scenario, ObjectReference from, ImageStream source, String cause) {
    if (source != null) {
      others.put("ns/" + source.name(), source);
    }

    assertThatThrownBy(() -> strategy.create(withTags("s", tag("t", from, false, null))))
        .isInstanceOf(ApiException.class)
        .hasMessage(
            "ImageStream.image.openshift.io \"s\" is invalid: []: Internal error: "
                + "imagestreams \"s\" is invalid: "
                + cause);
  }

  @Test
  void tagErrorsAndValidationErrors_areRefusedTogether() {
    ImageStream both =
        withTags(
            "s",
            tag("a", ObjectReference.of("ImageStreamTag", "other", "nosuch:1"), false, null),
            tag("b", ObjectReference.dockerImage("Not A Reference"), true, null));

    assertThatThrownBy(() -> strategy.create(both))
        .isInstanceOfSatisfying(
            ApiException.class,
            e ->
                assertThat(e.causes())
                    .extracting(FieldError::field)
                    .containsExactly(
                        "[]",
                        "spec.tags[b].from.name",
                        "status.tags[b].items[0].dockerImageReference"))
        .hasMessageStartingWith(
            "ImageStream.image.openshift.io \"s\" is invalid: [[]: Internal error: imagestreams \"s\" "
                + "is invalid: spec.tags[a].from.name: Not found: \"nosuch:1\", spec.tags[b].from.name: "
                + "Invalid value: \"Not A Reference\": ");
  }

  @Test
  void imageStreamTag_withoutHistory_isAcceptedWithNoStatus() {
    others.put("ns/src", ImageStream.named("ns", "src"));

    ImageStream created =
        strategy.create(
            withTags(
                "dest",
                tag("t", ObjectReference.of("ImageStreamTag", "", "src:missing"), false, null)));

    assertThat(created.status().tags()).isEmpty();
  }

  @Test
  void aliasInTheSameStream_followsItsSourceTag() {
    ImageStream stored =
        strategy.create(
            withTags(
                "s",
                tag("a", ObjectReference.dockerImage("quay.io/a/b:1"), true, 0L),
                tag("latest", ObjectReference.of("ImageStreamTag", "", "a"), false, null)));
    assertThat(stored.status().latest("latest").orElseThrow().dockerImageReference())
        .isEqualTo("quay.io/a/b:1");

    TagReference moved = tag("a", ObjectReference.dockerImage("quay.io/a/b:2"), true, null);
    ImageStream updated = strategy.update(stored, stored.withSpec(stored.spec().withTag(moved)));

    assertThat(updated.status().latest("latest").orElseThrow().dockerImageReference())
        .isEqualTo("quay.io/a/b:2");
    // Reference tags have no image id, so "same image" holds and the server corrects the entry in
    // place.
    assertThat(updated.status().tag("latest").orElseThrow().items()).hasSize(1);
  }

  @Test
  void validation_rejectsScheduledImportOfAnotherStream() {
    others.put("ns/x", ImageStream.named("ns", "x"));
    TagReference scheduled =
        new TagReference(
            "t",
            null,
            ObjectReference.of("ImageStreamTag", "", "x:y"),
            false,
            null,
            new TagImportPolicy(false, true, "Legacy"),
            ReferencePolicyType.SOURCE,
            null);

    assertThatThrownBy(() -> strategy.create(withTags("s", scheduled)))
        .isInstanceOf(ApiException.class)
        .hasMessage(
            "ImageStream.image.openshift.io \"s\" is invalid: spec.tags[t].importPolicy.scheduled: "
                + "Invalid value: true: only tags pointing to Docker repositories may be scheduled for background import");
  }

  @Test
  void validation_rejectsUnknownKinds() {
    assertThatThrownBy(
            () ->
                strategy.create(
                    withTags("s", tag("t", ObjectReference.of("Image", "", "x"), false, null))))
        .hasMessage(
            "ImageStream.image.openshift.io \"s\" is invalid: [[]: Internal error: imagestreams \"s\" "
                + "is invalid: spec.tags[t].from.name: Invalid value: \"x\": must be of the form <tag>, "
                + "<repo>:<tag>, <id>, or <repo>@<id>, spec.tags[t].from.kind: Required value: valid "
                + "values are 'DockerImage', 'ImageStreamImage', 'ImageStreamTag']");
  }

  @Test
  void tagRefChanged_ignoresPoliciesButNotTheSource() {
    TagReference old = tag("t", ObjectReference.dockerImage("a:1"), false, 3L);

    assertThat(
            ImageStreamStrategy.tagRefChanged(
                old, old.withReferencePolicy(ReferencePolicyType.LOCAL), "ns"))
        .isFalse();
    assertThat(
            ImageStreamStrategy.tagRefChanged(
                old, old.withFrom(ObjectReference.dockerImage("a:2")), "ns"))
        .isTrue();
    assertThat(ImageStreamStrategy.tagRefChanged(old, old.withGeneration(0L), "ns")).isTrue();
    assertThat(
            ImageStreamStrategy.tagRefChanged(
                old, old.withFrom(ObjectReference.of("DockerImage", "ns", "a:1")), "ns"))
        .as("an empty from.namespace means the stream's own")
        .isFalse();
  }
}
