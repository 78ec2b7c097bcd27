package io.isctl.apiserver;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.isctl.model.ImageStream;
import io.isctl.model.NamedTagEventList;
import io.isctl.model.TagEvent;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** When {@code GET imagestreamtags} answers NotFound for the tag's Image. */
class StoredImagesTest {
  static final String OLD = "sha256:" + "a".repeat(64);
  static final String CURRENT = "sha256:" + "b".repeat(64);
  static final String OTHER_TAG = "sha256:" + "c".repeat(64);

  /** Tag t moved from OLD to CURRENT; tag u points at OTHER_TAG. */
  static final ImageStream STREAM = stream();

  static ImageStream stream() {
    ImageStream stream = ImageStream.named("ns", "s");
    return stream.withStatus(
        stream
            .status()
            .withTag(NamedTagEventList.of("t", List.of(event(CURRENT), event(OLD)), List.of()))
            .withTag(NamedTagEventList.of("u", List.of(event(OTHER_TAG)), List.of())));
  }

  static TagEvent event(String image) {
    return new TagEvent("2026-01-02T03:04:05Z", "quay.io/a/b@" + image, image, 1);
  }

  static Stream<Arguments> stores() {
    return Stream.of(
        Arguments.of("the Image is stored", Set.of(CURRENT), false),
        Arguments.of("no image of the stream was ever recorded", Set.of(), false),
        Arguments.of("an Image of the stream is stored, this one is gone", Set.of(OLD), true),
        Arguments.of("another tag's Image is stored, this one is gone", Set.of(OTHER_TAG), true),
        Arguments.of(
            "only Images of other streams are stored", Set.of("sha256:" + "d".repeat(64)), false));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("stores")
  void aPrunedImage_isNotFound_whereTheStoreKeepsTheStreamsImages(
      String scenario, Set<String> stored, boolean notFound) {
    if (notFound) {
      assertThatThrownBy(() -> StoredImages.requireImage(STREAM, CURRENT, stored::contains))
          .isInstanceOf(ApiException.class)
          .hasMessage("images.image.openshift.io \"" + CURRENT + "\" not found")
          .extracting(e -> ((ApiException) e).reason())
          .isEqualTo(ApiException.Reason.NOT_FOUND);
    } else {
      assertThatCode(() -> StoredImages.requireImage(STREAM, CURRENT, stored::contains))
          .doesNotThrowAnyException();
    }
  }
}
