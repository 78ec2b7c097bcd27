package io.isctl.apiserver;

import io.isctl.model.ImageStream;
import io.isctl.model.NamedTagEventList;
import io.isctl.model.ObjectReference;
import io.isctl.model.TagEvent;
import io.isctl.model.TagEventCondition;
import io.isctl.model.TagReference;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * How the API server records an ImageStreamImport in the stream: new history entries for images
 * that changed, {@code ImportSuccess=False} conditions for failures, then the ordinary update
 * rules.
 */
public final class ImportApplier {
  public static final String REPOSITORY_CHECK = "openshift.io/image.dockerRepositoryCheck";

  private final ImageStreamStrategy strategy;
  private final Clock clock;

  public ImportApplier(ImageStreamStrategy strategy, Clock clock) {
    this.strategy = strategy;
    this.clock = clock;
  }

  /**
   * The stream after the imports, as stored; {@code stored} itself when nothing changed.
   *
   * @param stored the stream as stored, or null when the import creates it
   */
  public ImageStream apply(
      ImageStream stored, String namespace, String name, List<TagImport> imports) {
    String now = Timestamps.now(clock);
    ImageStream stream = stored != null ? stored : ImageStream.named(namespace, name);
    long nextGeneration = stream.metadata().generationOrZero() + 1;
    for (TagImport result : imports) {
      stream =
          result.success()
              ? recordImage(stream, result, now, nextGeneration)
              : recordFailure(stream, result, now, nextGeneration);
    }
    boolean unchanged =
        stored != null
            && stream.equals(stored)
            && !stored.metadata().annotations().getOrDefault(REPOSITORY_CHECK, "").isEmpty();
    if (unchanged) {
      return stored;
    }
    stream = stream.withMetadata(stream.metadata().withAnnotation(REPOSITORY_CHECK, now));
    return stored == null ? strategy.createInternal(stream) : strategy.update(stored, stream);
  }

  private static ImageStream recordImage(
      ImageStream stream, TagImport result, String now, long nextGeneration) {
    TagEvent event = new TagEvent(now, result.pullSpec(), result.image(), nextGeneration);
    Optional<TagReference> spec = stream.spec().tag(result.tag());
    Optional<TagEvent> latest = stream.status().latest(result.tag());
    boolean changed =
        latest.isEmpty()
            || spec.isEmpty()
            || spec.get().generation() == null
            || !latest.get().dockerImageReference().equals(event.dockerImageReference())
            || !latest.get().image().equals(event.image())
            || spec.get().generation() > latest.get().generation();
    ImageStream next = stream;
    if (changed) {
      TagReference tag =
          spec.orElse(
              new TagReference(
                  result.tag(), null, null, false, null, null, result.referencePolicy(), null));
      tag = tag.withFrom(ObjectReference.dockerImage(result.from())).withGeneration(0L);
      next =
          next.withSpec(next.spec().withTag(tag))
              .withStatus(TagHistory.add(next.status(), result.tag(), event));
    }
    TagReference tag = next.spec().tag(result.tag()).orElseThrow();
    NamedTagEventList history = next.status().tag(result.tag()).orElseThrow();
    if (!changed
        && Objects.equals(tag.importPolicy(), result.importPolicy())
        && history.conditions().isEmpty()) {
      return next; // an unchanged tag, already recorded so: a sync of thousands copies nothing
    }
    return next.withSpec(next.spec().withTag(tag.withImportPolicy(result.importPolicy())))
        .withStatus(next.status().withTag(history.withConditions(List.of())));
  }

  private static ImageStream recordFailure(
      ImageStream stream, TagImport result, String now, long nextGeneration) {
    String message =
        result.message().isEmpty() ? "unknown error prevented import" : result.message();
    TagEventCondition condition =
        new TagEventCondition(
            TagEventCondition.IMPORT_SUCCESS,
            "False",
            now,
            result.reason(),
            message,
            nextGeneration);
    NamedTagEventList history =
        stream
            .status()
            .tag(result.tag())
            .orElse(NamedTagEventList.of(result.tag(), List.of(), List.of()));
    boolean repeated = history.conditions().stream().anyMatch(condition::sameOutcome);
    ImageStream next = stream;
    if (!repeated) {
      next = next.withStatus(next.status().withTag(history.withConditions(List.of(condition))));
    }
    Optional<TagReference> spec = next.spec().tag(result.tag());
    if (spec.isEmpty()) {
      TagReference created =
          new TagReference(
              result.tag(),
              null,
              ObjectReference.dockerImage(result.from()),
              false,
              0L,
              result.importPolicy(),
              result.referencePolicy(),
              null);
      next = next.withSpec(next.spec().withTag(created));
    } else if (!repeated) {
      // The tag's generation then equals the condition's: the failure counts as observed, so no
      // retry loop.
      next = next.withSpec(next.spec().withTag(spec.get().withGeneration(0L)));
    }
    return next;
  }
}
