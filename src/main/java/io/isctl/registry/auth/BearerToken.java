package io.isctl.registry.auth;

import java.time.Instant;

/** A registry bearer token and when it stops being usable; {@code toString} hides the token. */
public record BearerToken(String value, Instant expiresAt) {

  /** The {@code Authorization} header value. */
  public String authorization() {
    return "Bearer " + value;
  }

  /** Whether it is still usable at the instant. */
  public boolean isValidAt(Instant now) {
    return now.isBefore(expiresAt);
  }

  @Override
  public String toString() {
    return "BearerToken[REDACTED, expiresAt=" + expiresAt + "]";
  }
}
