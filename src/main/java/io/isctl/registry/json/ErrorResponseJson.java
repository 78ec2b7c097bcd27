package io.isctl.registry.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.List;

/** A registry error body {@code {"errors":[{"code","message","detail"}]}} (OCI "Error Codes"). */
public record ErrorResponseJson(List<ErrorJson> errors) {

  /** One error entry; {@code detail} is free-form and deliberately not kept. */
  public record ErrorJson(String code, String message) {
    static ErrorJson read(JsonNode node) throws IOException {
      JsonNode object = JsonFields.object(node, "ErrorJson");
      return new ErrorJson(JsonFields.text(object, "code"), JsonFields.text(object, "message"));
    }
  }

  static ErrorResponseJson read(JsonNode node) throws IOException {
    JsonNode object = JsonFields.object(node, "ErrorResponseJson");
    return new ErrorResponseJson(JsonFields.list(object, "errors", ErrorJson::read));
  }
}
