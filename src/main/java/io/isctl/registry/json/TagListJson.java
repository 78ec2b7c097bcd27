package io.isctl.registry.json;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/**
 * One page of {@code GET /v2/<name>/tags/list}; distribution 2.8 sends {@code "tags": null} when
 * empty.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record TagListJson(String name, List<String> tags) {

  public TagListJson {
    tags = tags == null ? List.of() : List.copyOf(tags);
  }
}
