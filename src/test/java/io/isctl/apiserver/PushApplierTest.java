package io.isctl.apiserver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.isctl.model.ImageStream;
import io.isctl.model.ObjectReference;
import io.isctl.model.ReferencePolicyType;
import io.isctl.model.RegistryHostnames;
import io.isctl.model.TagEvent;
import io.isctl.model.TagImportPolicy;
import io.isctl.model.TagReference;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PushApplierTest {
  static final String FIRST = "sha256:" + "1".repeat(64);
  static final String SECOND = "sha256:" + "2".repeat(64);
  static final String H = RegistryHostnames.DEFAULT_INTERNAL;
  static final String NOW = "2026-01-02T03:04:05Z";
  final Clock clock = Clock.fixed(Instant.parse(NOW), ZoneOffset.UTC);
  final ImageStreamStrategy strategy =
      new ImageStreamStrategy(RegistryHostnames.DEFAULT, (ns, n) -> Optional.empty(), clock);
  final PushApplier pushes = new PushApplier(strategy, RegistryHostnames.DEFAULT, clock);

  @Test
  void firstPush_createsTheStream_statusOnly_atGenerationOne() {
    ImageStream created = pushes.apply(null, "ns", "app", Map.of("v1", FIRST));

    assertThat(created.metadata().generation()).isEqualTo(1L);
    assertThat(created.metadata().creationTimestamp()).isEqualTo(NOW);
    assertThat(created.spec().tags()).isEmpty();
    assertThat(created.status().dockerImageRepository()).isEqualTo(H + "/ns/app");
    assertThat(created.status().latest("v1"))
        .contains(new TagEvent(NOW, H + "/ns/app@" + FIRST, FIRST, 1));
  }

  @Test
  void nothingNew_returnsTheStoredStream() {
    ImageStream created = pushes.apply(null, "ns", "app", Map.of("v1", FIRST));

    assertThat(pushes.apply(created, "ns", "app", Map.of("v1", FIRST))).isSameAs(created);
    assertThat(pushes.apply(null, "ns", "app", Map.of())).isNull();
  }

  @Test
  void newDigest_isPrependedAtTheStreamsGeneration_whichDoesNotMove_andTrackingTagsFollow() {
    ImageStream created = pushes.apply(null, "ns", "app", Map.of("v1", FIRST));
    TagReference tracker =
        new TagReference(
            "latest",
            null,
            ObjectReference.of("ImageStreamTag", "", "v1"),
            false,
            null,
            TagImportPolicy.DEFAULT,
            ReferencePolicyType.SOURCE,
            null);
    ImageStream tracked =
        strategy.update(created, created.withSpec(created.spec().withTag(tracker)));
    assertThat(tracked.metadata().generation()).isEqualTo(2L);

    ImageStream pushed = pushes.apply(tracked, "ns", "app", Map.of("v1", SECOND));

    assertThat(pushed.metadata().generation()).isEqualTo(2L);
    assertThat(pushed.status().tag("v1").orElseThrow().items())
        .extracting(TagEvent::image, TagEvent::generation)
        .containsExactly(tuple(SECOND, 2L), tuple(FIRST, 1L));
    assertThat(pushed.status().latest("latest").orElseThrow().image()).isEqualTo(SECOND);
  }

  @Test
  void anImageTaggedInFromElsewhere_isNotOverwrittenByTheRegistrysOlderPush() {
    ImageStream created = pushes.apply(null, "ns", "app", Map.of("v1", FIRST));
    TagEvent external = new TagEvent(NOW, "quay.io/a/b@" + SECOND, SECOND, 1);
    ImageStream retagged =
        strategy.update(
            created, created.withStatus(TagHistory.add(created.status(), "v1", external)));

    assertThat(pushes.apply(retagged, "ns", "app", Map.of("v1", FIRST))).isSameAs(retagged);
  }
}
