package io.isctl.registry.auth;

import io.isctl.registry.AccessScope;
import io.isctl.registry.RegistryException;
import io.isctl.registry.RegistryRepository;
import io.isctl.registry.RegistryUnauthorizedException;
import io.isctl.registry.auth.Credential.UsernamePassword;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Consumer;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;

/**
 * The {@code Authorization} for requests to one registry, as docker and podman do it: the ping's
 * challenge decides Basic (send the credentials on every request) or Bearer (exchange them for a
 * token per repository scope, cached until it expires); a 401 refreshes the token once, asking for
 * the extra scope on {@code insufficient_scope}. Credentials are looked up by registry and
 * repository. Requests in flight at once share one token per scope: the first fetches it, the
 * others wait for it; after a 401 the token is refreshed once, not once per request that got it.
 */
public final class RegistryAuthenticator {

  private final HttpUrl registryBase;
  private final boolean insecure;
  private final CredentialStore credentialStore;
  private final TokenClient tokenClient;
  private final TokenCache tokenCache;
  private final OkHttpClient client;
  private final Consumer<String> warnings;
  private final ConcurrentMap<RegistryRepository, Optional<Credential>> credentials =
      new ConcurrentHashMap<>();

  /** One lock per scope: the token of a scope is fetched by one request at a time. */
  private final ConcurrentMap<String, Object> scopeLocks = new ConcurrentHashMap<>();

  /** Tokens of this registry, as secure or insecure, in the command's cache. */
  private final String tokenKey;

  private volatile AuthChallenge challenge;

  public RegistryAuthenticator(
      HttpUrl registryBase,
      boolean insecure,
      List<AuthChallenge> pingChallenges,
      CredentialStore credentialStore,
      TokenClient tokenClient,
      TokenCache tokenCache,
      OkHttpClient client,
      Consumer<String> warnings) {
    this.registryBase = registryBase;
    this.insecure = insecure;
    this.credentialStore = credentialStore;
    this.tokenClient = tokenClient;
    this.tokenCache = tokenCache;
    this.client = client;
    this.warnings = warnings;
    this.challenge = preferred(pingChallenges).orElse(null);
    // Scheme, host, port and insecurity: a token fetched for the registry over verified TLS is
    // never
    // sent over plain HTTP or unverified TLS, and the reverse.
    this.tokenKey = registryBase + (insecure ? " insecure" : "");
  }

  /** The auth scheme the registry asked for at ping time, if any. */
  public Optional<String> scheme() {
    return Optional.ofNullable(challenge).map(AuthChallenge::scheme);
  }

  /** The header value for a request with this access, or empty to go anonymous. */
  public Optional<String> authorization(AccessScope access) {
    AuthChallenge current = challenge;
    if (current == null) {
      return Optional.empty();
    }
    if (current.isBasic()) {
      return credentialFor(access.credentialsFor())
          .filter(UsernamePassword.class::isInstance)
          .map(c -> ((UsernamePassword) c).basicAuthorization());
    }
    Optional<BearerToken> cached = tokenCache.get(tokenKey, access.scope());
    if (cached.isPresent()) {
      return Optional.of(cached.get().authorization());
    }
    synchronized (scopeLock(access.scope())) {
      // Another request may have fetched it while this one waited for the lock.
      BearerToken token =
          tokenCache
              .get(tokenKey, access.scope())
              .orElseGet(() -> fetchAndCache(access, current, List.of(access.scope())));
      return Optional.of(token.authorization());
    }
  }

  private Object scopeLock(String scope) {
    return scopeLocks.computeIfAbsent(scope, key -> new Object());
  }

  /**
   * Reacts to a 401: adopts the response's challenge (or keeps the ping's when the response has
   * none, as gcr.io did, c/image PR #211) and gets a new token, unless another request got one
   * since {@code sent} was sent. Returns whether a retry may succeed.
   *
   * @param sent the {@code Authorization} the refused request carried
   */
  public boolean refreshAfterUnauthorized(
      AccessScope access, List<AuthChallenge> responseChallenges, Optional<String> sent) {
    synchronized (scopeLock(access.scope())) {
      Optional<String> now =
          tokenCache.get(tokenKey, access.scope()).map(BearerToken::authorization);
      AuthChallenge current = challenge;
      if (current != null && current.isBearer() && now.isPresent() && !now.equals(sent)) {
        return true; // refreshed by another request meanwhile
      }
      return refresh(access, responseChallenges);
    }
  }

  private boolean refresh(AccessScope access, List<AuthChallenge> responseChallenges) {
    Optional<AuthChallenge> fresh = preferred(responseChallenges);
    AuthChallenge previous = challenge;
    AuthChallenge next = fresh.orElse(previous);
    if (next == null) {
      return false;
    }
    challenge = next;
    if (next.isBasic()) {
      // Retrying only helps when we did not already send our credentials with Basic.
      return (previous == null || !previous.isBasic())
          && credentialFor(access.credentialsFor())
              .filter(UsernamePassword.class::isInstance)
              .isPresent();
    }
    List<String> scopes = new ArrayList<>();
    next.parameter("scope")
        .filter(s -> next.isInsufficientScope() && !s.equals(access.scope()))
        .ifPresent(scopes::add); // the missing scope goes first (ggcr)
    scopes.add(access.scope());
    fetchAndCache(access, next, scopes);
    return true;
  }

  private BearerToken fetchAndCache(AccessScope access, AuthChallenge bearer, List<String> scopes) {
    String realmText =
        bearer
            .parameter("realm")
            .orElseThrow(
                () ->
                    new RegistryException(
                        "GET " + registryBase + "v2/: Bearer challenge without a realm"));
    HttpUrl realm = HttpUrl.parse(realmText);
    if (realm == null) {
      throw new RegistryException(
          "GET " + registryBase + "v2/: malformed token realm in the challenge");
    }
    // Without a service parameter use the registry host, as jib does "e.g., for OpenShift".
    String service = bearer.parameter("service").orElse(registryBase.host());
    Optional<Credential> credential = credentialFor(access.credentialsFor());
    TokenRequest request =
        new TokenRequest(realm, service, scopes, credential, registryBase, insecure);
    BearerToken token;
    try {
      token = tokenClient.fetch(client, request);
    } catch (RegistryUnauthorizedException refused) {
      if (credential.isEmpty()) {
        throw refused;
      }
      // Stale credentials must not break public pulls: retry anonymously (openshift/origin PR
      // #18012).
      warnings.accept(
          "the token server refused the credentials for "
              + access.registry()
              + "; trying anonymously ("
              + refused.getMessage()
              + ")");
      token = tokenClient.fetch(client, request.anonymous());
    }
    tokenCache.put(tokenKey, access.scope(), token);
    return token;
  }

  private Optional<Credential> credentialFor(RegistryRepository repository) {
    return credentials.computeIfAbsent(repository, credentialStore::find);
  }

  /** Bearer over Basic when both are offered; other schemes are ignored. */
  private static Optional<AuthChallenge> preferred(List<AuthChallenge> challenges) {
    return challenges.stream()
        .filter(AuthChallenge::isBearer)
        .findFirst()
        .or(() -> challenges.stream().filter(AuthChallenge::isBasic).findFirst());
  }
}
