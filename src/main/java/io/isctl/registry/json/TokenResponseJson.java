package io.isctl.registry.json;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A token server answer (distribution {@code auth/token.md}): {@code token} and/or {@code
 * access_token}, optional lifetime, issue time and refresh token.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record TokenResponseJson(
    String token,
    @JsonProperty("access_token") String accessToken,
    @JsonProperty("expires_in") Long expiresIn,
    @JsonProperty("issued_at") String issuedAt,
    @JsonProperty("refresh_token") String refreshToken) {

  /** {@code token}, else {@code access_token} (some servers send only one, ggcr#54). */
  public String effectiveToken() {
    return token != null && !token.isEmpty() ? token : accessToken;
  }

  @Override
  public String toString() {
    return "TokenResponseJson[expiresIn=" + expiresIn + ", issuedAt=" + issuedAt + "]";
  }
}
