package io.isctl.resolve;

import static io.isctl.resolve.Streams.EXTERNAL_BY_DIGEST;
import static io.isctl.resolve.Streams.EXTERNAL_ID;
import static io.isctl.resolve.Streams.EXTERNAL_TAG;
import static io.isctl.resolve.Streams.INTERNAL;
import static io.isctl.resolve.Streams.INTERNAL_ID;
import static io.isctl.resolve.Streams.NS;
import static io.isctl.resolve.Streams.event;
import static io.isctl.resolve.Streams.id;
import static io.isctl.resolve.Streams.stream;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import io.isctl.model.ImageStream;
import io.isctl.model.ObjectReference;
import io.isctl.model.ReferencePolicyType;
import io.isctl.model.TagEventCondition;
import io.isctl.resolve.TagExplainer.Answer;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code isctl explain}: the facts of one tag, and the article's four questions answered per
 * variation (imagestreams-behaviour.md, "The same five questions for each variation").
 */
class TagExplainerTest {
  static final String SINCE = " (since 2019-08-08T17:50:46Z, generation 2)";
  static final String WHILE_DOWN = "Does the Pod work while the external registry is down?";
  static final String TAG_MOVES = "What happens when the external tag moves?";
  static final String PLAIN_POD = "Can a plain Pod use s:mytag?";
  static final String ROLLBACK = "Does a DeploymentConfig rollback bring the old image back?";
  static final String REIMPORT =
      "re-import with 'isctl tag' or 'isctl import-image', or set --scheduled";

  static List<Answer> questions(Streams builder) {
    ImageStream stream = builder.build();
    TagVariation variation = TagVariation.of(stream, "mytag", INTERNAL);
    Resolution lookup =
        new LookupResolver(Streams.source(stream), INTERNAL).resolve("s:mytag", NS, false);
    return TagExplainer.questions(stream, "mytag", variation, lookup);
  }

