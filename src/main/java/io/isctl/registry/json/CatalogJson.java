package io.isctl.registry.json;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/** One page of {@code GET /v2/_catalog}; an empty registry may send {@code null}. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record CatalogJson(List<String> repositories) {

  public CatalogJson {
    repositories = repositories == null ? List.of() : List.copyOf(repositories);
  }
}
