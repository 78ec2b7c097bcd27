package io.isctl.apiserver;

import io.isctl.model.ImageStream;
import io.isctl.model.ObjectReference;
import io.isctl.model.StreamSource;
import io.isctl.model.TagEvent;
import io.isctl.model.TagReference;
import io.isctl.reference.StreamNames;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

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
   * source gives none yet (a Docker image still to import, an ImageStreamTag with no history).
   *
   * @throws ApiException when an ImageStreamImage source matches no image or several, or a source
   *     stream is missing
   */
  Optional<SourcedEvent> eventFor(ImageStream stream, TagReference tag, String now) {
    ObjectReference from = tag.from();
    String field = "spec.tags[" + tag.name() + "].from.name";
    return switch (from.kind()) {
      case ObjectReference.DOCKER_IMAGE ->
          from.name().isEmpty() || !tag.reference()
              ? Optional.empty()
              : Optional.of(
                  new SourcedEvent(
                      new TagEvent(now, from.name(), "", 0), stream.namespace(), stream.name()));
      case ObjectReference.IMAGE_STREAM_TAG -> fromStreamTag(stream, from, field);
      case ObjectReference.IMAGE_STREAM_IMAGE -> fromStreamImage(stream, from, field, now);
      default -> Optional.empty();
    };
  }

  private Optional<SourcedEvent> fromStreamTag(
      ImageStream stream, ObjectReference from, String field) {
    String[] parts = from.name().split(":", -1);
    String sourceName;
    String sourceTag;
    if (parts.length == 1) {
      sourceName = stream.name();
      sourceTag = parts[0];
    } else if (parts.length == 2) {
      sourceName = parts[0];
      sourceTag = parts[1];
    } else {
      throw ApiException.invalid(
          stream.name(),
          field,
          "Invalid value: \""
              + from.name()
              + "\": must be of the form <tag>, <repo>:<tag>, <id>, or <repo>@<id>");
    }
    String namespace = from.namespaceOr(stream.namespace());
    ImageStream source = sourceStream(stream, namespace, sourceName, field);
    return source
        .status()
        .latest(sourceTag)
        .map(event -> new SourcedEvent(event, namespace, sourceName));
  }

  private Optional<SourcedEvent> fromStreamImage(
      ImageStream stream, ObjectReference from, String field, String now) {
    int at = from.name().indexOf('@');
    String sourceName = at < 0 ? stream.name() : from.name().substring(0, at);
    String id = at < 0 ? from.name() : from.name().substring(at + 1);
    String namespace = from.namespaceOr(stream.namespace());
    ImageStream source = sourceStream(stream, namespace, sourceName, field);
    Set<String> images = new TreeSet<>();
    TagEvent match = null;
    for (var history : source.status().tags()) {
      for (TagEvent event : history.items()) {
        if (StreamNames.digestOrImageMatch(event.image(), id)
            && images.add(event.image())
            && match == null) {
          match = event;
        }
      }
    }
    if (images.isEmpty()) {
      throw new ApiException(
          ApiException.Reason.NOT_FOUND,
          "error generating tag event: imagestreamimage.image.openshift.io \""
              + sourceName
              + "@"
              + id
              + "\" not found");
    }
    if (images.size() > 1) {
      throw new ApiException(
          ApiException.Reason.CONFLICT,
          "multiple images match the prefix \""
              + id
              + "\": "
              + images.stream().collect(Collectors.joining(", ")));
    }
    return Optional.of(
        new SourcedEvent(
            new TagEvent(now, match.dockerImageReference(), match.image(), 0),
            namespace,
            sourceName));
  }

  private ImageStream sourceStream(
      ImageStream stream, String namespace, String name, String field) {
    if (namespace.equals(stream.namespace()) && name.equals(stream.name())) {
      return stream;
    }
    return streams
        .find(namespace, name)
        .orElseThrow(
            () ->
                new ApiException(
                    ApiException.Reason.NOT_FOUND,
                    "ImageStream.image.openshift.io \""
                        + stream.name()
                        + "\" is invalid: "
                        + field
                        + ": Not found: \""
                        + namespace
                        + "/"
                        + name
                        + "\""));
  }

  /** An event and the stream it was copied from, which the integrated-registry rewrite needs. */
  record SourcedEvent(TagEvent event, String sourceNamespace, String sourceName) {}
}
