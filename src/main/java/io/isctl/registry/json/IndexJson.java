package io.isctl.registry.json;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;
import java.util.Map;

/** A multi-platform index: OCI image index or Docker manifest list. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record IndexJson(
    int schemaVersion,
    String mediaType,
    List<DescriptorJson> manifests,
    Map<String, String> annotations) {

  public IndexJson {
    manifests = manifests == null ? List.of() : List.copyOf(manifests);
  }
}
