package io.isctl.controller;

import static org.assertj.core.api.Assertions.assertThat;

import io.isctl.apiserver.ImportSpec;
import io.isctl.model.ImageStream;
import io.isctl.model.ImageStreamSpec;
import io.isctl.model.ObjectReference;
import io.isctl.model.ReferencePolicyType;
import io.isctl.model.TagImportPolicy;
import io.isctl.model.TagReference;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What the controller asks of the server for a stream with the {@code
 * openshift.io/image.insecureRepository} annotation (openshift-controller-manager {@code
 * handleImageStream}): the annotation makes the repository import insecure, never a spec tag's.
 */
class ImageStreamImportTest {

  static ImageStream stream(boolean annotated) {
    TagReference pending =
        new TagReference(
            "pinned",
            null,
            ObjectReference.dockerImage("quay.io/team/app:1"),
            false,
            0L,
            TagImportPolicy.DEFAULT,
            ReferencePolicyType.SOURCE,
            null);
    ImageStream stream = ImageStream.named("ns", "s");
    if (annotated) {
      stream =
          stream.withMetadata(
              stream.metadata().withAnnotation(ImportSpec.INSECURE_REPOSITORY, "true"));
    }
    ImageStreamSpec spec = stream.spec();
    return stream.withSpec(
        new ImageStreamSpec(
            spec.lookupLocal(), "quay.io/team/app", List.of(pending), spec.extra()));
  }

  @ParameterizedTest(name = "annotated: {0}")
  @ValueSource(booleans = {true, false})
  void theAnnotation_makesOnlyTheRepositoryImportInsecure(boolean annotated) {
    List<Boolean> listedInsecure = new java.util.ArrayList<>();
    ImageStreamImport post =
        ImageStreamImport.of(
            stream(annotated),
            (repository, insecure) -> {
              listedInsecure.add(insecure);
              return List.of("latest");
            });

    assertThat(listedInsecure).containsExactly(annotated);
    assertThat(post.specs())
        .extracting(ImportSpec::tag, spec -> spec.importPolicy().insecure())
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("latest", annotated),
            org.assertj.core.groups.Tuple.tuple("pinned", false));
  }
}
