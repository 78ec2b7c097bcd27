package io.isctl.reference;

import java.util.Objects;

/**
 * The name of an ImageStreamTag, {@code stream:tag}.
 *
 * @param stream the image stream name
 * @param tag the tag inside the stream
 */
public record StreamTag(String stream, String tag) {
  /** Rejects null parts. */
  public StreamTag {
    Objects.requireNonNull(stream, "stream");
    Objects.requireNonNull(tag, "tag");
  }

  /** Returns {@code stream:tag}. */
  @Override
  public String toString() {
    return stream + ":" + tag;
  }
}
