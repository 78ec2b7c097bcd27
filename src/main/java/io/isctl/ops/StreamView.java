package io.isctl.ops;

import io.isctl.model.Image;
import io.isctl.model.ImageManifest;
import io.isctl.model.ImageStream;
import io.isctl.model.NamedTagEventList;
import io.isctl.resolve.Resolution;
import io.isctl.resolve.TriggerResolver;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * An image stream as {@code get} and {@code describe} show it: the stream, and the image a Pod gets
 * from each of its tags that has one (what an image-change trigger writes into a workload).
 *
 * @param podImages in the order of the stream's status tags; empty when the output shows none
 * @param platforms the platform of each tag's current image whose Image the store has, in the same
 *     order; empty when the output shows none
 */
public record StreamView(
    ImageStream stream, List<PodImage> podImages, List<TagPlatform> platforms) {

  public StreamView {
    podImages = List.copyOf(podImages);
    platforms = List.copyOf(platforms);
  }

  public StreamView(ImageStream stream, List<PodImage> podImages) {
    this(stream, podImages, List.of());
  }

  /** The image a Pod gets from one tag. */
  public record PodImage(String tag, String image) {}

  /**
   * What a tag's current image runs on, from its Image: the architecture of a single image (what a
   * Legacy import chose from a manifest list; the Image records no more of the platform), or each
   * platform of a manifest list (PreserveOriginal).
   */
  public record TagPlatform(String tag, String platform) {
    static Optional<TagPlatform> of(String tag, Image image) {
      if (!image.dockerImageManifests().isEmpty()) {
        List<String> platforms = new ArrayList<>();
        for (ImageManifest manifest : image.dockerImageManifests()) {
          platforms.add(
              manifest.os()
                  + "/"
                  + manifest.architecture()
                  + (manifest.variant().isEmpty() ? "" : "/" + manifest.variant()));
        }
        return Optional.of(new TagPlatform(tag, String.join(", ", platforms)));
      }
      String architecture = image.dockerImageMetadata().path("Architecture").asText("");
      return architecture.isEmpty()
          ? Optional.empty()
          : Optional.of(new TagPlatform(tag, architecture));
    }
  }

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

  /** This view with the platform of each tag's current image that {@code images} has. */
  public StreamView withPlatforms(Function<String, Optional<Image>> images) {
    List<TagPlatform> found = new ArrayList<>();
    for (NamedTagEventList history : stream.status().tags()) {
      history.items().stream()
          .findFirst()
          .filter(event -> !event.image().isEmpty())
          .flatMap(event -> images.apply(event.image()))
          .flatMap(image -> TagPlatform.of(history.tag(), image))
          .ifPresent(found::add);
    }
    return new StreamView(stream, podImages, found);
  }

  /** The platform of {@code tag}'s current image, if known. */
  public Optional<String> platform(String tag) {
    return platforms.stream()
        .filter(p -> p.tag().equals(tag))
        .map(TagPlatform::platform)
        .findFirst();
  }

  /** The image a Pod gets from {@code tag}, if it has one. */
  public Optional<String> podImage(String tag) {
    return podImages.stream().filter(p -> p.tag().equals(tag)).map(PodImage::image).findFirst();
  }
}
