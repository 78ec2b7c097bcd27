package io.isctl.registry.auth;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** Credentials for one registry; {@code toString} never shows the secret. */
public sealed interface Credential {

  /** A user name and password (or personal access token used as a password). */
  record UsernamePassword(String username, String password) implements Credential {

    /** The {@code Authorization} value for HTTP Basic. */
    public String basicAuthorization() {
      String pair = username + ":" + password;
      return "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public String toString() {
      return "UsernamePassword[username=" + username + ", password=REDACTED]";
    }
  }

  /** An OAuth2 refresh token ({@code identitytoken}, or a helper's {@code <token>} user). */
  record IdentityToken(String token) implements Credential {

    @Override
    public String toString() {
      return "IdentityToken[REDACTED]";
    }
  }
}
