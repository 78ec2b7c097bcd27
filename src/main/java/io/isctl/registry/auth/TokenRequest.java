package io.isctl.registry.auth;

import java.util.List;
import java.util.Optional;
import okhttp3.HttpUrl;

/**
 * What to ask a token server for.
 *
 * @param realm the challenge's realm, with any query it already has
 * @param service the challenge's service, or the registry host when the challenge has none (jib)
 * @param scopes the scopes, most needed first ("some registries only look at the first", ggcr)
 * @param credential credentials to exchange, or empty for an anonymous token
 * @param registryBase the registry the token is for, which decides which realms are acceptable
 * @param insecure whether the user marked the registry insecure (allows an http realm)
 */
public record TokenRequest(
    HttpUrl realm,
    String service,
    List<String> scopes,
    Optional<Credential> credential,
    HttpUrl registryBase,
    boolean insecure) {

  public TokenRequest {
    scopes = List.copyOf(scopes);
  }

  /** The same request without credentials. */
  public TokenRequest anonymous() {
    return new TokenRequest(realm, service, scopes, Optional.empty(), registryBase, insecure);
  }
}
