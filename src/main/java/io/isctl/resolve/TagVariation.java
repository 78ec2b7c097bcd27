package io.isctl.resolve;

import io.isctl.model.ImageStream;
import io.isctl.model.ReferencePolicyType;
import io.isctl.model.TagEvent;
import io.isctl.model.TagReference;
import java.util.Optional;

/** The article's variations: what kind of tag this is, which decides how Pods get its image. */
public enum TagVariation {
  EXTERNAL("external image, pinned by digest (referencePolicy Source)"),
  PULLTHROUGH("external image with pullthrough (referencePolicy Local)"),
  REFERENCE("reference to an external tag (reference: true, never imported)"),
  INTERNAL("image in the integrated registry"),
  PENDING("waiting for its first import");

  private final String description;

  TagVariation(String description) {
    this.description = description;
  }

  public String description() {
    return description;
  }

  /** Classifies {@code tag} of {@code stream}; {@code internalRegistry} may be "". */
  public static TagVariation of(ImageStream stream, String tag, String internalRegistry) {
    Optional<TagReference> spec = stream.spec().tag(tag);
    Optional<TagEvent> latest = stream.status().latest(tag);
    if (latest.isEmpty()) {
      return PENDING;
    }
    if (latest.get().image().isEmpty()) {
      return REFERENCE;
    }
    boolean inIntegratedRegistry =
        !internalRegistry.isEmpty()
            && latest.get().dockerImageReference().startsWith(internalRegistry + "/");
    if (inIntegratedRegistry) {
      return INTERNAL;
    }
    if (spec.isPresent() && spec.get().referencePolicy() == ReferencePolicyType.LOCAL) {
      return PULLTHROUGH;
    }
    return EXTERNAL;
  }
}
