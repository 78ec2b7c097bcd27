package io.isctl.registry.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;

/** What {@code docker-credential-<name> get} prints (docker-credential-helpers). */
public record CredentialHelperJson(String serverUrl, String username, String secret) {

  @Override
  public String toString() {
    return "CredentialHelperJson[serverUrl=" + serverUrl + ", username=" + username + "]";
  }

  static CredentialHelperJson read(JsonNode node) throws IOException {
    JsonNode object = JsonFields.object(node, "CredentialHelperJson");
    return new CredentialHelperJson(
        JsonFields.text(object, "ServerURL"),
        JsonFields.text(object, "Username"),
        JsonFields.text(object, "Secret"));
  }
}
