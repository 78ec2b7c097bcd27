package io.isctl.reference;

import java.util.Objects;

/**
 * The name of an ImageStreamImage, {@code stream@id}.
 *
 * @param stream the image stream name
 * @param id the image id (usually a digest), or a prefix of it
 */
public record StreamImage(String stream, String id) {
  /** Rejects null parts. */
  public StreamImage {
    Objects.requireNonNull(stream, "stream");
    Objects.requireNonNull(id, "id");
  }

  /** Returns {@code stream@id}. */
  @Override
  public String toString() {
    return stream + "@" + id;
  }
}
