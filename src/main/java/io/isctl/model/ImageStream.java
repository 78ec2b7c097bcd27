package io.isctl.model;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Objects;

/**
 * An ImageStream resource (image.openshift.io/v1) as oc prints it.
 *
 * @param metadata the object's metadata
 * @param spec the desired tags and policies
 * @param status the observed tag histories, written by the server
 * @param extra top-level fields isctl does not model, kept for the round trip
 */
public record ImageStream(
    ObjectMeta metadata, ImageStreamSpec spec, ImageStreamStatus status, ObjectNode extra) {

  public static final String API_VERSION = "image.openshift.io/v1";
  public static final String KIND = "ImageStream";

  public ImageStream {
    Objects.requireNonNull(metadata, "metadata");
    spec = spec == null ? ImageStreamSpec.EMPTY : spec;
    status = status == null ? ImageStreamStatus.EMPTY : status;
    extra = Extra.orEmpty(extra);
  }

  /** A new, empty stream with just a namespace and a name. */
  public static ImageStream named(String namespace, String name) {
    return new ImageStream(
        ObjectMeta.named(namespace, name), ImageStreamSpec.EMPTY, ImageStreamStatus.EMPTY, null);
  }

  public String name() {
    return metadata.name();
  }

  public String namespace() {
    return metadata.namespace();
  }

  public ImageStream withMetadata(ObjectMeta newMetadata) {
    return new ImageStream(newMetadata, spec, status, extra);
  }

  public ImageStream withSpec(ImageStreamSpec newSpec) {
    return new ImageStream(metadata, newSpec, status, extra);
  }

  public ImageStream withStatus(ImageStreamStatus newStatus) {
    return new ImageStream(metadata, spec, newStatus, extra);
  }

  /**
   * Written out, as in the other model records: the equals and hashCode a record gets are linked
   * through invokedynamic at their first call, which cost a registry command about 15 ms at
   * start-up (the API server compares a stream before and after an import).
   */
  @Override
  public boolean equals(Object other) {
    return other instanceof ImageStream that
        && Objects.equals(metadata, that.metadata)
        && Objects.equals(spec, that.spec)
        && Objects.equals(status, that.status)
        && Objects.equals(extra, that.extra);
  }

  @Override
  public int hashCode() {
    return Objects.hash(metadata, spec, status, extra);
  }
}
