package io.isctl.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.isctl.registry.auth.AuthFileCredentialStore;
import io.isctl.registry.auth.AuthFileLocations;
import io.isctl.registry.auth.Credential;
import io.isctl.registry.auth.CredentialStore;
import io.isctl.testing.LocalRegistry;
import io.isctl.testing.PushedImage;
import io.isctl.testing.TestImages;
import io.isctl.testing.TestPlatform;
import io.isctl.testing.TestUser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** HTTP Basic against the real registry with an htpasswd file. */
class BasicAuthRegistryTest {

  @RegisterExtension static final LocalRegistry REGISTRY = LocalRegistry.basicAuth(TestUser.ALICE);

  private static PushedImage image;

  @BeforeAll
  static void push() {
    image = new TestImages(REGISTRY).oci("test/private", "v1", TestPlatform.LINUX_AMD64, "private");
  }

  private final RequestCounter counter = new RequestCounter();

  private RegistryClient client(CredentialStore credentials) {
    return OkHttpRegistryClient.create(
        RegistryClientSettings.defaults()
            .withInsecureRegistries(Set.of(REGISTRY.hostPort()))
            .withRetryPolicy(RetryPolicy.none())
            .withObserver(counter)
            .withCredentials(credentials));
  }

  private static ManifestRequest request() {
    return ManifestRequest.tag(RegistryRepository.of(REGISTRY.hostPort(), "test/private"), "v1");
  }

  @Test
  void credentialsFromDockerConfig_areSentAsBasicOnEveryRequest(@TempDir Path home)
      throws IOException {
    Files.createDirectories(home.resolve(".docker"));
    Files.writeString(
        home.resolve(".docker/config.json"),
        "{\"auths\":{\""
            + REGISTRY.hostPort()
            + "\":{\"username\":\"alice\",\"password\":\""
            + TestUser.ALICE.password()
            + "\"}}}");
    CredentialStore store =
        new AuthFileCredentialStore(
            new AuthFileLocations(Optional.empty(), Map.of(), home), w -> {});
    RegistryClient client = client(store);

    assertThat(client.ping(REGISTRY.hostPort()).authScheme()).contains("basic");
    assertThat(client.getManifest(request()).descriptor().digest().toString())
        .isEqualTo(image.digest());
    assertThat(client.headManifest(request()).digest().toString()).isEqualTo(image.digest());
    assertThat(counter.requests())
        .extracting(r -> r.method())
        .containsExactly("GET", "GET", "HEAD");
  }

  @Test
  void noCredentials_isUnauthorizedWithTheRegistrysCode() {
    assertThatThrownBy(() -> client(CredentialStore.none()).getManifest(request()))
        .isInstanceOf(RegistryUnauthorizedException.class)
        .hasMessage(
            "GET "
                + REGISTRY.baseUrl()
                + "/v2/test/private/manifests/v1: UNAUTHORIZED: authentication required");
  }

  @Test
  void wrongPassword_isUnauthorizedAfterOneAttempt_andTheMessageHoldsNoSecret() {
    CredentialStore wrong =
        repository -> Optional.of(new Credential.UsernamePassword("alice", "not-the-password"));

    assertThatThrownBy(() -> client(wrong).getManifest(request()))
        .isInstanceOf(RegistryUnauthorizedException.class)
        .hasMessageNotContaining("not-the-password");
    assertThat(counter.count("GET", "/manifests/")).isEqualTo(1);
  }
}