  static Stream<Arguments> articleQuestions() {
    return Stream.of(
        arguments(
            "1 external, with lookup",
            stream("s")
                .lookupLocal()
                .tracks("mytag", EXTERNAL_TAG)
                .history("mytag", event(EXTERNAL_BY_DIGEST, EXTERNAL_ID)),
            List.of(
                "no: Pods pull from docker.io",
                "nothing: pinned by sha256 until " + REIMPORT,
                "yes, in namespace myproject only: s:mytag becomes " + EXTERNAL_BY_DIGEST,
                "yes, while the old image still exists in docker.io")),
        arguments(
            "1 external, scheduled, without lookup",
            stream("s")
                .tracks("mytag", EXTERNAL_TAG)
                .scheduled("mytag")
                .history("mytag", event(EXTERNAL_BY_DIGEST, EXTERNAL_ID)),
            List.of(
                "no: Pods pull from docker.io",
                "nothing: pinned by sha256 until re-imported on schedule ('isctl sync')",
                "no: lookupPolicy.local is false ('isctl set image-lookup s' enables it, in"
                    + " namespace myproject only)",
                "yes, while the old image still exists in docker.io")),
        arguments(
            "2 pullthrough, with lookup",
            stream("s")
                .lookupLocal()
                .tracksThroughIntegratedRegistry("mytag", EXTERNAL_TAG)
                .history("mytag", event(EXTERNAL_BY_DIGEST, EXTERNAL_ID)),
            List.of(
                "yes, once the image has been pulled once (the integrated registry caches it)",
                "nothing: pinned by sha256 until "
                    + REIMPORT
                    + "; the new image is cached when first used",
                "yes, in namespace myproject only: s:mytag becomes "
                    + INTERNAL
                    + "/myproject/s@"
                    + EXTERNAL_ID,
                "yes, while it is not pruned from the integrated registry (1 image in the tag's"
                    + " history)")),
        arguments(
            "3 reference, with lookup",
            stream("s")
                .lookupLocal()
                .references("mytag", EXTERNAL_TAG, ReferencePolicyType.SOURCE)
                .history("mytag", event(EXTERNAL_TAG, "")),
            List.of(
                "no: Pods pull the floating tag from docker.io",
                "the new image is used at once (imagePullPolicy: Always matters, else nodes keep"
                    + " the old one)",
                "no: with lookup the Pod gets "
                    + INTERNAL
                    + "/myproject/s:mytag, which cannot be pulled",
                "no: the same floating tag is pulled again")),
        arguments(
            "4 internal, two images in history, with lookup",
            stream("s")
                .lookupLocal()
                .history(
                    "mytag",
                    event(INTERNAL + "/myproject/s@" + INTERNAL_ID, INTERNAL_ID),
                    event(INTERNAL + "/myproject/s@" + id('d'), id('d'))),
            List.of(
                "yes: the image is in the integrated registry",
                "a new build or push moves the tag; a rollout takes the newest",
                "yes, in namespace myproject only: s:mytag becomes "
                    + INTERNAL
                    + "/myproject/s@"
                    + INTERNAL_ID,
                "yes, while it is not pruned from the integrated registry (2 images in the tag's"
                    + " history)")),
        arguments(
            "5 pending, without lookup",
            stream("s").tracks("mytag", EXTERNAL_TAG),
            List.of(
                "no image yet",
                "the first import takes whatever the tag points at then",
                "no: lookupPolicy.local is false ('isctl set image-lookup s' enables it, in"
                    + " namespace myproject only)",
                "no image yet")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("articleQuestions")
  void questions(String scenario, Streams stream, List<String> answers) {
    assertThat(questions(stream))
        .containsExactly(
            new Answer(WHILE_DOWN, answers.get(0)),
            new Answer(TAG_MOVES, answers.get(1)),
            new Answer(PLAIN_POD, answers.get(2)),
            new Answer(ROLLBACK, answers.get(3)));
  }

  static Stream<Arguments> sourceRegistries() {
    return Stream.of(
        arguments("a host with a dot", "quay.io/a/b@" + EXTERNAL_ID, "quay.io"),
        arguments("a host with a port", "registry:5000/a/b@" + EXTERNAL_ID, "registry:5000"),
        arguments("localhost", "localhost/a/b@" + EXTERNAL_ID, "localhost"),
        arguments("a namespace, not a host", "library/nginx@" + EXTERNAL_ID, "docker.io"),
        arguments("a bare name", "nginx@" + EXTERNAL_ID, "docker.io"));
  }

  @ParameterizedTest(name = "external image from {0}: Pods pull from {2}")
  @MethodSource("sourceRegistries")
  void theRegistryPodsPullFrom(String scenario, String recorded, String registry) {
    List<Answer> answers =
        questions(
            stream("s").tracks("mytag", recorded).history("mytag", event(recorded, EXTERNAL_ID)));

    assertThat(answers.get(0).answer()).isEqualTo("no: Pods pull from " + registry);
  }

  @Test
  void facts_ofAnImportedTag() {
    ImageStream stream =
        stream("s")
            .tracks("mytag", EXTERNAL_TAG)
            .history("mytag", event(EXTERNAL_BY_DIGEST, EXTERNAL_ID))
            .build();

    assertThat(TagExplainer.facts(stream, "mytag", TagVariation.EXTERNAL))
        .containsExactly(
            new Answer("variation", "external image, pinned by digest (referencePolicy Source)"),
            new Answer("source", "DockerImage " + EXTERNAL_TAG + ", referencePolicy Source"),
            new Answer("current", EXTERNAL_ID + " at " + EXTERNAL_BY_DIGEST + SINCE),
            new Answer("history", "1 image"));
  }

  @Test
  void facts_ofAScheduledReferenceTagWithAFailedImport() {
    ImageStream stream =
        stream("s")
            .references("mytag", EXTERNAL_TAG, ReferencePolicyType.LOCAL)
            .scheduled("mytag")
            .history("mytag", event(EXTERNAL_TAG, ""), event(EXTERNAL_TAG, ""))
            .condition(
                "mytag",
                new TagEventCondition(
                    "ImportSuccess", "False", "2019-08-08T17:50:46Z", "NotFound", "gone", 2L))
            .build();

    assertThat(TagExplainer.facts(stream, "mytag", TagVariation.REFERENCE))
        .containsExactly(
            new Answer(
                "variation", "reference to an external tag (reference: true, never imported)"),
            new Answer(
                "source", "DockerImage " + EXTERNAL_TAG + ", reference, referencePolicy Local"),
            new Answer("current", "no image id at " + EXTERNAL_TAG + SINCE),
            new Answer("history", "2 images"),
            new Answer("condition", "ImportSuccess=False NotFound: gone"),
            new Answer("scheduled", "re-imported by 'isctl sync' (every 15 minutes in a cluster)"));
  }

  static Stream<Arguments> sources() {
    return Stream.of(
        arguments(
            "another stream's tag",
            ObjectReference.of(ObjectReference.IMAGE_STREAM_TAG, "other", "src:mytag"),
            "tracks ImageStreamTag other/src:mytag, referencePolicy Source"),
        arguments(
            "another stream's image, copied when tagged",
            ObjectReference.of(ObjectReference.IMAGE_STREAM_IMAGE, "", "src@" + INTERNAL_ID),
            "ImageStreamImage src@"
                + INTERNAL_ID
                + " (a copy taken when tagged; it does not follow the source)"
                + ", referencePolicy Source"),
        arguments("no from at all", null, "none"));
  }

  @ParameterizedTest(name = "source: {0}")
  @MethodSource("sources")
  void facts_source(String scenario, ObjectReference from, String source) {
    ImageStream stream = stream("s").spec("mytag", from, false, ReferencePolicyType.SOURCE).build();

    assertThat(TagExplainer.facts(stream, "mytag", TagVariation.PENDING))
        .containsExactly(
            new Answer("variation", "waiting for its first import"), new Answer("source", source));
  }

  @Test
  void facts_ofAPushedTag_haveNoSpecSource() {
    ImageStream stream =
        stream("s")
            .history("mytag", event(INTERNAL + "/myproject/s@" + INTERNAL_ID, INTERNAL_ID))
            .build();

    assertThat(TagExplainer.facts(stream, "mytag", TagVariation.INTERNAL))
        .contains(new Answer("source", "none (pushed or built into the integrated registry)"));
  }
}
