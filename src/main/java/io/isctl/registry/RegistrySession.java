package io.isctl.registry;

import io.isctl.registry.auth.AuthChallenge;
import io.isctl.registry.auth.RegistryAuthenticator;
import io.isctl.registry.endpoint.RegistryEndpoint;
import io.isctl.registry.transport.BufferedResponse;
import io.isctl.registry.transport.HttpExecutor;
import io.isctl.registry.transport.RedirectGuard;
import io.isctl.registry.transport.RegistryErrors;
import io.isctl.registry.transport.RegistryThrottle;
import java.util.Optional;
import java.util.function.Consumer;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;

/**
 * One pinged registry: its base URL, client and authenticator; runs endpoints with one re-auth on
 * 401.
 */
final class RegistrySession {

  private final HttpUrl base;
  private final OkHttpClient client;
  private final RegistryAuthenticator authenticator;
  private final HttpExecutor executor;
  private final RegistryErrors errors;
  private final RegistryThrottle throttle;
  private final Consumer<RegistryUnavailableException> unanswered;

  RegistrySession(
      HttpUrl base,
      OkHttpClient client,
      RegistryAuthenticator authenticator,
      HttpExecutor executor,
      RegistryErrors errors,
      RegistryThrottle throttle,
      Consumer<RegistryUnavailableException> unanswered) {
    this.base = base;
    this.client = client;
    this.authenticator = authenticator;
    this.executor = executor;
    this.errors = errors;
    this.throttle = throttle;
    this.unanswered = unanswered;
  }

  PingResult pingResult() {
    return new PingResult(base.uri(), authenticator.scheme());
  }

  <T> T call(RegistryRepository repository, RegistryEndpoint<T> endpoint) {
    return call(AccessScope.pull(repository), endpoint);
  }

  <T> T call(AccessScope access, RegistryEndpoint<T> endpoint) {
    try {
      return answered(access, endpoint);
    } catch (RegistryUnavailableException e) {
      unanswered.accept(e);
      throw e;
    }
  }

  private <T> T answered(AccessScope access, RegistryEndpoint<T> endpoint) {
    Request request = endpoint.request(base);
    Optional<String> authorization = authenticator.authorization(access);
    BufferedResponse response = send(authorization, request, endpoint);
    // Only the registry's own challenge is answered: a host a redirect led to must not get our
    // credentials exchanged at a realm of its choosing (ggcr#2359 does an anonymous exchange
    // there; we do none).
    if (response.code() == 401
        && HttpExecutor.sameOrigin(response.finalUrl(), base)
        && authenticator.refreshAfterUnauthorized(
            access,
            AuthChallenge.parseAll(response.headers().values("WWW-Authenticate")),
            authorization)) {
      response = send(authenticator.authorization(access), request, endpoint);
    }
    if (!response.isSuccessful()) {
      throw errors.toException(response, endpoint.notFoundCode());
    }
    return endpoint.handle(response);
  }

  private BufferedResponse send(
      Optional<String> authorization, Request request, RegistryEndpoint<?> endpoint) {
    Request authorized =
        authorization.isEmpty()
            ? request
            : request.newBuilder().header("Authorization", authorization.get()).build();
    return executor.execute(
        client, authorized, endpoint.maxBodyBytes(), RedirectGuard.noDowngrade(), throttle);
  }
}
