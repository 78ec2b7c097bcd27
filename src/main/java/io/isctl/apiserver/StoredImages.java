package io.isctl.apiserver;

import io.isctl.model.ImageStream;
import io.isctl.model.NamedTagEventList;
import io.isctl.model.TagEvent;
import java.util.function.Predicate;

/**
 * Which Images the server can read for a stream. {@code GET imagestreamtags/<stream>:<tag>} reads
 * the tag's current Image and answers NotFound for {@code images "<id>"} when it is gone (pruned).
 * A store keeps Images, so the same holds there, with one exception: a stream none of whose images
 * has a file was written by hand, or imported before isctl kept Images, and its tags are served
 * without image metadata.
 */
public final class StoredImages {
  /** The resource of an Image, as the server names it in its errors. */
  public static final String IMAGES = "images.image.openshift.io";

  private StoredImages() {}

  /**
   * Checks that the Image of {@code image}, the current image of a tag of {@code stream}, can be
   * read.
   *
   * @param stored whether the store has the Image of a digest
   * @throws ApiException NotFound for {@code images "<image>"} when it has no file while another
   *     image of the stream's history has one
   */
  public static void requireImage(ImageStream stream, String image, Predicate<String> stored) {
    if (image.isEmpty() || stored.test(image)) {
      return;
    }
    if (keepsImagesOf(stream, stored)) {
      throw ApiException.notFound(IMAGES, image);
    }
  }

  /** Whether any image of the stream's history has its Image stored. */
  static boolean keepsImagesOf(ImageStream stream, Predicate<String> stored) {
    for (NamedTagEventList history : stream.status().tags()) {
      for (TagEvent event : history.items()) {
        if (!event.image().isEmpty() && stored.test(event.image())) {
          return true;
        }
      }
    }
    return false;
  }
}
