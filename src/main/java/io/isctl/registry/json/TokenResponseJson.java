package io.isctl.registry.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;

/**
 * A token server answer (distribution {@code auth/token.md}): {@code token} and/or {@code
 * access_token}, optional lifetime, issue time and refresh token.
 */
public record TokenResponseJson(
    String token, String accessToken, Long expiresIn, String issuedAt, String refreshToken) {

  /** {@code token}, else {@code access_token} (some servers send only one, ggcr#54). */
  public String effectiveToken() {
    return token != null && !token.isEmpty() ? token : accessToken;
  }

  @Override
  public String toString() {
    return "TokenResponseJson[expiresIn=" + expiresIn + ", issuedAt=" + issuedAt + "]";
  }

  static TokenResponseJson read(JsonNode node) throws IOException {
    JsonNode object = JsonFields.object(node, "TokenResponseJson");
    return new TokenResponseJson(
        JsonFields.text(object, "token"),
        JsonFields.text(object, "access_token"),
        JsonFields.boxedInt64(object, "expires_in"),
        JsonFields.text(object, "issued_at"),
        JsonFields.text(object, "refresh_token"));
  }
}
