package io.isctl.registry.json;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/** What {@code docker-credential-<name> get} prints (docker-credential-helpers). */
@JsonIgnoreProperties(ignoreUnknown = true)
public record CredentialHelperJson(
    @JsonProperty("ServerURL") String serverUrl,
    @JsonProperty("Username") String username,
    @JsonProperty("Secret") String secret) {

  @Override
  public String toString() {
    return "CredentialHelperJson[serverUrl=" + serverUrl + ", username=" + username + "]";
  }
}
