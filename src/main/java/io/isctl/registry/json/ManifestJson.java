package io.isctl.registry.json;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;
import java.util.Map;

/** A single-platform image manifest: Docker schema2 or OCI image manifest. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ManifestJson(
    int schemaVersion,
    String mediaType,
    DescriptorJson config,
    List<DescriptorJson> layers,
    Map<String, String> annotations) {}
