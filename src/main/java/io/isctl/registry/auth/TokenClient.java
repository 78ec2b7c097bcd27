package io.isctl.registry.auth;

import io.isctl.registry.RegistryException;
import io.isctl.registry.auth.Credential.IdentityToken;
import io.isctl.registry.auth.Credential.UsernamePassword;
import io.isctl.registry.json.RegistryJson;
import io.isctl.registry.json.TokenResponseJson;
import io.isctl.registry.transport.BufferedResponse;
import io.isctl.registry.transport.HttpExecutor;
import io.isctl.registry.transport.Redaction;
import io.isctl.registry.transport.RedirectGuard;
import io.isctl.registry.transport.RegistryErrors;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import okhttp3.FormBody;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;

/**
 * Exchanges credentials (or nothing) for a bearer token at a realm: the GET flow of distribution
 * {@code auth/token.md}, or for an identity token the OAuth2 POST of {@code auth/oauth.md} with the
 * GET flow as fallback when the server answers 404 ("not all token servers implement oauth2",
 * ggcr).
 */
public final class TokenClient {

  /** The token body limit (ggcr uses 64 KiB too). */
  private static final long MAX_TOKEN_BODY = 64 * 1024;

  /** distribution auth/token.md: a missing expires_in means 60 s, and clients use at least 60 s. */
  private static final Duration MINIMUM_LIFETIME = Duration.ofSeconds(60);

  private final HttpExecutor executor;
  private final RegistryJson json;
  private final RegistryErrors errors;
  private final Clock clock;
  private final String clientId;

  public TokenClient(
      HttpExecutor executor,
      RegistryJson json,
      RegistryErrors errors,
      Clock clock,
      String clientId) {
    this.executor = executor;
    this.json = json;
    this.errors = errors;
    this.clock = clock;
    this.clientId = clientId;
  }

  /**
   * A token for the request.
   *
   * @throws io.isctl.registry.RegistryUnauthorizedException when the token server refuses the
   *     credentials
   * @throws RegistryException when the realm is not acceptable or the answer holds no token
   */
  public BearerToken fetch(OkHttpClient client, TokenRequest request) {
    RealmPolicy.refuse(request.realm(), request.registryBase(), request.insecure())
        .ifPresent(
            reason -> {
              throw new RegistryException(
                  "GET " + Redaction.url(request.realm()) + ": refusing " + reason);
            });
    Instant requestedAt = clock.instant();
    BufferedResponse response = exchange(client, request);
    if (!response.isSuccessful()) {
      throw errors.toException(response, "NOT_FOUND");
    }
    TokenResponseJson body =
        json.tryRead(response.body(), TokenResponseJson.class)
            .filter(t -> t.effectiveToken() != null && !t.effectiveToken().isEmpty())
            .orElseThrow(
                () ->
                    new RegistryException(
                        response.describe() + ": the token server's answer holds no token"));
    return new BearerToken(body.effectiveToken(), expiry(body, requestedAt));
  }

  private BufferedResponse exchange(OkHttpClient client, TokenRequest request) {
    if (request.credential().orElse(null) instanceof IdentityToken identity) {
      BufferedResponse oauth = send(client, request, oauthPost(request, identity));
      return oauth.code() == 404 ? send(client, request, basicGet(request.anonymous())) : oauth;
    }
    return send(client, request, basicGet(request));
  }

  private BufferedResponse send(OkHttpClient client, TokenRequest request, Request http) {
    RedirectGuard realmRedirects =
        (from, to) ->
            RealmPolicy.refuse(to, request.registryBase(), request.insecure())
                .map(reason -> "refusing token server redirect: " + reason);
    return executor.execute(client, http, MAX_TOKEN_BODY, realmRedirects);
  }

  private static Request basicGet(TokenRequest request) {
    // Keep the realm's own query (ggcr merges into it); one scope parameter per scope.
    HttpUrl.Builder url = request.realm().newBuilder();
    if (request.service() != null) {
      url.setQueryParameter("service", request.service());
    }
    request.scopes().forEach(scope -> url.addQueryParameter("scope", scope));
    Request.Builder http = new Request.Builder().url(url.build()).get();
    if (request.credential().orElse(null) instanceof UsernamePassword user) {
      url.setQueryParameter("account", user.username()); // c/image sends the account too
      http.url(url.build()).header("Authorization", user.basicAuthorization());
    }
    return http.build();
  }

  private Request oauthPost(TokenRequest request, IdentityToken identity) {
    FormBody.Builder form =
        new FormBody.Builder()
            .add("grant_type", "refresh_token")
            .add("refresh_token", identity.token())
            .add("client_id", clientId)
            .add("scope", String.join(" ", request.scopes()));
    if (request.service() != null) {
      form.add("service", request.service());
    }
    return new Request.Builder().url(request.realm()).post(form.build()).build();
  }

  private static Instant expiry(TokenResponseJson body, Instant requestedAt) {
    Instant issuedAt = requestedAt;
    if (body.issuedAt() != null) {
      try {
        // Honour issued_at, but never let the server's clock stretch the lifetime past our own.
        Instant serverIssuedAt = OffsetDateTime.parse(body.issuedAt()).toInstant();
        issuedAt = serverIssuedAt.isBefore(requestedAt) ? serverIssuedAt : requestedAt;
      } catch (DateTimeParseException ignored) {
        // a malformed issued_at is not worth failing for: count from our request
      }
    }
    Duration lifetime =
        body.expiresIn() == null ? MINIMUM_LIFETIME : Duration.ofSeconds(body.expiresIn());
    if (lifetime.compareTo(MINIMUM_LIFETIME) < 0) {
      lifetime = MINIMUM_LIFETIME;
    }
    return issuedAt.plus(lifetime);
  }
}
