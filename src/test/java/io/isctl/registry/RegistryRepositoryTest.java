package io.isctl.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RegistryRepositoryTest {

  @ParameterizedTest(name = "{0}/{1} -> {2}/{3} via {4}")
  @CsvSource({
    "docker.io,          nginx,            docker.io,      library/nginx,    registry-1.docker.io",
    "index.docker.io,    nginx,            docker.io,      library/nginx,    registry-1.docker.io",
    "docker.io,          bitnami/redis,    docker.io,      bitnami/redis,    registry-1.docker.io",
    "quay.io,            nginx,            quay.io,        nginx,            quay.io",
    "127.0.0.1:5000,     test/app,         127.0.0.1:5000, test/app,         127.0.0.1:5000",
  })
  void of_normalisesDockerHubOnly(
      String registry,
      String repository,
      String expectedRegistry,
      String expectedRepository,
      String apiHost) {
    RegistryRepository normalised = RegistryRepository.of(registry, repository);

    assertThat(normalised).isEqualTo(new RegistryRepository(expectedRegistry, expectedRepository));
    assertThat(normalised.apiHost()).isEqualTo(apiHost);
  }

  @Test
  void manifestRequest_tellsTagsFromDigests() {
    RegistryRepository repo = RegistryRepository.of("quay.io", "a/b");
    ContentDigest digest = ContentDigest.sha256(new byte[0]);

    assertThat(ManifestRequest.tag(repo, "1.0").isDigest()).isFalse();
    assertThat(ManifestRequest.digest(repo, digest).isDigest()).isTrue();
    assertThat(ManifestRequest.digest(repo, digest)).hasToString("quay.io/a/b@" + digest);
  }

  @Test
  void contentDigest_rejectsMalformedSha256_andComputesSha512() {
    assertThatThrownBy(() -> ContentDigest.parse("sha256:bad"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(ContentDigest.sha256(new byte[0]).hex())
        .isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    assertThat(ContentDigest.compute("sha512", new byte[0]).hex()).hasSize(128);
  }
}
