package io.isctl.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.isctl.registry.auth.Credential;
import io.isctl.registry.auth.CredentialStore;
import io.isctl.testing.LocalRegistry;
import io.isctl.testing.TestImages;
import io.isctl.testing.TestPlatform;
import io.isctl.testing.TestUser;
import io.isctl.testing.TokenServer;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A token server that grants nothing to anonymous callers, and answers with access_token only. */
class TokenAuthRequiredRegistryTest {

  @RegisterExtension
  static final LocalRegistry REGISTRY =
      LocalRegistry.tokenAuth(TokenServer.Policy.users(TestUser.ALICE).withAccessTokenFieldOnly());

  @Test
  void anonymous_isUnauthorizedByTheTokenServer() {
    new TestImages(REGISTRY).schema2("test/closed", "v1", TestPlatform.LINUX_AMD64, "closed");
    RegistryClient client =
        OkHttpRegistryClient.create(
            RegistryClientSettings.defaults()
                .withInsecureRegistries(Set.of(REGISTRY.hostPort()))
                .withRetryPolicy(RetryPolicy.none())
                .withCredentials(CredentialStore.none()));

    assertThatThrownBy(
            () ->
                client.headManifest(
                    ManifestRequest.tag(
                        RegistryRepository.of(REGISTRY.hostPort(), "test/closed"), "v1")))
        .isInstanceOf(RegistryUnauthorizedException.class)
        .hasMessageStartingWith(
            "GET " + REGISTRY.tokenServer().realm() + "?service=test-registry&scope=")
        .hasMessageEndingWith(": UNAUTHORIZED: bad credentials");
  }

  @Test
  void accessTokenOnlyAnswer_isUsed() {
    TestImages images = new TestImages(REGISTRY);
    String digest =
        images.schema2("test/open-to-alice", "v1", TestPlatform.LINUX_AMD64, "a").digest();
    RegistryClient client =
        OkHttpRegistryClient.create(
            RegistryClientSettings.defaults()
                .withInsecureRegistries(Set.of(REGISTRY.hostPort()))
                .withCredentials(
                    repository ->
                        Optional.of(
                            new Credential.UsernamePassword("alice", TestUser.ALICE.password()))));

    assertThat(
            client
                .headManifest(
                    ManifestRequest.tag(
                        RegistryRepository.of(REGISTRY.hostPort(), "test/open-to-alice"), "v1"))
                .digest()
                .toString())
        .isEqualTo(digest);
  }
}
