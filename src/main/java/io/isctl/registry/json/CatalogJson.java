package io.isctl.registry.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.List;

/** One page of {@code GET /v2/_catalog}; an empty registry may send {@code null}. */
public record CatalogJson(List<String> repositories) {

  public CatalogJson {
    repositories = repositories == null ? List.of() : List.copyOf(repositories);
  }

  static CatalogJson read(JsonNode node) throws IOException {
    JsonNode object = JsonFields.object(node, "CatalogJson");
    return new CatalogJson(JsonFields.texts(object, "repositories"));
  }
}
