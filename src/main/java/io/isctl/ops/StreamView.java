package io.isctl.ops;

import io.isctl.model.ImageStream;
import io.isctl.model.NamedTagEventList;
import io.isctl.resolve.Resolution;
import io.isctl.resolve.TriggerResolver;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * An image stream as {@code get} and {@code describe} show it: the stream, and the image a Pod gets
 * from each of its tags that has one (what an image-change trigger writes into a workload).
 *
 * @param podImages in the order of the stream's status tags; empty when the output shows none
 */
public record StreamView(ImageStream stream, List<PodImage> podImages) {

  public StreamView {
    podImages = List.copyOf(podImages);
  }

  /** The image a Pod gets from one tag. */
  public record PodImage(String tag, String image) {}

  /** The stream without Pod images, for output that does not show them. */
  public static StreamView of(ImageStream stream) {
    return new StreamView(stream, List.of());
  }

  /** The stream with the image a Pod gets from each of its tags that has one. */
  public static StreamView withPodImages(ImageStream stream) {
    List<PodImage> images = new ArrayList<>();
    for (NamedTagEventList history : stream.status().tags()) {
      Resolution resolution = TriggerResolver.resolve(stream, history.tag());
      if (resolution.resolved()) {
        images.add(new PodImage(history.tag(), resolution.image()));
      }
    }
    return new StreamView(stream, images);
  }

  /** The image a Pod gets from {@code tag}, if it has one. */
  public Optional<String> podImage(String tag) {
    return podImages.stream().filter(p -> p.tag().equals(tag)).map(PodImage::image).findFirst();
  }
}
