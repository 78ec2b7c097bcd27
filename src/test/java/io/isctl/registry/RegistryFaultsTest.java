package io.isctl.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.isctl.registry.auth.Credential;
import io.isctl.registry.auth.CredentialStore;
import io.isctl.testing.FaultyRegistry;
import io.isctl.testing.MutableClock;
import io.isctl.testing.RecordingSleeper;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import mockwebserver3.SocketEffect;
import okio.Buffer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Faults a real registry will not produce on demand, scripted with MockWebServer. */
class RegistryFaultsTest {

  private static final byte[] MANIFEST =
      ("{\"schemaVersion\":2,\"mediaType\":\""
              + MediaTypes.OCI_MANIFEST
              + "\",\"config\":{\"mediaType\":\"application/vnd.oci.image.config.v1+json\",\"size\":2,"
              + "\"digest\":\"sha256:44136fa355b3678a1146ad16f7e8649e94fb4fc21fe77e8310c060f61caaff8a\"},\"layers\":[]}")
          .getBytes(StandardCharsets.UTF_8);
  private static final ContentDigest MANIFEST_DIGEST = ContentDigest.sha256(MANIFEST);

  /**
   * Serves TLS with a self-signed certificate; the client marks it insecure unless a test says
   * otherwise.
   */
  private final FaultyRegistry registry = FaultyRegistry.start();

  private final RecordingSleeper sleeper = new RecordingSleeper();
  private final MutableClock clock = new MutableClock(Instant.parse("2026-01-01T00:00:00Z"));
  private final RequestCounter counter = new RequestCounter();
  private RegistryClientSettings settings =
      RegistryClientSettings.defaults()
          .withInsecureRegistries(Set.of(registry.hostPort()))
          .withSleeper(sleeper)
          .withClock(clock)
          .withObserver(counter)
          .withRetryPolicy(
              new RetryPolicy(
                  4, Duration.ofSeconds(1), Duration.ofSeconds(3), Duration.ofSeconds(60)));

  @AfterEach
  void stop() {
    registry.close();
  }

  private RegistryClient client() {
    return OkHttpRegistryClient.create(settings);
  }

  private ManifestRequest tag() {
    return ManifestRequest.tag(RegistryRepository.of(registry.hostPort(), "foo"), "1.0");
  }

  private String manifestUrl() {
    return registry.url("/v2/foo/manifests/1.0");
  }

  @Test
  void ping_selfSignedCertificate_isRefusedUnlessTheRegistryIsInsecure() {
    settings = settings.withInsecureRegistries(Set.of());

    assertThatThrownBy(() -> client().ping(registry.hostPort()))
        .isInstanceOf(RegistryUnavailableException.class)
        .hasMessageStartingWith("GET " + registry.url("/v2/") + ": ")
        .hasMessageEndingWith("mark it insecure)");
    assertThat(registry.requestCount()).isZero();
  }

  @Test
  void ping_insecureRegistryWithSelfSignedCertificate_staysOnHttps() {
    registry.enqueueOpenPing();

    assertThat(client().ping(registry.hostPort()).baseUrl().toString())
        .isEqualTo(registry.url("/"));
  }

  @Test
  void ping_notARegistry_saysWhatWasAskedAndAnswered() {
    registry.enqueue(new MockResponse.Builder().code(404).body("Not Found").build());

    assertThatThrownBy(() -> client().ping(registry.hostPort()))
        .isInstanceOf(RegistryException.class)
        .hasMessage("GET " + registry.url("/v2/") + ": NOT_FOUND: not found");
  }

  @Test
  void tagList_linkBackToAPageAlreadyRead_failsAtOnceInsteadOfPagingOnToTheLimit() {
    registry.enqueueOpenPing();
    for (int i = 0; i < 3; i++) {
      registry.enqueue(
          new MockResponse.Builder()
              .code(200)
              .setHeader("Link", "</v2/foo/tags/list?last=a&n=1>; rel=\"next\"")
              .body("{\"name\":\"foo\",\"tags\":[\"a\"]}")
              .build());
    }

    assertThatThrownBy(() -> client().listTags(RegistryRepository.of(registry.hostPort(), "foo")))
        .isInstanceOf(RegistryException.class)
        .hasMessageEndingWith(
            "the next-page Link loops back to " + registry.url("/v2/foo/tags/list?last=a&n=1"));
    assertThat(counter.count("GET", "/tags/list")).isEqualTo(2);
  }

