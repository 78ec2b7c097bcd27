package io.isctl.resolve;

import static io.isctl.resolve.Streams.EXTERNAL_BY_DIGEST;
import static io.isctl.resolve.Streams.EXTERNAL_ID;
import static io.isctl.resolve.Streams.EXTERNAL_TAG;
import static io.isctl.resolve.Streams.INTERNAL;
import static io.isctl.resolve.Streams.event;
import static io.isctl.resolve.Streams.stream;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import io.isctl.model.ImageStream;
import io.isctl.model.ReferencePolicyType;
import io.isctl.model.TagEvent;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * ImageStreamImage lookups ({@code stream@id}): an id or a unique prefix of one, searched through
 * every tag's history.
 */
class StreamImagesTest {
  static final String AB0 = "sha256:ab" + "0".repeat(62);
  static final String AB1 = "sha256:ab" + "1".repeat(62);
  static final TagEvent OLD = event("quay.io/a/b@" + AB1, AB1);

  /** Status tags are kept sorted: "a" before "b". */
  static final ImageStream STREAM =
      stream("s")
          .tracks("a", "quay.io/a/b:1")
          .history("a", event("quay.io/a/b@" + AB0, AB0), OLD)
          .tracksThroughIntegratedRegistry("b", EXTERNAL_TAG)
          .history("b", event(EXTERNAL_BY_DIGEST, EXTERNAL_ID), event(EXTERNAL_TAG, ""))
          .build();

  static Stream<Arguments> lookups() {
    String hex = EXTERNAL_ID.substring("sha256:".length());
    return Stream.of(
        arguments("the whole id", EXTERNAL_ID, "b", EXTERNAL_ID),
        arguments("a prefix of the hex digits", hex.substring(0, 8), "b", EXTERNAL_ID),
        arguments("a prefix with the algorithm", "sha256:4295", "b", EXTERNAL_ID),
        arguments("an image only in older history", AB1, "a", AB1),
        arguments("a prefix unique to one image", "ab1", "a", AB1));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("lookups")
  void find(String scenario, String id, String tag, String image) {
    StreamImages.Match match = StreamImages.find(STREAM, id).orElseThrow();

    assertThat(match.tag()).isEqualTo(tag);
    assertThat(match.event().image()).isEqualTo(image);
    assertThat(match.matches()).containsExactly(image);
    assertThat(match.ambiguous()).isFalse();
  }

  @Test
  void aPrefixOfSeveralImages_isAmbiguous_andTheMessageListsThemInHistoryOrder() {
    StreamImages.Match match = StreamImages.find(STREAM, "ab").orElseThrow();

    assertThat(match.ambiguous()).isTrue();
    assertThat(match.matches()).containsExactly(AB0, AB1);
    assertThat(match.ambiguity("ab"))
        .isEqualTo("multiple images match the prefix \"ab\": " + AB0 + ", " + AB1);
  }

  @Test
  void oneImageInSeveralTags_isOneMatch_foundInTheFirstTag() {
    ImageStream twice =
        stream("s")
            .history("a", event("quay.io/a/b@" + AB0, AB0))
            .history("b", event(INTERNAL + "/myproject/s@" + AB0, AB0))
            .build();

    StreamImages.Match match = StreamImages.find(twice, AB0).orElseThrow();

    assertThat(match.tag()).isEqualTo("a");
    assertThat(match.event().dockerImageReference()).isEqualTo("quay.io/a/b@" + AB0);
    assertThat(match.ambiguous()).isFalse();
  }

  @Test
  void noImageWithThatId_isNoMatch() {
    assertThat(StreamImages.find(STREAM, "sha256:ff")).isEmpty();
    assertThat(StreamImages.find(stream("s").build(), EXTERNAL_ID)).isEmpty();
  }

  @Test
  void referenceEntriesHaveNoImageAndAreNeverFound() {
    ImageStream reference =
        stream("s")
            .references("t", EXTERNAL_TAG, ReferencePolicyType.SOURCE)
            .history("t", event(EXTERNAL_TAG, ""))
            .build();

    assertThat(StreamImages.find(reference, "")).isEmpty();
  }

  static Stream<Arguments> pullSpecs() {
    return Stream.of(
        arguments(
            "referencePolicy Local: through the integrated registry",
            STREAM,
            "b",
            INTERNAL + "/myproject/s@" + EXTERNAL_ID),
        arguments("referencePolicy Source: as recorded", STREAM, "a", "quay.io/a/b@" + AB0),
        arguments(
            "Local without a status repository: as recorded",
            stream("s")
                .noRepository()
                .tracksThroughIntegratedRegistry("b", EXTERNAL_TAG)
                .history("b", event(EXTERNAL_BY_DIGEST, EXTERNAL_ID))
                .build(),
            "b",
            EXTERNAL_BY_DIGEST),
        arguments(
            "no spec tag (pushed): as recorded",
            stream("s").history("b", event("quay.io/a/b@" + AB0, AB0)).build(),
            "b",
            "quay.io/a/b@" + AB0));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("pullSpecs")
  void pullSpec(String scenario, ImageStream stream, String tag, String expected) {
    TagEvent current = stream.status().latest(tag).orElseThrow();
    StreamImages.Match match = StreamImages.find(stream, current.image()).orElseThrow();

    assertThat(StreamImages.pullSpec(stream, match)).isEqualTo(expected);
    assertThat(StreamImages.referenceFor(stream, tag, current)).isEqualTo(expected);
  }

  @Test
  void aLocalTagsEntryWithoutAnImage_keepsItsRecordedPullSpec() {
    ImageStream reference =
        stream("s")
            .references("t", EXTERNAL_TAG, ReferencePolicyType.LOCAL)
            .history("t", event(EXTERNAL_TAG, ""))
            .build();

    assertThat(StreamImages.referenceFor(reference, "t", event(EXTERNAL_TAG, "")))
        .isEqualTo(EXTERNAL_TAG);
  }
}
