package io.isctl.apiserver;

import io.isctl.model.ImageStream;
import io.isctl.model.ImageStreamSpec;
import io.isctl.model.ImageStreamStatus;
import io.isctl.model.ObjectReference;
import io.isctl.model.RegistryHostnames;
import io.isctl.model.StreamSource;
import io.isctl.model.TagEvent;
import io.isctl.model.TagReference;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the API server does when a stream is created or updated: validation, generations, the
 * synchronous status of tags that need no registry ({@code tagsChanged}), tracking tags and the
 * repository fields. Pure: it reads other streams only through {@link StreamSource}.
 */
public final class ImageStreamStrategy {
  private final RegistryHostnames hosts;
  private final TagEventSources sources;
  private final Clock clock;

  public ImageStreamStrategy(RegistryHostnames hosts, StreamSource streams, Clock clock) {
    this.hosts = hosts;
    this.sources = new TagEventSources(streams);
    this.clock = clock;
  }

  /**
   * A new stream as the server stores it: generation 1, every spec tag at 1, client status
   * discarded.
   */
  public ImageStream create(ImageStream requested) {
    return create(requested, ImageStreamStatus.EMPTY);
  }

  /** A new stream created by the server itself (an import), which keeps the status it computed. */
  public ImageStream createInternal(ImageStream requested) {
    return create(requested, requested.status());
  }

  private ImageStream create(ImageStream requested, ImageStreamStatus status) {
    String now = Timestamps.now(clock);
    List<TagReference> tags = new ArrayList<>();
    requested.spec().tags().forEach(tag -> tags.add(tag.withGeneration(1L)));
    ImageStream stream =
        new ImageStream(
            requested.metadata().withGeneration(1L).withCreationTimestamp(now),
            requested.spec().withTags(tags),
            status,
            requested.extra());
    return decorate(validated(null, stream, now));
  }

  /**
   * The stored result of updating {@code stored} with {@code requested}. The requested status is
   * kept, so a spec-only update passes the stored status along.
   */
  public ImageStream update(ImageStream stored, ImageStream requested) {
    long oldGeneration = stored.metadata().generationOrZero();
    List<TagReference> tags = new ArrayList<>();
    for (TagReference tag : requested.spec().tags()) {
      Optional<TagReference> old = stored.spec().tag(tag.name());
      // Clients cannot choose generations; only 0 ("import again") survives.
      boolean keepsZero = tag.generation() != null && tag.generation() == 0;
      tags.add(old.isPresent() && !keepsZero ? tag.withGeneration(old.get().generation()) : tag);
    }
    ImageStreamSpec spec = requested.spec().withTags(tags);
    boolean changed = !spec.equals(stored.spec()) || oldGeneration == 0;
    long generation = changed ? oldGeneration + 1 : oldGeneration;
    List<TagReference> stamped = new ArrayList<>();
    for (TagReference tag : spec.tags()) {
      Optional<TagReference> old = stored.spec().tag(tag.name());
      boolean stale = tag.generation() == null || tag.generation() == 0;
      boolean bump = old.isEmpty() || tagRefChanged(old.get(), tag, stored.namespace()) || stale;
      stamped.add(bump ? tag.withGeneration(generation) : tag);
    }
    ImageStream stream =
        requested
            .withMetadata(requested.metadata().withGeneration(generation))
            .withSpec(spec.withTags(stamped));
    return decorate(validated(stored, stream, Timestamps.now(clock)));
  }

  /**
   * The strategy's {@code Validate}: {@code tagsChanged} first (it computes the synchronous status
   * and may fail for a tag's source), then {@code ValidateImageStream} on the result. Every error
   * is reported at once; the server wraps those of {@code tagsChanged} whole, as an internal error
   * at the empty path ({@code []: Internal error: imagestreams "<name>" is invalid: …}).
   *
   * @throws ApiException (INVALID) listing every error
   */
  private ImageStream validated(ImageStream stored, ImageStream stream, String now) {
    List<FieldError> tagErrors = new ArrayList<>();
    ImageStream changed = tagsChanged(stored, stream, now, tagErrors);
    List<FieldError> errors = new ArrayList<>();
    if (!tagErrors.isEmpty()) {
      errors.add(
          FieldError.internal(FieldError.invalidMessage("imagestreams", stream.name(), tagErrors)));
    }
    errors.addAll(StreamValidation.errors(changed));
    if (!errors.isEmpty()) {
      throw ApiException.invalid(stream.name(), errors);
    }
    return changed;
  }

