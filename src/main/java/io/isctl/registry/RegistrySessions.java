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
import io.isctl.registry.transport.RegistryThrottle;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import javax.net.ssl.SSLException;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;

/**
 * Pings each registry once per command ({@code GET /v2/}) to pick the scheme and the auth
 * challenge, and keeps the resulting session, one for the registry as secure and one as insecure.
 * https first; plain http or unverified TLS only for registries the user marked insecure (c/image
 * and jib behave so; loopback gets no exception). An insecure registry HTTPS-first found speaking
 * plain HTTP in an earlier run ({@link PlainHttpMemory}) is asked over HTTP first, and in
 * HTTPS-first order again when it no longer answers so. Sessions of one registry share its {@link
 * RegistryThrottle}: the requests in flight to it, and its pauses.
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
  private final ConcurrentMap<Key, RegistrySession> sessions = new ConcurrentHashMap<>();
  private final ConcurrentMap<String, RegistryThrottle> throttles = new ConcurrentHashMap<>();

  /**
   * Registries that did not answer (no connection, or silence past the timeouts) in this run: asked
   * again, they would make every later stream or tag of theirs wait as long again.
   */
  private final ConcurrentMap<Key, RegistryUnavailableException> unanswered =
      new ConcurrentHashMap<>();

  /** A registry as secure or insecure: two sessions, each with its scheme and its tokens. */
  private static final class Key {
    final String registry;
    final boolean insecure;

    Key(String registry, boolean insecure) {
      this.registry = registry;
      this.insecure = insecure;
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof Key key && key.registry.equals(registry) && key.insecure == insecure;
    }

    @Override
    public int hashCode() {
      return registry.hashCode() * 31 + (insecure ? 1 : 0);
    }
  }

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

  /** Builds the client insecure registries use (its TLS context stays unmade): see warmUp. */
  void warmUp() {
    clients.unverified();
  }

  /**
   * The session for the registry, pinging it the first time; requests that need it meanwhile wait
   * for that one ping.
   *
   * @throws RegistryUnavailableException at once for a registry that did not answer earlier in this
   *     run
   */
  RegistrySession forRegistry(String registry, boolean insecure) {
    Key key = new Key(registry, insecure);
    RegistrySession session = sessions.get(key);
    if (session != null) {
      return session;
    }
    return sessions.computeIfAbsent(key, this::openOnce);
  }

  private RegistrySession openOnce(Key key) {
    RegistryUnavailableException earlier = unanswered.get(key);
    if (earlier != null) {
      throw new RegistryUnavailableException(
          earlier.getMessage() + " (not asked again in this run)", null, 0, earlier.getCause());
    }
    try {
      return open(key);
    } catch (RegistryUnavailableException e) {
      // Noted before the next waiter for this registry tries: it fails at once.
      if (unanswering(e)) {
        unanswered.putIfAbsent(key, e);
      }
      throw e;
    }
  }

  /** Whether {@code e} is a failure to get any answer (no connection, or silence). */
  private static boolean unanswering(RegistryUnavailableException e) {
    return e.getCause() instanceof java.io.IOException;
  }

  /** A session's registry stopped answering: later requests to it fail at once. */
  private void noteUnanswered(Key key, RegistryUnavailableException e) {
    if (unanswering(e)) {
      unanswered.putIfAbsent(key, e);
      sessions.remove(key);
    }
  }

  private RegistryThrottle throttle(String registry) {
    return throttles.computeIfAbsent(
        RegistryRepository.apiHostOf(registry),
        host -> new RegistryThrottle(settings.maxConcurrency(), settings.sleeper()));
  }

  private RegistrySession open(Key key) {
    String registry = key.registry;
    String host = RegistryRepository.apiHostOf(registry);
    RegistryThrottle throttle = throttle(registry);
    if (!key.insecure) {
      return pingOrExplain(key, HttpUrl.get("https://" + host + "/"), throttle);
    }
    HttpUrl http = HttpUrl.get("http://" + host + "/");
    PlainHttpMemory memory = settings.plainHttp();
    if (memory.plainHttp(registry)) {
      try {
        return ping(probe, key, http, clients.unverified(), throttle);
      } catch (RegistryException stale) {
        // It no longer answers plain HTTP as it did: asked as OpenShift asks, HTTPS first.
      }
    }
    try {
      RegistrySession session =
          ping(probe, key, HttpUrl.get("https://" + host + "/"), clients.unverified(), throttle);
      memory.forget(registry);
      return session;
    } catch (RegistryUnavailableException httpsFailed) {
      RegistrySession session = ping(executor, key, http, clients.unverified(), throttle);
      memory.rememberPlainHttp(registry);
      return session;
    }
  }

  private RegistrySession pingOrExplain(Key key, HttpUrl base, RegistryThrottle throttle) {
    try {
      return ping(executor, key, base, clients.verified(), throttle);
    } catch (RegistryUnavailableException e) {
      if (e.getCause() instanceof SSLException) {
        // openshift-apiserver formatPingError gives the same hint for a TLS handshake against plain
        // HTTP.
        throw new RegistryUnavailableException(
            e.getMessage()
                + " (if "
                + key.registry
                + " serves plain HTTP or has an untrusted certificate, mark it insecure)",
            null,
            0,
            e.getCause());
      }
      throw e;
    }
  }

  private RegistrySession ping(
      HttpExecutor pinger, Key key, HttpUrl base, OkHttpClient client, RegistryThrottle throttle) {
    Request request = new Request.Builder().url(base.resolve("/v2/")).get().build();
    BufferedResponse response =
        pinger.execute(client, request, MAX_PING_BODY, RedirectGuard.noDowngrade(), throttle);
    List<AuthChallenge> challenges = List.of();
    if (response.code() == 401) {
      challenges = AuthChallenge.parseAll(response.headers().values("WWW-Authenticate"));
    } else if (!response.isSuccessful()) {
      throw errors.toException(response, "NOT_FOUND");
    }
    RegistryAuthenticator authenticator =
        new RegistryAuthenticator(
            base,
            key.insecure,
            challenges,
            settings.credentials(),
            tokenClient,
            tokenCache,
            client,
            settings.warnings());
    return new RegistrySession(
        base, client, authenticator, executor, errors, throttle, e -> noteUnanswered(key, e));
  }
}
