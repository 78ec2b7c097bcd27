package io.isctl.testing;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A small Docker token server (distribution {@code auth/token.md}): GET with optional Basic
 * credentials, and POST for the OAuth2 password / refresh_token grants; issues RS256 JWTs.
 */
public final class TokenServer implements AutoCloseable {

  static final String SERVICE = "test-registry";
  static final String ISSUER = "test-issuer";

  /**
   * Who gets which access; {@code identityToken} is the refresh token accepted by the POST flow.
   */
  public record Policy(
      List<TestUser> users,
      boolean anonymousPull,
      String identityToken,
      long expiresInSeconds,
      boolean accessTokenFieldOnly) {

    /** Named users get everything they ask for; anonymous callers get nothing. */
    public static Policy users(TestUser... users) {
      return new Policy(List.of(users), false, null, 300, false);
    }

    /** Anonymous callers may also pull any repository. */
    public Policy withAnonymousPull() {
      return new Policy(users, true, identityToken, expiresInSeconds, accessTokenFieldOnly);
    }

    /** The OAuth2 refresh token (docker's {@code identitytoken}) accepted for the first user. */
    public Policy withIdentityToken(String token) {
      return new Policy(users, anonymousPull, token, expiresInSeconds, accessTokenFieldOnly);
    }

    /** Answer with {@code access_token} only, as some servers do. */
    public Policy withAccessTokenFieldOnly() {
      return new Policy(users, anonymousPull, identityToken, expiresInSeconds, true);
    }
  }

  /** One request the server saw; {@code username} is null for anonymous requests. */
  public record Seen(String method, String username, List<String> scopes, String grantType) {}

  private static final ObjectMapper JSON = new ObjectMapper();

  private final Policy policy;
  private final TokenKeys keys = TokenKeys.generate();
  private final List<Seen> seen = new CopyOnWriteArrayList<>();
  private HttpServer server;
  private volatile Duration delay = Duration.ZERO;

  private TokenServer(Policy policy) {
    this.policy = policy;
  }

  static TokenServer start(Policy policy) {
    TokenServer tokenServer = new TokenServer(policy);
    try {
      HttpServer http =
          HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
      http.createContext("/token", tokenServer::handle);
      http.start();
      tokenServer.server = http;
      return tokenServer;
    } catch (IOException e) {
      throw new UncheckedIOException("starting the token server", e);
    }
  }

  TokenKeys keys() {
    return keys;
  }