  /** Recomputes the repository fields the server adds on every read and write. */
  public ImageStream decorate(ImageStream stream) {
    String repository =
        hosts.internal().isEmpty()
            ? stream.spec().dockerImageRepository()
            : hosts.internal() + "/" + stream.namespace() + "/" + stream.name();
    String publicRepository =
        hosts.external().isEmpty()
            ? ""
            : hosts.external() + "/" + stream.namespace() + "/" + stream.name();
    return stream.withStatus(stream.status().withRepositories(repository, publicRepository));
  }

  /**
   * Whether a spec tag changed in a way that needs a new status: its source, {@code reference},
   * import mode, or a client asking for a re-import with generation 0. Scheduling, insecure and the
   * reference policy do not count.
   */
  static boolean tagRefChanged(TagReference old, TagReference next, String streamNamespace) {
    ObjectReference from = next.from();
    if (from == null || (from.kind().isEmpty() && from.name().isEmpty())) {
      return false;
    }
    if (old.from() == null) {
      return true;
    }
    return !from.namespaceOr(streamNamespace).equals(old.from().namespaceOr(streamNamespace))
        || !from.name().equals(old.from().name())
        || next.reference() != old.reference()
        || !next.importPolicy().importMode().equals(old.importPolicy().importMode())
        || (Objects.equals(next.generation(), 0L)
            && old.generation() != null
            && old.generation() != 0);
  }

  private ImageStream tagsChanged(
      ImageStream stored, ImageStream stream, String now, List<FieldError> errors) {
    long generation = stream.metadata().generationOrZero();
    ImageStreamStatus status = stream.status();
    for (TagReference tag : stream.spec().tags()) {
      if (tag.from() == null) {
        continue;
      }
      Optional<TagReference> old =
          stored == null ? Optional.empty() : stored.spec().tag(tag.name());
      if (old.isPresent() && !tagRefChanged(old.get(), tag, stream.namespace())) {
        continue;
      }
      ImageStream current = stream.withStatus(status);
      Optional<TagEventSources.SourcedEvent> sourced = sources.eventFor(current, tag, now, errors);
      if (sourced.isPresent()) {
        TagEvent event =
            rewriteToDestination(sourced.get(), tag, stream).withGeneration(generation);
        status = TagHistory.add(status, tag.name(), event);
      }
    }
    return stream.withStatus(refreshTrackingTags(stored, stream, status));
  }

  /**
   * An image that lives in the integrated registry under the source stream is handed out under the
   * destination's repository, so Pods there need no pull rights on the source namespace.
   */
  private TagEvent rewriteToDestination(
      TagEventSources.SourcedEvent sourced, TagReference tag, ImageStream destination) {
    TagEvent event = sourced.event();
    if (tag.reference() || hosts.internal().isEmpty()) {
      return event;
    }
    return IntegratedRegistry.rewrite(
            hosts.internal(),
            event.dockerImageReference(),
            sourced.sourceNamespace(),
            sourced.sourceName(),
            destination.namespace(),
            destination.name())
        .map(event::withReference)
        .orElse(event);
  }

  /**
   * Same-stream ImageStreamTag spec tags follow their source tag whenever its current image
   * changes.
   */
  private static ImageStreamStatus refreshTrackingTags(
      ImageStream stored, ImageStream stream, ImageStreamStatus status) {
    ImageStreamStatus result = status;
    for (var history : status.tags()) {
      Optional<TagEvent> latest = history.latest();
      Optional<TagEvent> before =
          stored == null ? Optional.empty() : stored.status().latest(history.tag());
      if (latest.isEmpty() || latest.equals(before)) {
        continue;
      }
      for (TagReference tracker : stream.spec().tags()) {
        if (tracks(tracker, stream, history.tag()) && !tracker.name().equals(history.tag())) {
          result = TagHistory.add(result, tracker.name(), latest.get());
        }
      }
    }
    return result;
  }

  private static boolean tracks(TagReference tracker, ImageStream stream, String tag) {
    ObjectReference from = tracker.from();
    return from != null
        && ObjectReference.IMAGE_STREAM_TAG.equals(from.kind())
        && from.namespaceOr(stream.namespace()).equals(stream.namespace())
        && (from.name().equals(tag) || from.name().equals(stream.name() + ":" + tag));
  }
}
