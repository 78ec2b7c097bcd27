package io.isctl.ops;

import io.isctl.model.Image;
import io.isctl.model.ImageStream;
import io.isctl.model.ImageStreamStatus;
import io.isctl.model.NamedTagEventList;
import io.isctl.model.ObjectMeta;
import io.isctl.model.TagEvent;
import io.isctl.model.TagReference;
import io.isctl.resolve.StreamImages;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One tag of a stream, as the ImageStreamTag endpoint serves it and {@code describe istag} shows
 * it.
 *
 * @param stream the stream cut down to this tag: its spec tag and its history, nothing else
 * @param current the tag's current image: its newest history entry, when that names an image
 * @param reference the pull spec Pods get for the current image; "" without one
 * @param image the stored Image of the current image, when the store has it
 */
public record StreamTagView(
    StreamView stream,
    String tag,
    Optional<TagEvent> current,
    String reference,
    Optional<Image> image) {

  /**
   * The one query that narrows a stream to a tag; empty when the stream has the tag neither in its
   * spec nor in its history.
   *
   * @param podImages whether the view carries the tag's Pod image (only {@code describe} shows it)
   */
  static Optional<StreamTagView> of(
      ImageApiServer api, ImageStream stream, String tag, boolean podImages) {
    Optional<TagReference> spec = stream.spec().tag(tag);
    Optional<NamedTagEventList> history = stream.status().tag(tag);
    if (spec.isEmpty() && history.isEmpty()) {
      return Optional.empty();
    }
    ImageStream only =
        stream
            .withSpec(stream.spec().withTags(spec.map(List::of).orElse(List.of())))
            .withStatus(
                new ImageStreamStatus(
                    stream.status().dockerImageRepository(),
                    stream.status().publicDockerImageRepository(),
                    history.map(List::of).orElse(List.of()),
                    null));
    Optional<TagEvent> current = stream.status().latest(tag).filter(e -> !e.image().isEmpty());
    return Optional.of(
        new StreamTagView(
            podImages ? StreamView.withPodImages(only) : StreamView.of(only),
            tag,
            current,
            current.map(event -> StreamImages.referenceFor(stream, tag, event)).orElse(""),
            current.flatMap(event -> api.image(event.image()))));
  }

  /** {@code stream:tag}. */
  public String name() {
    return stream.stream().name() + ":" + tag;
  }

  /** The spec tag's annotations, which the served image carries too; empty without any. */
  public Map<String, String> tagAnnotations() {
    Map<String, String> annotations =
        stream.stream().spec().tag(tag).map(TagReference::annotations).orElse(null);
    return annotations == null ? Map.of() : annotations;
  }

  /**
   * The stored Image as the ImageStreamTag serves it: the spec tag's annotations added, under the
   * reference Pods get.
   */
  public Optional<Image> servedImage() {
    return image.map(
        stored -> {
          ObjectMeta meta = stored.metadata();
          for (Map.Entry<String, String> annotation : tagAnnotations().entrySet()) {
            meta = meta.withAnnotation(annotation.getKey(), annotation.getValue());
          }
          return stored.withMetadata(meta).withDockerImageReference(reference);
        });
  }
}
