package io.isctl.apiserver;

import io.isctl.model.ImageStream;
import io.isctl.model.ObjectReference;
import io.isctl.model.StreamSource;
import io.isctl.model.TagEvent;
import io.isctl.model.TagReference;
import io.isctl.reference.StreamNames;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * What a spec tag's source says its image is now, computed synchronously by the server when the tag
 * is created or changed ({@code tagsChanged}): reference tags record their pull spec,
 * ImageStreamTag and ImageStreamImage sources copy an event from the source stream.
 */
final class TagEventSources {
  private final StreamSource streams;

  TagEventSources(StreamSource streams) {
    this.streams = streams;
  }

  /**
   * The event for {@code tag} in {@code stream} (the stream as being written), or empty when the
   * source gives none yet (a Docker image still to import, an ImageStreamTag with no history) or
   * cannot give one: then the reason is added to {@code errors}, at {@code
   * spec.tags[<tag>].from.name}, in the server's words ({@code tagsChanged}).
   */
  Optional<SourcedEvent> eventFor(
      ImageStream stream, TagReference tag, String now, List<FieldError> errors) {
    ObjectReference from = tag.from();
    if (ObjectReference.DOCKER_IMAGE.equals(from.kind()) && !from.name().isEmpty()) {
      return !tag.reference()
          ? Optional.empty()
          : Optional.of(
              new SourcedEvent(
                  new TagEvent(now, from.name(), "", 0), stream.namespace(), stream.name()));
    }
    String field = "spec.tags[" + tag.name() + "].from.name";
    boolean byTag = ObjectReference.IMAGE_STREAM_TAG.equals(from.kind());
    boolean byId = ObjectReference.IMAGE_STREAM_IMAGE.equals(from.kind());
    // Any other kind, and a Docker image without a name, cannot be split into stream and tag or id.
    String[] parts = byTag || byId ? from.name().split(byTag ? ":" : "@", -1) : new String[3];
    if (parts.length > 2) {
      errors.add(
          FieldError.invalid(
              field, from.name(), "must be of the form <tag>, <repo>:<tag>, <id>, or <repo>@<id>"));
      return Optional.empty();
    }
    String sourceName = parts.length == 1 ? stream.name() : parts[0];
    String tagOrId = parts.length == 1 ? parts[0] : parts[1];
    String namespace = from.namespaceOr(stream.namespace());
    Optional<ImageStream> source =
        namespace.equals(stream.namespace()) && sourceName.equals(stream.name())
            ? Optional.of(stream)
            : streams.find(namespace, sourceName);
    if (source.isEmpty()) {
      errors.add(FieldError.notFound(field, from.name()));
      return Optional.empty();
    }
    if (byTag) {
      return source
          .get()
          .status()
          .latest(tagOrId)
          .map(event -> new SourcedEvent(event, namespace, sourceName));
    }
    try {
      TagEvent match = resolveImageId(source.get(), tagOrId);
      return Optional.of(
          new SourcedEvent(
              new TagEvent(now, match.dockerImageReference(), match.image(), 0),
              namespace,
              sourceName));
    } catch (ApiException e) {
      errors.add(
          FieldError.invalid(field, from.name(), "error generating tag event: " + e.getMessage()));
      return Optional.empty();
    }
  }

  /**
   * {@code ResolveImageID}: the history entry of the one image {@code id} names (a whole image
   * name, or a prefix of its digest's hex or of the name).
   *
   * @throws ApiException NotFound for {@code imagestreamimage "<id>"} when nothing matches,
   *     Conflict when several images do
   */
  static TagEvent resolveImageId(ImageStream stream, String id) {
    Set<String> images = new TreeSet<>();
    TagEvent match = null;
    for (var history : stream.status().tags()) {
      for (TagEvent event : history.items()) {
        if (StreamNames.digestOrImageMatch(event.image(), id)
            && images.add(event.image())
            && match == null) {
          match = event;
        }
      }
    }
    if (images.isEmpty()) {
      throw ApiException.notFound(ApiException.IMAGE_STREAM_IMAGE, id);
    }
    if (images.size() > 1) {
      throw ApiException.multipleImages(id, images);
    }
    return match;
  }

  /** An event and the stream it was copied from, which the integrated-registry rewrite needs. */
  record SourcedEvent(TagEvent event, String sourceNamespace, String sourceName) {}
}
