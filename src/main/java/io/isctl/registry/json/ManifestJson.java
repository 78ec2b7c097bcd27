package io.isctl.registry.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.List;
import java.util.Map;

/** A single-platform image manifest: Docker schema2 or OCI image manifest. */
public record ManifestJson(
    int schemaVersion,
    String mediaType,
    DescriptorJson config,
    List<DescriptorJson> layers,
    Map<String, String> annotations) {

  static ManifestJson read(JsonNode node) throws IOException {
    JsonNode object = JsonFields.object(node, "ManifestJson");
    JsonNode config = JsonFields.field(object, "config");
    return new ManifestJson(
        JsonFields.int32(object, "schemaVersion"),
        JsonFields.text(object, "mediaType"),
        config == null ? null : DescriptorJson.read(config),
        JsonFields.list(object, "layers", DescriptorJson::read),
        JsonFields.textMap(object, "annotations"));
  }
}
