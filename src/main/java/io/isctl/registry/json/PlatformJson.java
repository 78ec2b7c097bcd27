package io.isctl.registry.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.List;

/** The {@code platform} of an index entry (image-spec {@code image-index.md}). */
public record PlatformJson(
    String architecture,
    String os,
    String osVersion,
    List<String> osFeatures,
    String variant,
    List<String> features) {

  static PlatformJson read(JsonNode node) throws IOException {
    JsonNode object = JsonFields.object(node, "PlatformJson");
    return new PlatformJson(
        JsonFields.text(object, "architecture"),
        JsonFields.text(object, "os"),
        JsonFields.text(object, "os.version"),
        JsonFields.texts(object, "os.features"),
        JsonFields.text(object, "variant"),
        JsonFields.texts(object, "features"));
  }
}
