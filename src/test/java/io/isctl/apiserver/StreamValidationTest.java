package io.isctl.apiserver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.isctl.model.ImageStream;
import io.isctl.model.ImageStreamSpec;
import io.isctl.model.NamedTagEventList;
import io.isctl.model.ObjectReference;
import io.isctl.model.ReferencePolicyType;
import io.isctl.model.TagEvent;
import io.isctl.model.TagImportPolicy;
import io.isctl.model.TagReference;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * openshift-apiserver's {@code ValidateImageStream} vectors, and every error of a stream at once.
 */
class StreamValidationTest {
  static final String DIGEST =
      "sha256:ff3b3c5e3d09bf93e2a05ece04235f4ea8212f36b617161d8f11f374a14aeb74";

  static ImageStream withRepository(String repository) {
    ImageStream stream = ImageStream.named("ns", "s");
    ImageStreamSpec spec = stream.spec();
    return stream.withSpec(
        new ImageStreamSpec(spec.lookupLocal(), repository, spec.tags(), spec.extra()));
  }

  static ImageStream withHistory(String tag, String... references) {
    ImageStream stream = ImageStream.named("ns", "s");
    List<TagEvent> items =
        Stream.of(references).map(ref -> new TagEvent("2026-01-02T03:04:05Z", ref, "", 1)).toList();
    return stream.withStatus(stream.status().withTag(NamedTagEventList.of(tag, items, List.of())));
  }

  static Stream<Arguments> repositories() {
    return Stream.of(
        Arguments.of("quay.io/a/b", List.of()),
        Arguments.of("a/b", List.of()),
        Arguments.of(
            "a/b:tag",
            List.of(
                "spec.dockerImageRepository: Invalid value: \"a/b:tag\": "
                    + "the repository name may not contain a tag")),
        Arguments.of(
            "a/b@" + DIGEST,
            List.of(
                "spec.dockerImageRepository: Invalid value: \"a/b@"
                    + DIGEST
                    + "\": the repository name may not contain an ID")),
        Arguments.of(
            "a/b:tag@" + DIGEST,
            List.of(
                "spec.dockerImageRepository: Invalid value: \"a/b:tag@"
                    + DIGEST
                    + "\": the repository name may not contain a tag",
                "spec.dockerImageRepository: Invalid value: \"a/b:tag@"
                    + DIGEST
                    + "\": the repository name may not contain an ID")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("repositories")
  void dockerImageRepository_mayNotCarryATagOrAnId(String repository, List<String> expected) {
    assertThat(StreamValidation.errors(withRepository(repository)))
        .extracting(FieldError::toString)
        .containsExactlyElementsOf(expected);
  }

  @Test
  void aRepositoryWithATag_isRefusedWithTheServersMessage() {
    assertThatThrownBy(() -> StreamValidation.validate(withRepository("a/b:tag")))
        .isInstanceOf(ApiException.class)
        .hasMessage(
            "ImageStream.image.openshift.io \"s\" is invalid: spec.dockerImageRepository: "
                + "Invalid value: \"a/b:tag\": the repository name may not contain a tag");
  }

  @Test
  void everyEmptyReferenceOfAHistory_isRequired_inOneAggregate() {
    ImageStream stream = withHistory("tag", "", "quay.io/a/b@" + DIGEST, "");

    assertThat(StreamValidation.errors(stream))
        .extracting(FieldError::toString)
        .containsExactly(
            "status.tags[tag].items[0].dockerImageReference: Required value",
            "status.tags[tag].items[2].dockerImageReference: Required value");
    assertThatThrownBy(() -> StreamValidation.validate(stream))
        .isInstanceOf(ApiException.class)
        .hasMessage(
            "ImageStream.image.openshift.io \"s\" is invalid: ["
                + "status.tags[tag].items[0].dockerImageReference: Required value, "
                + "status.tags[tag].items[2].dockerImageReference: Required value]")
        .extracting(e -> ((ApiException) e).reason())
        .isEqualTo(ApiException.Reason.INVALID);
  }

  @Test
  void errorsOfSpecAndStatus_areAllReported_inTheServersOrder() {
    TagReference scheduledAlias =
        new TagReference(
            "alias",
            null,
            ObjectReference.of("ImageStreamTag", "", "s:t"),
            false,
            null,
            new TagImportPolicy(false, true, "Legacy"),
            ReferencePolicyType.SOURCE,
            null);
    TagReference badMode =
        new TagReference(
            "m",
            null,
            ObjectReference.dockerImage("quay.io/a/b:1"),
            false,
            null,
            new TagImportPolicy(false, false, "All"),
            ReferencePolicyType.SOURCE,
            null);
    ImageStream stream = withHistory("t", "Not A Reference");
    stream =
        stream.withSpec(
            new ImageStreamSpec(
                stream.spec().lookupLocal(),
                "a/b:tag",
                List.of(scheduledAlias, badMode),
                stream.spec().extra()));

    assertThat(StreamValidation.errors(stream))
        .extracting(FieldError::field)
        .containsExactly(
            "spec.dockerImageRepository",
            "spec.tags[alias].importPolicy.scheduled",
            "spec.tags[m].importPolicy.importMode",
            "status.tags[t].items[0].dockerImageReference");
    assertThat(StreamValidation.errors(stream).get(1).toString())
        .as("a boolean is printed as Go's %v prints it, without quotes")
        .isEqualTo(
            "spec.tags[alias].importPolicy.scheduled: Invalid value: true: "
                + "only tags pointing to Docker repositories may be scheduled for background import");
  }

  @Test
  void aggregate_dropsRepeats_andBracketsOnlySeveral() {
    FieldError required = FieldError.required("a.b", "");
    FieldError notFound = FieldError.notFound("spec.tags[t].from.name", "x:y");

    assertThat(FieldError.invalidMessage("K", "n", List.of())).isEqualTo("K \"n\" is invalid");
    assertThat(FieldError.invalidMessage("K", "n", List.of(required, required)))
        .isEqualTo("K \"n\" is invalid: a.b: Required value");
    assertThat(FieldError.invalidMessage("K", "n", List.of(required, notFound, required)))
        .isEqualTo(
            "K \"n\" is invalid: [a.b: Required value, "
                + "spec.tags[t].from.name: Not found: \"x:y\"]");
    assertThat(FieldError.internal("inner").toString()).isEqualTo("[]: Internal error: inner");
  }
}
