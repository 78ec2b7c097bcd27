package io.isctl.registry.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.List;
import java.util.Map;

/**
 * A content descriptor: a config, a layer, or an index entry (image-spec {@code descriptor.md}).
 */
public record DescriptorJson(
    String mediaType,
    String digest,
    long size,
    List<String> urls,
    Map<String, String> annotations,
    PlatformJson platform) {

  /** Whether buildx marked this index entry as an attestation (SBOM/provenance), not an image. */
  public boolean isAttestation() {
    return annotations != null
        && "attestation-manifest".equals(annotations.get("vnd.docker.reference.type"));
  }

  static DescriptorJson read(JsonNode node) throws IOException {
    JsonNode object = JsonFields.object(node, "DescriptorJson");
    JsonNode platform = JsonFields.field(object, "platform");
    return new DescriptorJson(
        JsonFields.text(object, "mediaType"),
        JsonFields.text(object, "digest"),
        JsonFields.int64(object, "size"),
        JsonFields.texts(object, "urls"),
        JsonFields.textMap(object, "annotations"),
        platform == null ? null : PlatformJson.read(platform));
  }
}
