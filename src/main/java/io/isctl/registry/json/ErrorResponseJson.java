package io.isctl.registry.json;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/** A registry error body {@code {"errors":[{"code","message","detail"}]}} (OCI "Error Codes"). */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ErrorResponseJson(List<ErrorJson> errors) {

  /** One error entry; {@code detail} is free-form and deliberately not kept. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record ErrorJson(String code, String message) {}
}
