package io.isctl.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.isctl.registry.auth.Credential;
import io.isctl.registry.auth.CredentialStore;
import io.isctl.testing.LocalRegistry;
import io.isctl.testing.MutableClock;
import io.isctl.testing.PushedImage;
import io.isctl.testing.TestImages;
import io.isctl.testing.TestUser;
import io.isctl.testing.TokenServer;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Docker token auth against the real registry and the test token server (RS256 JWTs). */
class TokenAuthRegistryTest {

  private static final String IDENTITY_TOKEN = "refresh-token-for-alice";

  @RegisterExtension
  static final LocalRegistry REGISTRY =
      LocalRegistry.tokenAuth(
          TokenServer.Policy.users(TestUser.ALICE)
              .withAnonymousPull()
              .withIdentityToken(IDENTITY_TOKEN));

  private static PushedImage image;

  @BeforeAll
  static void push() {
    image = new TestImages(REGISTRY).dockerManifestList("test/tokened", "v1", "tokened");
  }

  private final RequestCounter counter = new RequestCounter();
  private final MutableClock clock = new MutableClock(Instant.now());
  private final List<String> warnings = new ArrayList<>();

  private RegistryClient client(CredentialStore credentials) {
    return OkHttpRegistryClient.create(
        RegistryClientSettings.defaults()
            .withInsecureRegistries(Set.of(REGISTRY.hostPort()))
            .withRetryPolicy(RetryPolicy.none())
            .withObserver(counter)
            .withClock(clock)
            .withWarnings(warnings::add)
            .withCredentials(credentials));
  }

  private static ManifestRequest request() {
    return ManifestRequest.tag(RegistryRepository.of(REGISTRY.hostPort(), "test/tokened"), "v1");
  }

  private List<TokenServer.Seen> tokenRequestsSince(int before) {
    List<TokenServer.Seen> seen = REGISTRY.tokenServer().seen();
    return seen.subList(before, seen.size());
  }

  @Test
  void withCredentials_exchangesBasicForAPullTokenOnce_andReusesIt() {
    int before = REGISTRY.tokenServer().seen().size();
    RegistryClient client =
        client(
            repository ->
                Optional.of(
                    new Credential.UsernamePassword(
                        TestUser.ALICE.username(), TestUser.ALICE.password())));

    assertThat(client.headManifest(request()).digest().toString()).isEqualTo(image.digest());
    assertThat(client.getManifest(request()).isIndex()).isTrue();
    assertThat(
            client
                .getImageConfig(
                    request().repository(),
                    ContentDigest.parse(image.child("arm64").configDigest()))
                .architecture())
        .isEqualTo("arm64");

    assertThat(tokenRequestsSince(before))
        .containsExactly(
            new TokenServer.Seen("GET", "alice", List.of("repository:test/tokened:pull"), null));
  }

  @Test
  void anonymous_getsAnAnonymousToken() {
    int before = REGISTRY.tokenServer().seen().size();

    assertThat(client(CredentialStore.none()).headManifest(request()).digest().toString())
        .isEqualTo(image.digest());
    assertThat(client(CredentialStore.none()).ping(REGISTRY.hostPort()).authScheme())
        .contains("bearer");
    assertThat(tokenRequestsSince(before))
        .extracting(TokenServer.Seen::username)
        .containsExactly((String) null);
  }

  @Test
  void expiredToken_isRequestedAgain() {
    RegistryClient client = client(CredentialStore.none());
    int before = REGISTRY.tokenServer().seen().size();
    client.headManifest(request());
    client.headManifest(request());
    assertThat(tokenRequestsSince(before)).hasSize(1);

    clock.advance(Duration.ofSeconds(301)); // the server's expires_in is 300 s

    client.headManifest(request());
    assertThat(tokenRequestsSince(before)).hasSize(2);
  }

  @Test
  void staleCredentials_fallBackToAnonymousWithAWarning() {
    RegistryClient client =
        client(repository -> Optional.of(new Credential.UsernamePassword("alice", "old-password")));

    assertThat(client.headManifest(request()).digest().toString()).isEqualTo(image.digest());
    assertThat(warnings)
        .singleElement()
        .asString()
        .contains("refused the credentials for " + REGISTRY.hostPort())
        .doesNotContain("old-password");
  }

  @Test
  void identityToken_usesTheOauth2RefreshGrant() {
    int before = REGISTRY.tokenServer().seen().size();
    RegistryClient client =
        client(repository -> Optional.of(new Credential.IdentityToken(IDENTITY_TOKEN)));

    client.headManifest(request());

    assertThat(tokenRequestsSince(before))
        .containsExactly(
            new TokenServer.Seen(
                "POST", "alice", List.of("repository:test/tokened:pull"), "refresh_token"));
  }

  @Test
  void unknownTag_behindTokenAuth_isStillManifestUnknown() {
    RegistryClient client = client(CredentialStore.none());

    assertThatThrownBy(
            () -> client.getManifest(ManifestRequest.tag(request().repository(), "nope")))
        .isInstanceOf(ManifestUnknownException.class)
        .hasMessage(
            "GET "
                + REGISTRY.baseUrl()
                + "/v2/test/tokened/manifests/nope: MANIFEST_UNKNOWN: manifest unknown");
  }

  @Test
  void listRepositories_asksTheTokenServerForTheCatalogScope_withTheRegistrysCredentials() {
    int before = REGISTRY.tokenServer().seen().size();
    List<RegistryRepository> asked = new ArrayList<>();
    RegistryClient client =
        client(
            repository -> {
              asked.add(repository);
              return Optional.of(
                  new Credential.UsernamePassword(
                      TestUser.ALICE.username(), TestUser.ALICE.password()));
            });

    assertThat(client.listRepositories(REGISTRY.hostPort())).contains("test/tokened");

    assertThat(tokenRequestsSince(before))
        .containsExactly(new TokenServer.Seen("GET", "alice", List.of("registry:catalog:*"), null));
    assertThat(counter.count("GET", "/v2/_catalog")).isEqualTo(1);
    assertThat(asked).extracting(RegistryRepository::registry).containsOnly(REGISTRY.hostPort());
  }

  @Test
  void listRepositories_anonymously_isRefusedAsUnauthorized() {
    RegistryClient client = client(CredentialStore.none());

    assertThatThrownBy(() -> client.listRepositories(REGISTRY.hostPort()))
        .isInstanceOf(RegistryUnauthorizedException.class);
  }
}
