package io.isctl.registry;

import java.util.Locale;
import java.util.Objects;

/**
 * A repository on a registry, for example {@code quay.io/openshift/origin-cli} or {@code
 * docker.io/library/nginx}; Docker Hub names are normalised the way docker and podman do.
 *
 * @param registry the registry as users name it ({@code host[:port]}), {@code docker.io} for Hub
 * @param repository the repository path inside the registry, never starting or ending with {@code
 *     /}
 */
public record RegistryRepository(String registry, String repository) {

  /** The name Docker Hub is known by in image references and credential files. */
  public static final String DOCKER_HUB = "docker.io";

  /** The host that actually serves Hub's v2 API (c/image, jib and regclient all use it). */
  public static final String DOCKER_HUB_API_HOST = "registry-1.docker.io";

  public RegistryRepository {
    Objects.requireNonNull(registry, "registry");
    Objects.requireNonNull(repository, "repository");
    if (registry.isBlank()
        || repository.isBlank()
        || repository.startsWith("/")
        || repository.endsWith("/")) {
      throw new IllegalArgumentException("not a repository: " + registry + "/" + repository);
    }
  }

  /**
   * Normalises Hub's aliases to {@code docker.io} and prefixes single-segment Hub repositories with
   * {@code library/} (distribution/reference normalize.go).
   */
  public static RegistryRepository of(String registry, String repository) {
    String host = registry.toLowerCase(Locale.ROOT);
    boolean hub =
        host.equals(DOCKER_HUB)
            || host.equals("index.docker.io")
            || host.equals(DOCKER_HUB_API_HOST);
    if (!hub) {
      return new RegistryRepository(registry, repository);
    }
    String path = repository.contains("/") ? repository : "library/" + repository;
    return new RegistryRepository(DOCKER_HUB, path);
  }

  /** Whether this is a Docker Hub repository. */
  public boolean isDockerHub() {
    return registry.equals(DOCKER_HUB);
  }

  /** The {@code host[:port]} to send API requests to. */
  public String apiHost() {
    return apiHostOf(registry);
  }

  /** The {@code host[:port]} serving the API of a registry named as users name it. */
  public static String apiHostOf(String registry) {
    String host = registry.toLowerCase(Locale.ROOT);
    boolean hub = host.equals(DOCKER_HUB) || host.equals("index.docker.io");
    return hub ? DOCKER_HUB_API_HOST : registry;
  }

  /** The token scope for reading this repository (distribution {@code auth/scope.md}). */
  public String pullScope() {
    return "repository:" + repository + ":pull";
  }

  @Override
  public String toString() {
    return registry + "/" + repository;
  }
}
