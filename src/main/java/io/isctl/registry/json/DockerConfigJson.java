package io.isctl.registry.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.Map;

/** Docker's {@code config.json} and podman's {@code auth.json}: the parts that hold credentials. */
public record DockerConfigJson(
    Map<String, AuthEntryJson> auths, Map<String, String> credHelpers, String credsStore) {

  public DockerConfigJson {
    auths = auths == null ? Map.of() : Map.copyOf(auths);
    credHelpers = credHelpers == null ? Map.of() : Map.copyOf(credHelpers);
  }

  /**
   * One {@code auths} entry: base64 {@code auth}, or {@code username}/{@code password}, or an
   * identity token.
   */
  public record AuthEntryJson(String auth, String username, String password, String identitytoken) {

    @Override
    public String toString() {
      return "AuthEntryJson[username=" + username + ", secrets redacted]";
    }

    static AuthEntryJson read(JsonNode node) throws IOException {
      JsonNode object = JsonFields.object(node, "AuthEntryJson");
      return new AuthEntryJson(
          JsonFields.text(object, "auth"),
          JsonFields.text(object, "username"),
          JsonFields.text(object, "password"),
          JsonFields.text(object, "identitytoken"));
    }
  }

  static DockerConfigJson read(JsonNode node) throws IOException {
    JsonNode object = JsonFields.object(node, "DockerConfigJson");
    return new DockerConfigJson(
        JsonFields.map(object, "auths", AuthEntryJson::read),
        JsonFields.textMap(object, "credHelpers"),
        JsonFields.text(object, "credsStore"));
  }
}
