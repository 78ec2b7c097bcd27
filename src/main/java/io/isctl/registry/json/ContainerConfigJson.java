package io.isctl.registry.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.List;
import java.util.Map;

/** The {@code config} object inside an image config (Docker's capitalised field names). */
public record ContainerConfigJson(
    String user,
    List<String> env,
    List<String> entrypoint,
    List<String> cmd,
    String workingDir,
    Map<String, String> labels,
    Map<String, Object> exposedPorts) {

  static ContainerConfigJson read(JsonNode node) throws IOException {
    JsonNode object = JsonFields.object(node, "ContainerConfigJson");
    return new ContainerConfigJson(
        JsonFields.text(object, "User"),
        JsonFields.texts(object, "Env"),
        JsonFields.texts(object, "Entrypoint"),
        JsonFields.texts(object, "Cmd"),
        JsonFields.text(object, "WorkingDir"),
        JsonFields.textMap(object, "Labels"),
        JsonFields.untypedMap(object, "ExposedPorts"));
  }
}
