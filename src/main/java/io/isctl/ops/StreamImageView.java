package io.isctl.ops;

import io.isctl.model.Image;
import io.isctl.model.ImageStream;
import io.isctl.model.TagEvent;
import io.isctl.resolve.StreamImages;
import java.util.Optional;

/**
 * One image of a stream, as the ImageStreamImage endpoint serves it.
 *
 * @param event the first history entry that holds the image
 * @param reference the pull spec Pods get for it
 * @param image the stored Image, when the store has it
 */
public record StreamImageView(
    ImageStream stream, TagEvent event, String reference, Optional<Image> image) {

  /** The view of a match that is not ambiguous. */
  static StreamImageView of(ImageApiServer api, ImageStream stream, StreamImages.Match match) {
    TagEvent event = match.event();
    return new StreamImageView(
        stream, event, StreamImages.pullSpec(stream, match), api.image(event.image()));
  }

  /** {@code stream@digest}. */
  public String name() {
    return stream.name() + "@" + event.image();
  }
}
