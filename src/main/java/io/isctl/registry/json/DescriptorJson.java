package io.isctl.registry.json;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;
import java.util.Map;

/**
 * A content descriptor: a config, a layer, or an index entry (image-spec {@code descriptor.md}).
 */
@JsonIgnoreProperties(ignoreUnknown = true)
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
}
