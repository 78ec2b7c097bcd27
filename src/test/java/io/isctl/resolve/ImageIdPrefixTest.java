package io.isctl.resolve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.isctl.apiserver.ApiException;
import io.isctl.model.ImageStream;
import io.isctl.model.NamedTagEventList;
import io.isctl.model.TagEvent;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * An image of a stream by id or id prefix: library-go's {@code DigestOrImageMatch} and the server's
 * answers (openshift-apiserver's {@code ResolveImageID} vectors).
 */
class ImageIdPrefixTest {
  static final String A = "sha256:1111" + "a".repeat(60);
  static final String B = "sha256:1111" + "b".repeat(60);

  static ImageStream stream(String name, String... images) {
    ImageStream stream = ImageStream.named("ns", name);
    List<TagEvent> items =
        Stream.of(images)
            .map(image -> new TagEvent("2026-01-02T03:04:05Z", "repo@" + image, image, 1))
            .toList();
    return stream.withStatus(
        stream.status().withTag(NamedTagEventList.of("tag1", items, List.of())));
  }

  static Stream<Arguments> found() {
    return Stream.of(
        Arguments.of("a whole digest", stream("s", A), A, A),
        Arguments.of("a prefix of the hex", stream("s", A, "sha256:" + "2".repeat(64)), "1111", A),
        Arguments.of("the name itself", stream("repo", "mytag"), "mytag", "mytag"),
        Arguments.of("the same image under two tags", stream("s", A, A), "1111a", A));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("found")
  void oneImage_isFound(String scenario, ImageStream stream, String id, String image) {
    assertThat(StreamImages.require(stream, id).event().image()).isEqualTo(image);
  }

  static Stream<Arguments> refused() {
    return Stream.of(
        Arguments.of(
            "two names sharing a prefix",
            stream("repo", "mytag", "mytag2"),
            "mytag",
            ApiException.Reason.CONFLICT,
            "Operation cannot be fulfilled on imagestreamimage.image.openshift.io \"mytag\": "
                + "multiple images match the prefix \"mytag\": mytag, mytag2"),
        Arguments.of(
            "two digests sharing a prefix, listed sorted",
            stream("amb", B, A),
            "1111",
            ApiException.Reason.CONFLICT,
            "Operation cannot be fulfilled on imagestreamimage.image.openshift.io \"1111\": "
                + "multiple images match the prefix \"1111\": "
                + A
                + ", "
                + B),
        Arguments.of(
            "a digest one character too long",
            stream("s", A),
            A.substring(7) + "0",
            ApiException.Reason.NOT_FOUND,
            "imagestreamimage.image.openshift.io \"s@" + A.substring(7) + "0\" not found"),
        Arguments.of(
            "no history",
            stream("s"),
            "1111",
            ApiException.Reason.NOT_FOUND,
            "imagestreamimage.image.openshift.io \"s@1111\" not found"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("refused")
  void noneOrSeveral_isTheServersError(
      String scenario, ImageStream stream, String id, ApiException.Reason reason, String message) {
    assertThatThrownBy(() -> StreamImages.require(stream, id))
        .isInstanceOf(ApiException.class)
        .hasMessage(message)
        .extracting(e -> ((ApiException) e).reason())
        .isEqualTo(reason);
  }
}
