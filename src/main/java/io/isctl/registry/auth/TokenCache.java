package io.isctl.registry.auth;

import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/** Bearer tokens per (registry, scope) until they expire, as c/image's tokenCache does. */
public final class TokenCache {

  private final ConcurrentMap<String, BearerToken> tokens = new ConcurrentHashMap<>();
  private final Clock clock;

  public TokenCache(Clock clock) {
    this.clock = clock;
  }

  /** A still valid token for the registry and scope. */
  public Optional<BearerToken> get(String registry, String scope) {
    BearerToken token = tokens.get(key(registry, scope));
    return token != null && token.isValidAt(clock.instant())
        ? Optional.of(token)
        : Optional.empty();
  }

  public void put(String registry, String scope, BearerToken token) {
    tokens.put(key(registry, scope), token);
  }

  private static String key(String registry, String scope) {
    return registry + " " + scope;
  }
}
