package io.isctl.resolve;

import static io.isctl.resolve.Streams.EXTERNAL_BY_DIGEST;
import static io.isctl.resolve.Streams.EXTERNAL_ID;
import static io.isctl.resolve.Streams.EXTERNAL_TAG;
import static io.isctl.resolve.Streams.INTERNAL;
import static io.isctl.resolve.Streams.INTERNAL_ID;
import static io.isctl.resolve.Streams.event;
import static io.isctl.resolve.Streams.id;
import static io.isctl.resolve.Streams.stream;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import io.isctl.model.ImageStream;
import io.isctl.model.ObjectReference;
import io.isctl.model.ReferencePolicyType;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The pull spec an image-change trigger writes for {@code stream:tag}, library-go's {@code
 * ResolveLatestTaggedImage} (openshift-semantics.md §7.1): the newest history entry, moved to the
 * integrated registry under referencePolicy Local. Unlike admission it needs no lookupPolicy, keeps
 * Source pull specs verbatim and resolves reference tags.
 */
class TriggerResolverTest {
  static final String OLD_ID = id('c');
  static final String QUAY_ID = id('b');

  static Stream<Arguments> resolvedTags() {
    return Stream.of(
        row(
            "Source: the pull spec recorded at import",
            stream("s")
                .tracks("mytag", EXTERNAL_TAG)
                .history("mytag", event(EXTERNAL_BY_DIGEST, EXTERNAL_ID)),
            EXTERNAL_BY_DIGEST,
            "referencePolicy Source"),
        row(
            "Source: a pull spec recorded by tag stays by tag (admission would pin it)",
            stream("s")
                .tracks("mytag", "quay.io/a/b:1")
                .history("mytag", event("quay.io/a/b:1", QUAY_ID)),
            "quay.io/a/b:1",
            "referencePolicy Source"),
        row(
            "Source: the newest history entry wins",
            stream("s")
                .tracks("mytag", EXTERNAL_TAG)
                .history(
                    "mytag",
                    event(EXTERNAL_BY_DIGEST, EXTERNAL_ID),
                    event("docker.io/balazsszeti/hello@" + OLD_ID, OLD_ID)),
            EXTERNAL_BY_DIGEST,
            "referencePolicy Source"),
        row(
            "Local: through the stream's integrated-registry repository, by digest",
            stream("s")
                .tracksThroughIntegratedRegistry("mytag", EXTERNAL_TAG)
                .history("mytag", event(EXTERNAL_BY_DIGEST, EXTERNAL_ID)),
            INTERNAL + "/myproject/s@" + EXTERNAL_ID,
            "referencePolicy Local"),
        row(
            "Local without a status repository: the recorded pull spec",
            stream("s")
                .noRepository()
                .tracksThroughIntegratedRegistry("mytag", EXTERNAL_TAG)
                .history("mytag", event(EXTERNAL_BY_DIGEST, EXTERNAL_ID)),
            EXTERNAL_BY_DIGEST,
            "referencePolicy Source"),
        row(
            "pushed image (status only, no spec tag): the recorded pull spec",
            stream("s")
                .history("mytag", event(INTERNAL + "/myproject/s@" + INTERNAL_ID, INTERNAL_ID)),
            INTERNAL + "/myproject/s@" + INTERNAL_ID,
            "referencePolicy Source"),
        row(
            "reference tag: the floating tag as written",
            stream("s")
                .references("mytag", EXTERNAL_TAG, ReferencePolicyType.SOURCE)
                .history("mytag", event(EXTERNAL_TAG, "")),
            EXTERNAL_TAG,
            "reference tag"),
        row(
            "reference tag with referencePolicy Local: still the floating tag (no image id)",
            stream("s")
                .references("mytag", EXTERNAL_TAG, ReferencePolicyType.LOCAL)
                .history("mytag", event(EXTERNAL_TAG, "")),
            EXTERNAL_TAG,
            "reference tag"));
  }

  static Stream<Arguments> unresolvedTags() {
    return Stream.of(
        row(
            "not imported yet: unresolved, naming the pending import",
            stream("s").tracks("mytag", EXTERNAL_TAG),
            "image stream tag myproject/s:mytag has no image yet (pending import of "
                + EXTERNAL_TAG
                + ")"),
        row(
            "no such tag: unresolved",
            stream("s").tracks("other", EXTERNAL_TAG),
            "image stream tag myproject/s:mytag has no image yet"),
        row(
            "a reference spec tag without history is never imported: no pending hint",
            stream("s").references("mytag", EXTERNAL_TAG, ReferencePolicyType.SOURCE),
            "image stream tag myproject/s:mytag has no image yet"),
        row(
            "a tag from another stream without history is not imported: no pending hint",
            stream("s")
                .spec(
                    "mytag",
                    ObjectReference.of(ObjectReference.IMAGE_STREAM_TAG, "myproject", "src:mytag"),
                    false,
                    ReferencePolicyType.SOURCE),
            "image stream tag myproject/s:mytag has no image yet"));
  }

  static Arguments row(String scenario, Streams stream, String expected) {
    return arguments(scenario, stream.build(), expected);
  }

  static Arguments row(String scenario, Streams stream, String image, String rule) {
    return arguments(scenario, stream.build(), image, rule);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("resolvedTags")
  void resolves(String scenario, ImageStream stream, String image, String rule) {
    assertThat(TriggerResolver.resolve(stream, "mytag"))
        .usingRecursiveComparison()
        .ignoringFields("reason")
        .isEqualTo(Resolution.resolved(image, rule, "(any)"));
  }

  /** An unresolved trigger names the stream tag; the server leaves the workload as it is. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("unresolvedTags")
  void doesNotResolve(String scenario, ImageStream stream, String reason) {
    assertThat(TriggerResolver.resolve(stream, "mytag"))
        .isEqualTo(Resolution.unresolved("s:mytag", reason));
  }
}
