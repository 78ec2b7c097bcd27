package io.isctl.resolve;

import io.isctl.model.ImageStream;
import io.isctl.model.ReferencePolicyType;
import io.isctl.model.TagEvent;
import io.isctl.model.TagReference;
import java.util.Optional;

/**
 * The pull spec an image-change trigger writes into a workload for {@code stream:tag} ({@code
 * ResolveLatestTaggedImage}): the tag's current history entry, moved to the integrated registry
 * when the tag's reference policy is Local.
 */
public final class TriggerResolver {
  private TriggerResolver() {}

  public static Resolution resolve(ImageStream stream, String tag) {
    return decide(stream, tag).validFor(stream.name() + ":" + tag);
  }

  private static Resolution decide(ImageStream stream, String tag) {
    String name = stream.name() + ":" + tag;
    Optional<TagEvent> latest = stream.status().latest(tag);
    if (latest.isEmpty()) {
      return Resolution.unresolved(
          name,
          "image stream tag "
              + stream.namespace()
              + "/"
              + name
              + " has no image yet"
              + pendingHint(stream, tag));
    }
    TagEvent event = latest.get();
    Optional<TagReference> spec = stream.spec().tag(tag);
    String repository = stream.status().dockerImageRepository();
    if (spec.isPresent()
        && spec.get().referencePolicy() == ReferencePolicyType.LOCAL
        && !repository.isEmpty()
        && !event.image().isEmpty()) {
      return Resolution.resolved(
          repository + "@" + event.image(),
          "referencePolicy Local",
          "the tag's referencePolicy is Local, so Pods pull through the integrated registry by digest");
    }
    if (event.image().isEmpty()) {
      return Resolution.resolved(
          event.dockerImageReference(),
          "reference tag",
          "the tag is a reference (no import, no image id): Pods pull the recorded pull spec as written");
    }
    return Resolution.resolved(
        event.dockerImageReference(),
        "referencePolicy Source",
        "the tag's current image, by the pull spec recorded when it was imported or pushed");
  }

  private static String pendingHint(ImageStream stream, String tag) {
    return stream
        .spec()
        .tag(tag)
        .filter(TagReference::importable)
        .map(t -> " (pending import of " + t.from().name() + ")")
        .orElse("");
  }
}
