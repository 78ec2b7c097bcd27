package io.isctl.model;

import java.util.Optional;

/**
 * Where the server rules read other streams from (the source of an ImageStreamTag or
 * ImageStreamImage).
 */
@FunctionalInterface
public interface StreamSource {
  Optional<ImageStream> find(String namespace, String name);
}
