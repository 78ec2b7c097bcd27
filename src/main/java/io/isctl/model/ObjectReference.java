package io.isctl.model;

import com.fasterxml.jackson.databind.node.ObjectNode;

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
}
