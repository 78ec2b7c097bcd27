package io.isctl.model;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Objects;

/**
 * A spec tag's {@code from}: a Docker image, an ImageStreamTag or an ImageStreamImage.
 *
 * @param kind case-sensitive, as the API server validates it
 * @param namespace "" means the stream's own namespace
 */
public record ObjectReference(String kind, String namespace, String name, ObjectNode extra) {

  public static final String DOCKER_IMAGE = "DockerImage";
  public static final String IMAGE_STREAM_TAG = "ImageStreamTag";
  public static final String IMAGE_STREAM_IMAGE = "ImageStreamImage";

  public ObjectReference {
    kind = kind == null ? "" : kind;
    namespace = namespace == null ? "" : namespace;
    name = name == null ? "" : name;
    extra = Extra.orEmpty(extra);
  }

  public static ObjectReference dockerImage(String pullSpec) {
    return new ObjectReference(DOCKER_IMAGE, "", pullSpec, null);
  }

  public static ObjectReference of(String kind, String namespace, String name) {
    return new ObjectReference(kind, namespace, name, null);
  }

  /** The namespace the reference points into: its own, else the stream's. */
  public String namespaceOr(String streamNamespace) {
    return namespace.isEmpty() ? streamNamespace : namespace;
  }

  /** Written out: see {@link ImageStream#equals}. */
  @Override
  public boolean equals(Object other) {
    return other instanceof ObjectReference that
        && Objects.equals(kind, that.kind)
        && Objects.equals(namespace, that.namespace)
        && Objects.equals(name, that.name)
        && Objects.equals(extra, that.extra);
  }

  @Override
  public int hashCode() {
    return Objects.hash(kind, namespace, name, extra);
  }
}
