package io.isctl.registry.json;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.Map;

/** Docker's {@code config.json} and podman's {@code auth.json}: the parts that hold credentials. */
@JsonIgnoreProperties(ignoreUnknown = true)
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
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record AuthEntryJson(String auth, String username, String password, String identitytoken) {

    @Override
    public String toString() {
      return "AuthEntryJson[username=" + username + ", secrets redacted]";
    }
  }
}
