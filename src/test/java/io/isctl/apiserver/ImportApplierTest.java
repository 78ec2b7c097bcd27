package io.isctl.apiserver;

import static org.assertj.core.api.Assertions.assertThat;

import io.isctl.model.ImageStream;
import io.isctl.model.ObjectReference;
import io.isctl.model.ReferencePolicyType;
import io.isctl.model.RegistryHostnames;
import io.isctl.model.TagEvent;
import io.isctl.model.TagEventCondition;
import io.isctl.model.TagImportPolicy;
import io.isctl.model.TagReference;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ImportApplierTest {
  static final String OLD = "sha256:" + "a".repeat(64);
  static final String NEW = "sha256:" + "b".repeat(64);
  final Clock clock = Clock.fixed(Instant.parse("2026-01-02T03:04:05Z"), ZoneOffset.UTC);
  final ImageStreamStrategy strategy =
      new ImageStreamStrategy(RegistryHostnames.DEFAULT, (ns, n) -> Optional.empty(), clock);
  final ImportApplier applier = new ImportApplier(strategy, clock);

  ImageStream taggedForImport() {
    ImageStream stream = ImageStream.named("ns", "s");
    TagReference tag =
        new TagReference(
            "t",
            null,
            ObjectReference.dockerImage("quay.io/a/b:1"),
            false,
            0L,
            TagImportPolicy.DEFAULT,
            ReferencePolicyType.SOURCE,
            null);
    return strategy.create(stream.withSpec(stream.spec().withTag(tag)));
  }

  static TagImport success(String digest) {
    return TagImport.succeeded(
        "t",
        "quay.io/a/b:1",
        TagImportPolicy.DEFAULT,
        ReferencePolicyType.SOURCE,
        digest,
        "quay.io/a/b@" + digest);
  }

  @Test
  void firstImport_generationsLineUp_asAfterOcTag() {
    ImageStream imported = applier.apply(taggedForImport(), "ns", "s", List.of(success(OLD)));

    assertThat(imported.metadata().generation()).isEqualTo(2L);
    assertThat(imported.spec().tag("t").orElseThrow().generation()).isEqualTo(2L);
    assertThat(imported.status().latest("t"))
        .contains(new TagEvent("2026-01-02T03:04:05Z", "quay.io/a/b@" + OLD, OLD, 2));
    assertThat(imported.metadata().annotations())
        .containsEntry(ImportApplier.REPOSITORY_CHECK, "2026-01-02T03:04:05Z");
  }

  @Test
  void sameImageAgain_changesNothing() {
    ImageStream imported = applier.apply(taggedForImport(), "ns", "s", List.of(success(OLD)));

    assertThat(applier.apply(imported, "ns", "s", List.of(success(OLD)))).isSameAs(imported);
  }

  @Test
  void movedTag_addsANewestFirstHistoryEntry() {
    ImageStream imported = applier.apply(taggedForImport(), "ns", "s", List.of(success(OLD)));
    // A scheduled re-import: the controller asks with a newer generation.
    ImageStream asked =
        imported.withSpec(
            imported.spec().withTag(imported.spec().tag("t").orElseThrow().withGeneration(0L)));
    asked = strategy.update(imported, asked);

    ImageStream moved = applier.apply(asked, "ns", "s", List.of(success(NEW)));

    assertThat(moved.status().tag("t").orElseThrow().items())
        .extracting(TagEvent::image)
        .containsExactly(NEW, OLD);
    assertThat(moved.metadata().generation())
        .isEqualTo(moved.status().latest("t").orElseThrow().generation());
  }

  @Test
  void failure_recordsTheConditionAtTheNewGeneration_soItIsNotRetried() {
    TagImport failed =
        TagImport.failed(
            "t",
            "quay.io/a/b:1",
            TagImportPolicy.DEFAULT,
            ReferencePolicyType.SOURCE,
            "NotFound",
            "dockerimage.image.openshift.io \"quay.io/a/b:1\" not found");

    ImageStream result = applier.apply(taggedForImport(), "ns", "s", List.of(failed));

    TagEventCondition condition = result.status().tag("t").orElseThrow().conditions().get(0);
    assertThat(condition.status()).isEqualTo("False");
    assertThat(condition.reason()).isEqualTo("NotFound");
    assertThat(condition.generation()).isEqualTo(result.spec().tag("t").orElseThrow().generation());
    assertThat(result.status().tag("t").orElseThrow().items()).isEmpty();
  }

  @Test
  void importIntoAMissingStream_createsItAtGenerationOne() {
    ImageStream created = applier.apply(null, "ns", "s", List.of(success(OLD)));

    assertThat(created.metadata().generation()).isEqualTo(1L);
    assertThat(created.spec().tag("t").orElseThrow().from().name()).isEqualTo("quay.io/a/b:1");
    assertThat(created.spec().tag("t").orElseThrow().generation()).isEqualTo(1L);
    assertThat(created.status().latest("t").orElseThrow().generation()).isEqualTo(1L);
  }
}
