package io.isctl.registry.json;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;

/** The {@code config} object inside an image config (Docker's capitalised field names). */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ContainerConfigJson(
    @JsonProperty("User") String user,
    @JsonProperty("Env") List<String> env,
    @JsonProperty("Entrypoint") List<String> entrypoint,
    @JsonProperty("Cmd") List<String> cmd,
    @JsonProperty("WorkingDir") String workingDir,
    @JsonProperty("Labels") Map<String, String> labels,
    @JsonProperty("ExposedPorts") Map<String, Object> exposedPorts) {}
