package io.isctl.registry.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.List;
import java.util.Map;

/** A multi-platform index: OCI image index or Docker manifest list. */
public record IndexJson(
    int schemaVersion,
    String mediaType,
    List<DescriptorJson> manifests,
    Map<String, String> annotations) {

  public IndexJson {
    manifests = manifests == null ? List.of() : List.copyOf(manifests);
  }

  static IndexJson read(JsonNode node) throws IOException {
    JsonNode object = JsonFields.object(node, "IndexJson");
    return new IndexJson(
        JsonFields.int32(object, "schemaVersion"),
        JsonFields.text(object, "mediaType"),
        JsonFields.list(object, "manifests", DescriptorJson::read),
        JsonFields.textMap(object, "annotations"));
  }
}