  /** The realm the registry advertises. */
  public String realm() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/token";
  }

  /**
   * Answers each request only after {@code wait}: a token server far away, so that requests in
   * flight together all need the token while the first fetch of it is under way.
   */
  public void answerAfter(Duration wait) {
    this.delay = wait;
  }

  /** Every request so far, oldest first. */
  public List<Seen> seen() {
    return List.copyOf(seen);
  }

  @Override
  public void close() {
    server.stop(0);
  }

  /** A signed token granting the scopes, for the test's own pushes. */
  String mintToken(String subject, List<String> scopes) {
    Instant now = Instant.now();
    Map<String, Object> claims = new LinkedHashMap<>();
    claims.put("iss", ISSUER);
    claims.put("sub", subject);
    claims.put("aud", SERVICE);
    claims.put("exp", now.getEpochSecond() + 600);
    claims.put("nbf", now.getEpochSecond() - 60);
    claims.put("iat", now.getEpochSecond());
    claims.put("jti", UUID.randomUUID().toString());
    claims.put("access", scopes.stream().map(TokenServer::accessEntry).toList());
    try {
      return keys.sign(JSON.writeValueAsString(claims));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Map<String, Object> accessEntry(String scope) {
    // resourcetype:resourcename:actions — the name itself may contain ':' (host:port), so split
    // from both ends.
    int first = scope.indexOf(':');
    int last = scope.lastIndexOf(':');
    return Map.of(
        "type",
        scope.substring(0, first),
        "name",
        scope.substring(first + 1, last),
        "actions",
        List.of(scope.substring(last + 1).split(",")));
  }

  private void handle(HttpExchange exchange) throws IOException {
    if (!delay.isZero()) {
      try {
        Thread.sleep(delay.toMillis());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    try (exchange) {
      boolean post = "POST".equals(exchange.getRequestMethod());
      Map<String, List<String>> params =
          post
              ? formParams(
                  new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8))
              : formParams(Optional.ofNullable(exchange.getRequestURI().getRawQuery()).orElse(""));
      List<String> scopes =
          post
              ? List.of(first(params, "scope").orElse("").split(" "))
              : params.getOrDefault("scope", List.of());
      scopes = scopes.stream().filter(s -> !s.isBlank()).toList();
      Optional<TestUser> user = post ? postUser(params) : basicUser(exchange);
      String grantType = first(params, "grant_type").orElse(null);
      seen.add(
          new Seen(
              exchange.getRequestMethod(),
              user.map(TestUser::username).orElse(null),
              scopes,
              grantType));
      if (user.isEmpty() && (hasCredentials(exchange, params) || !policy.anonymousPull())) {
        send(
            exchange,
            401,
            "{\"errors\":[{\"code\":\"UNAUTHORIZED\",\"message\":\"bad credentials\"}]}");
        return;
      }
      List<String> granted = user.isPresent() ? scopes : pullOnly(scopes);
      send(
          exchange,
          200,
          tokenResponse(mintToken(user.map(TestUser::username).orElse(""), granted)));
    }
  }

  private String tokenResponse(String token) throws IOException {
    Map<String, Object> body = new LinkedHashMap<>();
    if (!policy.accessTokenFieldOnly()) {
      body.put("token", token);
    }
    body.put("access_token", token);
    body.put("expires_in", policy.expiresInSeconds());
    body.put("issued_at", Instant.now().toString());
    return JSON.writeValueAsString(body);
  }

  private static List<String> pullOnly(List<String> scopes) {
    List<String> pulls = new ArrayList<>();
    for (String scope : scopes) {
      if (scope.startsWith("repository:")
          && scope.substring(scope.lastIndexOf(':') + 1).contains("pull")) {
        pulls.add(scope.substring(0, scope.lastIndexOf(':')) + ":pull");
      }
    }
    return pulls;
  }

  private Optional<TestUser> basicUser(HttpExchange exchange) {
    String header = exchange.getRequestHeaders().getFirst("Authorization");
    if (header == null || !header.startsWith("Basic ")) {
      return Optional.empty();
    }
    String pair =
        new String(Base64.getDecoder().decode(header.substring(6)), StandardCharsets.UTF_8);
    int colon = pair.indexOf(':');
    return colon < 0
        ? Optional.empty()
        : known(pair.substring(0, colon), pair.substring(colon + 1));
  }

  private Optional<TestUser> postUser(Map<String, List<String>> params) {
    String grant = first(params, "grant_type").orElse("");
    if (grant.equals("refresh_token")) {
      boolean valid =
          policy.identityToken() != null
              && policy.identityToken().equals(first(params, "refresh_token").orElse(null));
      return valid ? Optional.of(policy.users().get(0)) : Optional.empty();
    }
    return known(first(params, "username").orElse(""), first(params, "password").orElse(""));
  }

  private Optional<TestUser> known(String username, String password) {
    return policy.users().stream()
        .filter(u -> u.username().equals(username) && u.password().equals(password))
        .findFirst();
  }

  private static boolean hasCredentials(HttpExchange exchange, Map<String, List<String>> params) {
    return exchange.getRequestHeaders().containsKey("Authorization")
        || params.containsKey("grant_type");
  }

  private static Optional<String> first(Map<String, List<String>> params, String name) {
    return Optional.ofNullable(params.get(name)).flatMap(values -> values.stream().findFirst());
  }

  private static Map<String, List<String>> formParams(String encoded) {
    Map<String, List<String>> params = new LinkedHashMap<>();
    for (String pair : encoded.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      int eq = pair.indexOf('=');
      String name =
          URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
      String value =
          eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
      params.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
    }
    return params;
  }

  private static void send(HttpExchange exchange, int status, String body) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", "application/json");
    exchange.sendResponseHeaders(status, bytes.length);
    exchange.getResponseBody().write(bytes);
  }
}
