package io.isctl.registry.auth;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where credential files are searched, given the environment and home directory (constructor
 * inputs, so tests control them): an explicit {@code --registry-config} file, else {@code
 * $REGISTRY_AUTH_FILE}, each used alone; else podman's and docker's files in the order {@code oc
 * image} documents.
 *
 * @param explicitFile the {@code --registry-config} file, if given
 * @param environment the process environment
 * @param home the user's home directory
 */
public record AuthFileLocations(
    Optional<Path> explicitFile, Map<String, String> environment, Path home) {

  public AuthFileLocations {
    environment = Map.copyOf(environment);
  }

  /** The files to read, most preferred first; missing ones are skipped by the reader. */
  public List<Path> files() {
    if (explicitFile.isPresent()) {
      return List.of(explicitFile.get());
    }
    Optional<String> authFile = env("REGISTRY_AUTH_FILE");
    if (authFile.isPresent()) {
      return List.of(Path.of(authFile.get()));
    }
    List<Path> files = new ArrayList<>();
    env("XDG_RUNTIME_DIR").ifPresent(dir -> files.add(Path.of(dir, "containers", "auth.json")));
    files.add(
        env("XDG_CONFIG_HOME")
            .map(Path::of)
            .orElse(home.resolve(".config"))
            .resolve("containers")
            .resolve("auth.json"));
    env("DOCKER_CONFIG").ifPresent(dir -> files.add(Path.of(dir, "config.json")));
    files.add(home.resolve(".docker").resolve("config.json"));
    return files;
  }

  private Optional<String> env(String name) {
    return Optional.ofNullable(environment.get(name)).filter(value -> !value.isBlank());
  }
}
