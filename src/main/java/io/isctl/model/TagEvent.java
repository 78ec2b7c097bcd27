package io.isctl.model;

import java.util.Objects;

/**
 * One entry of a tag's history.
 *
 * @param created RFC 3339 time, as the server wrote it
 * @param dockerImageReference the pull spec recorded for the image
 * @param image the image's name (its sha256 digest); "" for reference tags
 * @param generation the stream generation that produced the entry
 */
public record TagEvent(String created, String dockerImageReference, String image, long generation) {

  public TagEvent {
    created = created == null ? "" : created;
    dockerImageReference = dockerImageReference == null ? "" : dockerImageReference;
    image = image == null ? "" : image;
  }

  public TagEvent withGeneration(long newGeneration) {
    return new TagEvent(created, dockerImageReference, image, newGeneration);
  }

  public TagEvent withReference(String reference) {
    return new TagEvent(created, reference, image, generation);
  }

  /** Written out: see {@link ImageStream#equals}. */
  @Override
  public boolean equals(Object other) {
    return other instanceof TagEvent that
        && Objects.equals(created, that.created)
        && Objects.equals(dockerImageReference, that.dockerImageReference)
        && Objects.equals(image, that.image)
        && generation == that.generation;
  }

  @Override
  public int hashCode() {
    return Objects.hash(created, dockerImageReference, image, generation);
  }
}