  @Test
  void tagList_linkToAnotherHost_isRefusedRatherThanSendingCredentialsThere() {
    registry.enqueueOpenPing();
    registry.enqueue(
        new MockResponse.Builder()
            .code(200)
            .setHeader("Link", "<https://elsewhere.example/v2/foo/tags/list?last=b>; rel=\"next\"")
            .body("{\"name\":\"foo\",\"tags\":[\"a\",\"b\"]}")
            .build());

    assertThatThrownBy(() -> client().listTags(RegistryRepository.of(registry.hostPort(), "foo")))
        .isInstanceOf(RegistryException.class)
        .hasMessageEndingWith("refusing a tags/list Link to another host");
  }

  @Test
  void tagList_linkWithOpaqueTokenAndOtherRels_followsOnlyNext() {
    registry.enqueueOpenPing();
    registry.enqueue(
        new MockResponse.Builder()
            .code(200)
            .addHeader(
                "Link",
                "</v2/foo/tags/list?n=1>; rel=\"first\", </v2/foo/tags/list?next_page=gAAAA%3D&n=2>; rel=next")
            .body("{\"name\":\"foo\",\"tags\":[\"a\"]}")
            .build());
    registry.enqueue(
        new MockResponse.Builder().code(200).body("{\"name\":\"foo\",\"tags\":null}").build());

    assertThat(client().listTags(RegistryRepository.of(registry.hostPort(), "foo")))
        .containsExactly("a");
    registry.take();
    registry.take();
    assertThat(registry.take().getTarget()).isEqualTo("/v2/foo/tags/list?next_page=gAAAA%3D&n=2");
  }

  @Test
  void rateLimited_retryAfterSeconds_waitsAsAskedThenSucceeds() {
    registry.enqueueOpenPing();
    registry.enqueue(new MockResponse.Builder().code(429).setHeader("Retry-After", "7").build());
    registry.enqueue(FaultyRegistry.manifest(MANIFEST, MediaTypes.OCI_MANIFEST).build());

    assertThat(client().getManifest(tag()).descriptor().digest()).isEqualTo(MANIFEST_DIGEST);
    assertThat(sleeper.waits()).containsExactly(Duration.ofSeconds(7));
  }

  @Test
  void unavailable_retryAfterHttpDate_waitsUntilThatDate() {
    registry.enqueueOpenPing();
    registry.enqueue(
        new MockResponse.Builder()
            .code(503)
            .setHeader("Retry-After", "Thu, 01 Jan 2026 00:00:12 GMT")
            .build());
    registry.enqueue(FaultyRegistry.manifest(MANIFEST, MediaTypes.OCI_MANIFEST).build());

    client().headManifest(tag());

    assertThat(sleeper.waits()).containsExactly(Duration.ofSeconds(12));
  }

