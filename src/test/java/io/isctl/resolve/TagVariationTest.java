package io.isctl.resolve;

import static io.isctl.resolve.Streams.EXTERNAL_BY_DIGEST;
import static io.isctl.resolve.Streams.EXTERNAL_ID;
import static io.isctl.resolve.Streams.EXTERNAL_TAG;
import static io.isctl.resolve.Streams.INTERNAL;
import static io.isctl.resolve.Streams.INTERNAL_ID;
import static io.isctl.resolve.Streams.event;
import static io.isctl.resolve.Streams.stream;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import io.isctl.model.ObjectReference;
import io.isctl.model.ReferencePolicyType;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The article's five variations (imagestreams-behaviour.md), told apart by a tag's state. */
class TagVariationTest {
  static Stream<Arguments> variations() {
    return Stream.of(
        row(
            "1 external: imported, referencePolicy Source",
            stream("s")
                .tracks("mytag", EXTERNAL_TAG)
                .history("mytag", event(EXTERNAL_BY_DIGEST, EXTERNAL_ID)),
            INTERNAL,
            TagVariation.EXTERNAL),
        row(
            "2 pullthrough: imported, referencePolicy Local",
            stream("s")
                .tracksThroughIntegratedRegistry("mytag", EXTERNAL_TAG)
                .history("mytag", event(EXTERNAL_BY_DIGEST, EXTERNAL_ID)),
            INTERNAL,
            TagVariation.PULLTHROUGH),
        row(
            "3 reference: a history entry without an image id",
            stream("s")
                .references("mytag", EXTERNAL_TAG, ReferencePolicyType.SOURCE)
                .history("mytag", event(EXTERNAL_TAG, "")),
            INTERNAL,
            TagVariation.REFERENCE),
        row(
            "3 reference: referencePolicy Local changes nothing",
            stream("s")
                .references("mytag", EXTERNAL_TAG, ReferencePolicyType.LOCAL)
                .history("mytag", event(EXTERNAL_TAG, "")),
            INTERNAL,
            TagVariation.REFERENCE),
        row(
            "4 internal: pushed, status only",
            stream("s")
                .history("mytag", event(INTERNAL + "/myproject/s@" + INTERNAL_ID, INTERNAL_ID)),
            INTERNAL,
            TagVariation.INTERNAL),
        row(
            "4 internal: tagged from another stream under Local is still internal",
            stream("s")
                .spec(
                    "mytag",
                    ObjectReference.of(
                        ObjectReference.IMAGE_STREAM_IMAGE, "myproject", "src@" + INTERNAL_ID),
                    false,
                    ReferencePolicyType.LOCAL)
                .history("mytag", event(INTERNAL + "/myproject/s@" + INTERNAL_ID, INTERNAL_ID)),
            INTERNAL,
            TagVariation.INTERNAL),
        row(
            "5 pending: a spec tag with no history yet",
            stream("s").tracks("mytag", EXTERNAL_TAG),
            INTERNAL,
            TagVariation.PENDING),
        row(
            "pending: no such tag at all",
            stream("s").tracks("other", EXTERNAL_TAG),
            INTERNAL,
            TagVariation.PENDING),
        row(
            "no integrated registry known: a pushed image counts as external",
            stream("s")
                .history("mytag", event(INTERNAL + "/myproject/s@" + INTERNAL_ID, INTERNAL_ID)),
            "",
            TagVariation.EXTERNAL),
        row(
            "a registry whose name only starts like the integrated one is another registry",
            stream("s")
                .history("mytag", event(INTERNAL + "0/myproject/s@" + INTERNAL_ID, INTERNAL_ID)),
            INTERNAL,
            TagVariation.EXTERNAL));
  }

  static Arguments row(
      String scenario, Streams stream, String internalRegistry, TagVariation expected) {
    return arguments(scenario, stream, internalRegistry, expected);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("variations")
  void of(String scenario, Streams stream, String internalRegistry, TagVariation expected) {
    assertThat(TagVariation.of(stream.build(), "mytag", internalRegistry)).isEqualTo(expected);
  }
}
