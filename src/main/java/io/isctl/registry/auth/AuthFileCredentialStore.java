package io.isctl.registry.auth;

import io.isctl.files.FileRefusedException;
import io.isctl.files.SafeFiles;
import io.isctl.files.SafeFiles.Links;
import io.isctl.registry.RegistryRepository;
import io.isctl.registry.auth.Credential.IdentityToken;
import io.isctl.registry.auth.Credential.UsernamePassword;
import io.isctl.registry.json.DockerConfigJson;
import io.isctl.registry.json.DockerConfigJson.AuthEntryJson;
import io.isctl.registry.json.RegistryJson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Credentials from docker's {@code config.json} and podman's {@code auth.json}, as docker and
 * podman read them: per file {@code credHelpers} for the registry, then {@code credsStore}, then
 * {@code auths} (jib PR #1958 order); {@code auths} keys may be URLs (Hub's {@code
 * https://index.docker.io/v1/}) or podman namespaces ({@code quay.io/org}, most specific wins). The
 * first file with an answer wins. A failing helper or unreadable file is a warning and means "no
 * credentials from there", so public pulls keep working (ggcr#861, jib PR #1958).
 */
public final class AuthFileCredentialStore implements CredentialStore {

  /** Where docker writes Hub credentials (ggcr DefaultAuthKey). */
  static final String DOCKER_HUB_KEY = "https://index.docker.io/v1/";

  private final AuthFileLocations locations;
  private final CredentialHelper helpers;
  private final RegistryJson json;
  private final Consumer<String> warnings;

  /** Far more than any real credential file; /dev/zero named by mistake must not fill the heap. */
  static final long MAX_FILE_BYTES = 4L << 20;

  public AuthFileCredentialStore(AuthFileLocations locations, Consumer<String> warnings) {
    this.locations = locations;
    this.json = new RegistryJson();
    this.helpers = new CredentialHelper(locations.environment(), json);
    this.warnings = warnings;
  }

  @Override
  public Optional<Credential> find(RegistryRepository repository) {
    for (Path file : locations.files()) {
      Optional<Credential> found =
          readConfig(file).flatMap(config -> fromConfig(config, repository, file));
      if (found.isPresent()) {
        return found;
      }
    }
    return Optional.empty();
  }

  private Optional<DockerConfigJson> readConfig(Path file) {
    try {
      byte[] bytes = SafeFiles.read(file, MAX_FILE_BYTES, Links.FOLLOW);
      return Optional.of(json.read(bytes, DockerConfigJson.class));
    } catch (NoSuchFileException missing) {
      return Optional.empty();
    } catch (FileRefusedException e) {
      warnings.accept("ignoring credential file " + e.getMessage());
      return Optional.empty();
    } catch (IOException e) {
      warnings.accept("ignoring credential file " + file + ": " + e.getClass().getSimpleName());
      return Optional.empty();
    }
  }

  private Optional<Credential> fromConfig(
      DockerConfigJson config, RegistryRepository repository, Path file) {
    String registry = normalizeHost(repository.registry());
    for (Map.Entry<String, String> helper : config.credHelpers().entrySet()) {
      if (normalizeHost(hostOf(helper.getKey())).equals(registry)) {
        Optional<Credential> fromHelper = runHelper(helper.getValue(), helper.getKey(), repository);
        if (fromHelper.isPresent()) {
          return fromHelper;
        }
      }
    }
    if (config.credsStore() != null && !config.credsStore().isBlank()) {
      String serverUrl = repository.isDockerHub() ? DOCKER_HUB_KEY : repository.registry();
      Optional<Credential> fromStore = runHelper(config.credsStore(), serverUrl, repository);
      if (fromStore.isPresent()) {
        return fromStore;
      }
    }
    return fromAuths(config.auths(), repository, file);
  }

  private Optional<Credential> runHelper(
      String helper, String serverUrl, RegistryRepository repository) {
    try {
      return helpers.get(helper, serverUrl);
    } catch (IOException e) {
      warnings.accept(
          "credential helper for "
              + repository.registry()
              + " failed ("
              + e.getMessage()
              + "); continuing without its credentials");
      return Optional.empty();
    }
  }

  private Optional<Credential> fromAuths(
      Map<String, AuthEntryJson> auths, RegistryRepository repository, Path file) {
    for (String candidate : lookupOrder(repository)) {
      for (Map.Entry<String, AuthEntryJson> entry : auths.entrySet()) {
        if (normalizeKey(entry.getKey()).equals(candidate)) {
          Optional<Credential> credential = decode(entry.getValue(), entry.getKey(), file);
          if (credential.isPresent()) {
            return credential;
          }
        }
      }
    }
    return Optional.empty();
  }

  /**
   * {@code host/a/b}, {@code host/a}, {@code host}: podman's most-specific-first namespace order.
   */
  private static List<String> lookupOrder(RegistryRepository repository) {
    List<String> keys = new ArrayList<>();
    String key = normalizeHost(repository.registry()) + "/" + repository.repository();
    while (true) {
      keys.add(key);
      int slash = key.lastIndexOf('/');
      if (slash < 0) {
        return keys;
      }
      key = key.substring(0, slash);
    }
  }

  private Optional<Credential> decode(AuthEntryJson entry, String key, Path file) {
    if (entry == null) {
      return Optional.empty();
    }
    if (entry.identitytoken() != null && !entry.identitytoken().isEmpty()) {
      return Optional.of(new IdentityToken(entry.identitytoken()));
    }
    if (entry.auth() != null && !entry.auth().isEmpty()) {
      try {
        // Split on the first ':' only: passwords may contain ':'; c/image also trims NUL padding.
        String pair =
            new String(Base64.getDecoder().decode(entry.auth().trim()), StandardCharsets.UTF_8)
                .replace("\0", "");
        int colon = pair.indexOf(':');
        if (colon > 0) {
          return Optional.of(
              new UsernamePassword(pair.substring(0, colon), pair.substring(colon + 1)));
        }
      } catch (IllegalArgumentException notBase64) {
        // fall through to the warning below
      }
      warnings.accept("ignoring malformed \"auth\" for " + key + " in " + file);
      return Optional.empty();
    }
    if (entry.username() != null && entry.password() != null) {
      return Optional.of(new UsernamePassword(entry.username(), entry.password()));
    }
    return Optional.empty(); // {} is a marker docker leaves when a helper holds the secret
  }

  /**
   * A key as a comparable {@code host[/namespace]}: URL keys ({@code https://host/v1/}) keep only
   * the host, as docker's legacy keys carry API paths; Hub's aliases become {@code docker.io}.
   */
  static String normalizeKey(String key) {
    String trimmed = key.trim();
    if (trimmed.contains("://")) {
      return normalizeHost(hostOf(trimmed));
    }
    while (trimmed.endsWith("/")) {
      trimmed = trimmed.substring(0, trimmed.length() - 1);
    }
    int slash = trimmed.indexOf('/');
    return slash < 0
        ? normalizeHost(trimmed)
        : normalizeHost(trimmed.substring(0, slash)) + trimmed.substring(slash);
  }

  private static String hostOf(String key) {
    String rest = key.contains("://") ? key.substring(key.indexOf("://") + 3) : key;
    int slash = rest.indexOf('/');
    return slash < 0 ? rest : rest.substring(0, slash);
  }

  private static String normalizeHost(String host) {
    String lower = host.toLowerCase(Locale.ROOT);
    return switch (lower) {
      case "index.docker.io", "registry-1.docker.io", "registry.hub.docker.com" ->
          RegistryRepository.DOCKER_HUB;
      default -> lower;
    };
  }
}
