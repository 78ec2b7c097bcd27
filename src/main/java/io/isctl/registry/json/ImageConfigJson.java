package io.isctl.registry.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;

/**
 * The image config blob fields OpenShift copies into image metadata (image-spec {@code config.md}).
 */
public record ImageConfigJson(
    String architecture,
    String os,
    String variant,
    String created,
    String author,
    ContainerConfigJson config) {

  static ImageConfigJson read(JsonNode node) throws IOException {
    JsonNode object = JsonFields.object(node, "ImageConfigJson");
    JsonNode config = JsonFields.field(object, "config");
    return new ImageConfigJson(
        JsonFields.text(object, "architecture"),
        JsonFields.text(object, "os"),
        JsonFields.text(object, "variant"),
        JsonFields.text(object, "created"),
        JsonFields.text(object, "author"),
        config == null ? null : ContainerConfigJson.read(config));
  }
}
