package io.isctl.registry.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.List;

/**
 * One page of {@code GET /v2/<name>/tags/list}; distribution 2.8 sends {@code "tags": null} when
 * empty.
 */
public record TagListJson(String name, List<String> tags) {

  public TagListJson {
    tags = tags == null ? List.of() : List.copyOf(tags);
  }

  static TagListJson read(JsonNode node) throws IOException {
    JsonNode object = JsonFields.object(node, "TagListJson");
    return new TagListJson(JsonFields.text(object, "name"), JsonFields.texts(object, "tags"));
  }
}