  @Test
  void unavailable_withoutRetryAfter_backsOffExponentiallyCappedAndGivesUpWithOneLine() {
    registry.enqueueOpenPing();
    for (int i = 0; i < 4; i++) {
      registry.enqueue(
          new MockResponse.Builder().code(503).body("upstream down\nmore detail").build());
    }

    assertThatThrownBy(() -> client().getManifest(tag()))
        .isInstanceOf(RegistryUnavailableException.class)
        .hasMessage(
            "GET " + manifestUrl() + ": HTTP 503: upstream down (gave up after 4 attempts)");
    assertThat(sleeper.waits())
        .containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(3));
  }

  @Test
  void rateLimited_htmlBody_givesTheRegistryCodeWithoutMarkup() {
    registry.enqueueOpenPing();
    for (int i = 0; i < 4; i++) {
      registry.enqueue(
          new MockResponse.Builder().code(429).body("<html><body>slow down</body></html>").build());
    }

    assertThatThrownBy(() -> client().getManifest(tag()))
        .hasMessage(
            "GET "
                + manifestUrl()
                + ": TOOMANYREQUESTS: too many requests (HTTP 429, gave up after 4 attempts)");
  }

  @Test
  void rateLimited_retryAfterBeyondOurPatience_failsAtOnceWithTheRegistrysMessage() {
    registry.enqueueOpenPing();
    registry.enqueue(
        new MockResponse.Builder()
            .code(429)
            .setHeader("Retry-After", "3600")
            .body(
                "{\"errors\":[{\"code\":\"TOOMANYREQUESTS\",\"message\":\"pull rate limit reached\"}]}")
            .build());

    assertThatThrownBy(() -> client().getManifest(tag()))
        .isInstanceOf(RegistryUnavailableException.class)
        .hasMessage(
            "GET " + manifestUrl() + ": TOOMANYREQUESTS: pull rate limit reached (HTTP 429)");
    assertThat(sleeper.waits()).isEmpty();
  }

  @Test
  void connectionReset_isRetried() {
    registry.enqueueOpenPing();
    registry.enqueue(
        new MockResponse.Builder().onResponseStart(new SocketEffect.CloseSocket()).build());
    registry.enqueue(FaultyRegistry.manifest(MANIFEST, MediaTypes.OCI_MANIFEST).build());

    assertThat(client().getManifest(tag()).bytes()).isEqualTo(MANIFEST);
    assertThat(counter.count("GET", "/manifests/")).isEqualTo(2);
  }

  @Test
  void truncatedBody_isRetried() {
    registry.enqueueOpenPing();
    registry.enqueue(
        FaultyRegistry.manifest(MANIFEST, MediaTypes.OCI_MANIFEST)
            .onResponseBody(new SocketEffect.CloseSocket())
            .build());
    registry.enqueue(FaultyRegistry.manifest(MANIFEST, MediaTypes.OCI_MANIFEST).build());

    assertThat(client().getManifest(tag()).bytes()).isEqualTo(MANIFEST);
    assertThat(sleeper.waits()).containsExactly(Duration.ofSeconds(1));
  }

  @Test
  void stalledResponse_timesOutAndGivesUpNamingTheRequest() {
    stallTwiceAfterThePing();

    assertThatThrownBy(() -> client().headManifest(tag()))
        .isInstanceOf(RegistryUnavailableException.class)
        .hasMessageStartingWith("HEAD " + manifestUrl() + ": ")
        .hasMessageEndingWith("(gave up after 2 attempts)");
  }

  /** Two attempts of 200 ms silence each: the ping answers, the next two requests stall. */
  private void stallTwiceAfterThePing() {
    settings =
        settings
            .withTimeouts(
                new RegistryTimeouts(
                    Duration.ofSeconds(5), Duration.ofMillis(200), Duration.ofSeconds(10)))
            .withRetryPolicy(
                new RetryPolicy(
                    2, Duration.ofSeconds(1), Duration.ofSeconds(1), Duration.ofSeconds(1)));
    registry.enqueueOpenPing();
    registry.enqueue(
        new MockResponse.Builder().onResponseStart(SocketEffect.Stall.INSTANCE).build());
    registry.enqueue(
        new MockResponse.Builder().onResponseStart(SocketEffect.Stall.INSTANCE).build());
  }

  @Test
  void aRegistryThatDidNotAnswer_isNotAskedAgainInTheSameRun() {
    stallTwiceAfterThePing();
    RegistryClient client = client();

    assertThatThrownBy(() -> client.headManifest(tag()))
        .isInstanceOf(RegistryUnavailableException.class);
    int asked = registry.requestCount();
    assertThatThrownBy(() -> client.getManifest(tag()))
        .isInstanceOf(RegistryUnavailableException.class)
        .hasMessageEndingWith("(gave up after 2 attempts) (not asked again in this run)");
    assertThat(registry.requestCount()).isEqualTo(asked);
    assertThat(sleeper.waits()).hasSize(1); // the first request's one retry, nothing after
  }

  @Test
  void lyingDockerContentDigest_isRejectedAndNothingReturned() {
    registry.enqueueOpenPing();
    registry.enqueue(
        FaultyRegistry.manifest(MANIFEST, MediaTypes.OCI_MANIFEST)
            .setHeader("Docker-Content-Digest", ContentDigest.sha256(new byte[] {1}).toString())
            .build());

    assertThatThrownBy(() -> client().getManifest(tag()))
        .isInstanceOf(DigestMismatchException.class)
        .hasMessageStartingWith("GET " + manifestUrl() + ": Docker-Content-Digest says sha256:")
        .hasMessageEndingWith("but the body hashes to " + MANIFEST_DIGEST);
  }

  @Test
  void bodyNotMatchingTheRequestedDigest_isRejected() {
    ContentDigest asked = ContentDigest.sha256("something else".getBytes(StandardCharsets.UTF_8));
    registry.enqueueOpenPing();
    registry.enqueue(
        new MockResponse.Builder()
            .code(200)
            .setHeader("Content-Type", MediaTypes.OCI_MANIFEST)
            .body(new Buffer().write(MANIFEST))
            .build());

    assertThatThrownBy(
            () ->
                client()
                    .getManifest(
                        ManifestRequest.digest(
                            RegistryRepository.of(registry.hostPort(), "foo"), asked)))
        .isInstanceOf(DigestMismatchException.class)
        .hasMessageContaining("asked for " + asked + " but the body hashes to " + MANIFEST_DIGEST);
  }

  @Test
  void headAnnouncingAnotherDigestThanAskedFor_isRejected() {
    ContentDigest asked = ContentDigest.sha256(new byte[] {2});
    registry.enqueueOpenPing();
    registry.enqueue(FaultyRegistry.manifest(MANIFEST, MediaTypes.OCI_MANIFEST).build());

    assertThatThrownBy(
            () ->
                client()
                    .headManifest(
                        ManifestRequest.digest(
                            RegistryRepository.of(registry.hostPort(), "foo"), asked)))
        .isInstanceOf(DigestMismatchException.class);
  }

  @Test
  void headWithoutDigestHeader_fallsBackToOneGet() {
    registry.enqueueOpenPing();
    registry.enqueue(
        new MockResponse.Builder()
            .code(200)
            .setHeader("Content-Type", MediaTypes.OCI_MANIFEST)
            .build());
    registry.enqueue(
        new MockResponse.Builder()
            .code(200)
            .setHeader("Content-Type", MediaTypes.OCI_MANIFEST)
            .body(new Buffer().write(MANIFEST))
            .build());

    ManifestDescriptor head = client().headManifest(tag());

    assertThat(head.digest()).isEqualTo(MANIFEST_DIGEST);
    assertThat(counter.requests())
        .filteredOn(r -> r.url().getPath().contains("/manifests/"))
        .extracting(RequestCounter.SentRequest::method)
        .containsExactly("HEAD", "GET");
  }

  @Test
  void blobRedirectToAnotherHost_followsWithoutForwardingAuthorization() {
    byte[] config = "{}".getBytes(StandardCharsets.UTF_8);
    ContentDigest digest = ContentDigest.sha256(config);
    try (FaultyRegistry storage = FaultyRegistry.start()) {
      registry.enqueue(
          new MockResponse.Builder()
              .code(401)
              .setHeader("WWW-Authenticate", "Basic realm=\"r\"")
              .build());
      registry.enqueue(
          new MockResponse.Builder()
              .code(307)
              .setHeader("Location", storage.url("/bucket/blob?X-Amz-Signature=abc"))
              .build());
      storage.enqueue(
          new MockResponse.Builder().code(200).body(new Buffer().write(config)).build());
      settings =
          settings.withCredentials(
              repository -> Optional.of(new Credential.UsernamePassword("u", "p")));

      assertThat(client().getBlob(RegistryRepository.of(registry.hostPort(), "foo"), digest))
          .isEqualTo(config);

      registry.take(); // ping
      assertThat(registry.take().getHeaders().get("Authorization")).startsWith("Basic ");
      assertThat(storage.take().getHeaders().get("Authorization")).isNull();
    }
  }

  @Test
  void realmOnLinkLocalAddress_isRefusedWithoutContactingIt() {
    registry.enqueue(
        new MockResponse.Builder()
            .code(401)
            .setHeader(
                "WWW-Authenticate",
                "Bearer realm=\"http://169.254.169.254/latest/token\",service=\"x\"")
            .build());
    settings =
        settings.withCredentials(
            repository -> Optional.of(new Credential.UsernamePassword("u", "secret-pw")));

    assertThatThrownBy(() -> client().getManifest(tag()))
        .isInstanceOf(RegistryException.class)
        .hasMessageContaining("refusing token realm 169.254.169.254 is a link-local")
        .hasMessageNotContaining("secret-pw");
    assertThat(counter.requests()).noneMatch(r -> r.url().getHost().equals("169.254.169.254"));
  }

  @Test
  void insufficientScope_reRequestsATokenWithTheMissingScopeFirst_keepingTheRealmsQuery() {
    try (FaultyRegistry tokens = FaultyRegistry.start()) {
      String realm = tokens.url("/token?tenant=t1");
      registry.enqueue(
          new MockResponse.Builder()
              .code(401)
              .setHeader("WWW-Authenticate", "Bearer realm=\"" + realm + "\",service=\"svc\"")
              .build());
      tokens.enqueue(
          new MockResponse.Builder().code(200).body("{\"token\":\"first-token\"}").build());
      registry.enqueue(
          new MockResponse.Builder()
              .code(401)
              .setHeader(
                  "WWW-Authenticate",
                  "Bearer realm=\""
                      + realm
                      + "\",service=\"svc\",scope=\"repository:foo:pull,push\",error=\"insufficient_scope\"")
              .build());
      tokens.enqueue(
          new MockResponse.Builder().code(200).body("{\"access_token\":\"second-token\"}").build());
      registry.enqueue(FaultyRegistry.manifest(MANIFEST, MediaTypes.OCI_MANIFEST).build());

      assertThat(client().getManifest(tag()).descriptor().digest()).isEqualTo(MANIFEST_DIGEST);

      RecordedRequest first = tokens.take();
      RecordedRequest second = tokens.take();
      assertThat(first.getUrl().queryParameter("tenant")).isEqualTo("t1");
      assertThat(first.getUrl().queryParameterValues("scope"))
          .containsExactly("repository:foo:pull");
      assertThat(second.getUrl().queryParameterValues("scope"))
          .containsExactly("repository:foo:pull,push", "repository:foo:pull");
      registry.take();
      assertThat(registry.take().getHeaders().get("Authorization")).isEqualTo("Bearer first-token");
      assertThat(registry.take().getHeaders().get("Authorization"))
          .isEqualTo("Bearer second-token");
    }
  }

  @Test
  void tokenServerRedirectToAnotherHost_dropsTheCredentials() {
    try (FaultyRegistry tokens = FaultyRegistry.start();
        FaultyRegistry elsewhere = FaultyRegistry.start()) {
      registry.enqueue(
          new MockResponse.Builder()
              .code(401)
              .setHeader("WWW-Authenticate", "Bearer realm=\"" + tokens.url("/token") + "\"")
              .build());
      tokens.enqueue(
          new MockResponse.Builder()
              .code(307)
              .setHeader("Location", elsewhere.url("/token2"))
              .build());
      elsewhere.enqueue(
          new MockResponse.Builder().code(200).body("{\"token\":\"t\",\"expires_in\":10}").build());
      registry.enqueue(FaultyRegistry.manifest(MANIFEST, MediaTypes.OCI_MANIFEST).build());
      settings =
          settings.withCredentials(
              repository -> Optional.of(new Credential.UsernamePassword("u", "p")));

      client().headManifest(tag());

      assertThat(tokens.take().getHeaders().get("Authorization")).startsWith("Basic ");
      assertThat(elsewhere.take().getHeaders().get("Authorization")).isNull();
    }
  }

  @Test
  void unauthorizedAfterRefresh_isOneLineWithoutTheToken() {
    try (FaultyRegistry tokens = FaultyRegistry.start()) {
      String challenge = "Bearer realm=\"" + tokens.url("/token") + "\",service=\"svc\"";
      registry.enqueue(
          new MockResponse.Builder().code(401).setHeader("WWW-Authenticate", challenge).build());
      tokens.enqueue(new MockResponse.Builder().code(200).body("{\"token\":\"tok-one\"}").build());
      registry.enqueue(
          new MockResponse.Builder().code(401).setHeader("WWW-Authenticate", challenge).build());
      tokens.enqueue(new MockResponse.Builder().code(200).body("{\"token\":\"tok-two\"}").build());
      registry.enqueue(
          new MockResponse.Builder()
              .code(401)
              .setHeader("WWW-Authenticate", challenge)
              .body(
                  "{\"errors\":[{\"code\":\"UNAUTHORIZED\",\"message\":\"authentication required\"}]}")
              .build());
      settings = settings.withCredentials(CredentialStore.none());

      assertThatThrownBy(() -> client().getManifest(tag()))
          .isInstanceOf(RegistryUnauthorizedException.class)
          .hasMessage("GET " + manifestUrl() + ": UNAUTHORIZED: authentication required")
          .hasMessageNotContaining("tok-");
    }
  }
}
