package io.isctl.controller;

import static org.assertj.core.api.Assertions.assertThat;

import io.isctl.model.ImageStream;
import io.isctl.model.ImageStreamStatus;
import io.isctl.model.NamedTagEventList;
import io.isctl.model.ObjectReference;
import io.isctl.model.ReferencePolicyType;
import io.isctl.model.TagEvent;
import io.isctl.model.TagImportPolicy;
import io.isctl.model.TagReference;
import java.util.List;
import org.junit.jupiter.api.Test;

class ImportControllerTest {
  static final String DIGEST = "sha256:" + "d".repeat(64);

  static TagReference tag(String name, String from, boolean scheduled, Long generation) {
    return new TagReference(
        name,
        null,
        ObjectReference.dockerImage(from),
        false,
        generation,
        new TagImportPolicy(false, scheduled, TagImportPolicy.LEGACY),
        ReferencePolicyType.SOURCE,
        null);
  }

  static ImageStream stream(List<TagReference> tags, NamedTagEventList... status) {
    ImageStream stream = ImageStream.named("ns", "s");
    return stream
        .withSpec(stream.spec().withTags(tags))
        .withStatus(new ImageStreamStatus("", "", List.of(status), null));
  }

  static NamedTagEventList imported(String tag, String image, long generation) {
    return NamedTagEventList.of(
        tag, List.of(new TagEvent("t", "quay.io/a/b@" + image, image, generation)), List.of());
  }

  @Test
  void scheduledTags_byTag_areDueEveryTime_evenWhenImported() {
    ImageStream stream =
        stream(List.of(tag("a", "quay.io/a/b:1", true, 2L)), imported("a", DIGEST, 2));

    assertThat(ImageImportController.scheduledTags(stream))
        .extracting(TagReference::name)
        .containsExactly("a");
    assertThat(ImageImportController.tagsToImport(stream)).isEmpty();
  }

  @Test
  void scheduledTags_byDigest_areDueOnlyUntilImportedAtTheirGeneration() {
    TagReference pinned = tag("a", "quay.io/a/b@" + DIGEST, true, 3L);

    assertThat(ImageImportController.scheduledTags(stream(List.of(pinned)))).hasSize(1);
    assertThat(
            ImageImportController.scheduledTags(stream(List.of(pinned), imported("a", DIGEST, 2))))
        .hasSize(1);
    assertThat(
            ImageImportController.scheduledTags(stream(List.of(pinned), imported("a", DIGEST, 3))))
        .isEmpty();
  }

  @Test
  void scheduledTags_leaveOutUnscheduled_references_andUnparsableSources() {
    TagReference reference =
        new TagReference(
            "r",
            null,
            ObjectReference.dockerImage("quay.io/a/b:1"),
            true,
            1L,
            new TagImportPolicy(false, true, ""),
            ReferencePolicyType.SOURCE,
            null);
    ImageStream stream =
        stream(
            List.of(
                tag("plain", "quay.io/a/b:1", false, 1L),
                reference,
                tag("bad", "Not A Reference", true, 1L)));

    assertThat(ImageImportController.scheduledTags(stream)).isEmpty();
  }
}
