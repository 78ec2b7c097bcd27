package io.isctl.registry;

import io.isctl.registry.auth.AuthChallenge;
import io.isctl.registry.auth.RegistryAuthenticator;
import io.isctl.registry.auth.TokenCache;
import io.isctl.registry.auth.TokenClient;
import io.isctl.registry.transport.BufferedResponse;
import io.isctl.registry.transport.HttpClients;
import io.isctl.registry.transport.HttpExecutor;
import io.isctl.registry.transport.RedirectGuard;
import io.isctl.registry.transport.RegistryErrors;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import javax.net.ssl.SSLException;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;

/**
 * Pings each registry once per client ({@code GET /v2/}) to pick the scheme and the auth challenge,
 * and keeps the resulting session. https first; plain http or unverified TLS only for registries
 * the user marked insecure (c/image and jib behave so; loopback gets no exception).
 */
final class RegistrySessions {

  private static final long MAX_PING_BODY = 64 * 1024;

  private final RegistryClientSettings settings;
  private final HttpClients clients;
  private final HttpExecutor executor;
  private final HttpExecutor probe;
  private final RegistryErrors errors;
  private final TokenClient tokenClient;
  private final TokenCache tokenCache;
  private final ConcurrentMap<String, RegistrySession> sessions = new ConcurrentHashMap<>();

  /**
   * Registries that did not answer (no connection, or silence past the timeouts) in this run: asked
   * again, they would make every later stream or tag of theirs wait as long again.
   */
  private final ConcurrentMap<String, RegistryUnavailableException> unanswered =
      new ConcurrentHashMap<>();

  RegistrySessions(
      RegistryClientSettings settings,
      HttpClients clients,
      HttpExecutor executor,
      RegistryErrors errors,
      TokenClient tokenClient) {
    this.settings = settings;
    this.clients = clients;
    this.executor = executor;
    // Probing https on an insecure registry is a question, not a request to insist on: no retries.
    this.probe = new HttpExecutor(RetryPolicy.none(), settings.sleeper(), settings.clock());
    this.errors = errors;
    this.tokenClient = tokenClient;
    this.tokenCache = new TokenCache(settings.clock());
  }

  /**
   * The session for the registry, pinging it the first time.
   *
   * @throws RegistryUnavailableException at once for a registry that did not answer earlier in this
   *     run
   */
  RegistrySession forRegistry(String registry) {
    RegistryUnavailableException earlier = unanswered.get(registry);
    if (earlier != null) {
      throw new RegistryUnavailableException(
          earlier.getMessage() + " (not asked again in this run)", null, 0, earlier.getCause());
    }
    try {
      return sessions.computeIfAbsent(registry, this::open);
    } catch (RegistryUnavailableException e) {
      noteUnanswered(registry, e);
      throw e;
    }
  }

  /** Remembers {@code registry} as unanswering when {@code e} is a failure to get any answer. */
  void noteUnanswered(String registry, RegistryUnavailableException e) {
    if (e.getCause() instanceof java.io.IOException) {
      unanswered.putIfAbsent(registry, e);
      sessions.remove(registry);
    }
  }

  private RegistrySession open(String registry) {
    String host = RegistryRepository.apiHostOf(registry);
    boolean insecure = settings.isInsecure(registry);
    if (!insecure) {
      return pingOrExplain(
          registry, HttpUrl.get("https://" + host + "/"), clients.verified(), false);
    }
    try {
      return ping(
          probe, registry, HttpUrl.get("https://" + host + "/"), clients.unverified(), true);
    } catch (RegistryUnavailableException httpsFailed) {
      return ping(
          executor, registry, HttpUrl.get("http://" + host + "/"), clients.unverified(), true);
    }
  }

  private RegistrySession pingOrExplain(
      String registry, HttpUrl base, OkHttpClient client, boolean insecure) {
    try {
      return ping(executor, registry, base, client, insecure);
    } catch (RegistryUnavailableException e) {
      if (e.getCause() instanceof SSLException) {
        // openshift-apiserver formatPingError gives the same hint for a TLS handshake against plain
        // HTTP.
        throw new RegistryUnavailableException(
            e.getMessage()
                + " (if "
                + registry
                + " serves plain HTTP or has an untrusted certificate, mark it insecure)",
            null,
            0,
            e.getCause());
      }
      throw e;
    }
  }

  private RegistrySession ping(
      HttpExecutor pinger, String registry, HttpUrl base, OkHttpClient client, boolean insecure) {
    Request request = new Request.Builder().url(base.resolve("/v2/")).get().build();
    BufferedResponse response =
        pinger.execute(client, request, MAX_PING_BODY, RedirectGuard.noDowngrade());
    List<AuthChallenge> challenges = List.of();
    if (response.code() == 401) {
      challenges = AuthChallenge.parseAll(response.headers().values("WWW-Authenticate"));
    } else if (!response.isSuccessful()) {
      throw errors.toException(response, "NOT_FOUND");
    }
    RegistryAuthenticator authenticator =
        new RegistryAuthenticator(
            base,
            insecure,
            challenges,
            settings.credentials(),
            tokenClient,
            tokenCache,
            client,
            settings.warnings());
    return new RegistrySession(
        base, client, authenticator, executor, errors, e -> noteUnanswered(registry, e));
  }
}
