package io.isctl.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.isctl.registry.auth.Credential;
import io.isctl.testing.FaultyRegistry;
import java.util.Optional;
import java.util.Set;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Credentials go to the registry they belong to and to the token realm that registry names, never
 * to a host a redirect leads to: not as a header, not in a request body, not by answering that
 * host's challenge.
 */
class CredentialForwardingTest {
  private static final String PASSWORD = "pa55-word-never-forwarded";
  private static final String REFRESH_TOKEN = "refresh-token-never-forwarded";

  private final FaultyRegistry registry = FaultyRegistry.start();
  private final FaultyRegistry elsewhere = FaultyRegistry.start();

  @AfterEach
  void stop() {
    registry.close();
    elsewhere.close();
  }

  private RegistryClient client(Credential credential) {
    return OkHttpRegistryClient.create(
        RegistryClientSettings.defaults()
            .withInsecureRegistries(Set.of(registry.hostPort(), elsewhere.hostPort()))
            .withRetryPolicy(RetryPolicy.none())
            .withCredentials(repository -> Optional.of(credential)));
  }

  private ManifestRequest manifest() {
    return ManifestRequest.tag(RegistryRepository.of(registry.hostPort(), "team/app"), "1");
  }

  @Test
  void redirectTargetThatChallenges_isNotAnsweredWithOurCredentials() {
    registry.enqueue(
        new MockResponse.Builder()
            .code(401)
            .setHeader(
                "WWW-Authenticate",
                "Bearer realm=\"" + registry.url("/token") + "\",service=\"registry\"")
            .build());
    registry.enqueue(
        new MockResponse.Builder().code(200).body("{\"token\":\"registry-token\"}").build());
    registry.enqueue(
        new MockResponse.Builder()
            .code(307)
            .setHeader("Location", elsewhere.url("/cdn/manifest"))
            .build());
    elsewhere.answer(
        request ->
            new MockResponse.Builder()
                .code(401)
                .setHeader(
                    "WWW-Authenticate",
                    "Bearer realm=\"" + elsewhere.url("/steal") + "\",service=\"evil\"")
                .build());

    assertThatThrownBy(
            () -> client(new Credential.UsernamePassword("user", PASSWORD)).getManifest(manifest()))
        .isInstanceOf(RegistryUnauthorizedException.class);

    for (int i = elsewhere.requestCount(); i > 0; i--) {
      RecordedRequest request = elsewhere.take();
      assertThat(request.getUrl().encodedPath())
          .as("the other host's realm is never asked")
          .isEqualTo("/cdn/manifest");
      assertThat(request.getHeaders().get("Authorization")).isNull();
    }
  }

  @Test
  void tokenPostRedirectedToAnotherHost_doesNotCarryTheRefreshTokenThere() {
    registry.enqueue(
        new MockResponse.Builder()
            .code(401)
            .setHeader(
                "WWW-Authenticate",
                "Bearer realm=\"" + registry.url("/token") + "\",service=\"registry\"")
            .build());
    registry.enqueue(
        new MockResponse.Builder()
            .code(307)
            .setHeader("Location", elsewhere.url("/token"))
            .build());
    registry.enqueue(
        new MockResponse.Builder().code(404).build()); // where a leaked token would be used
    elsewhere.answer(
        request -> new MockResponse.Builder().code(200).body("{\"token\":\"t\"}").build());

    assertThatThrownBy(
            () -> client(new Credential.IdentityToken(REFRESH_TOKEN)).getManifest(manifest()))
        .isInstanceOf(RegistryException.class)
        .hasMessageContaining("refusing to send the request body to another host")
        .hasMessageNotContaining(REFRESH_TOKEN);

    registry.take(); // ping
    assertThat(registry.take().getBody().utf8())
        .as("the realm itself gets the refresh token")
        .contains(REFRESH_TOKEN);
    assertThat(elsewhere.requestCount()).isZero();
  }
}
