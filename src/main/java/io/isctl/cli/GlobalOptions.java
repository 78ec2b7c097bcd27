package io.isctl.cli;

import io.isctl.base.UsageException;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * Options that may stand before or after a command's name, as with oc. Every command mixes them in;
 * the value typed closest to the command wins (see {@link Session}).
 */
public final class GlobalOptions {
  @Option(
      names = "--store",
      paramLabel = "DIR",
      description = "The store folder (default: $ISCTL_STORE, else ./imagestreams).")
  Path store;

  @Option(
      names = {"-n", "--namespace"},
      paramLabel = "NS",
      description =
          "The namespace (default: $ISCTL_NAMESPACE, else the store's current project, else default).")
  String namespace;

  @Option(
      names = "--registry-config",
      paramLabel = "FILE",
      description =
          "Registry credentials, a docker config.json or containers auth.json. Given, it is the only "
              + "file read; else $REGISTRY_AUTH_FILE alone; else, for each "
              + "registry, the first of $XDG_RUNTIME_DIR/containers/auth.json, "
              + "${XDG_CONFIG_HOME:-~/.config}/containers/auth.json, $DOCKER_CONFIG/config.json and "
              + "~/.docker/config.json that has its credentials (credential helpers included).")
  Path registryConfig;

  @Option(
      names = "--authfile",
      paramLabel = "FILE",
      description = "The same as --registry-config: podman's and skopeo's name for it.")
  Path authfile;

  @Option(
      names = "--offline",
      description = "Never contact a registry; imports are left pending for 'sync'.")
  Boolean offline;

  @Option(
      names = "--loglevel",
      paramLabel = "N",
      description =
          "Log verbosity, 0 to 8; 6 and above print stack traces on errors, 8 every HTTP exchange"
              + " (credentials redacted).")
  Integer loglevel;

  /**
   * {@code --registry-config}, else {@code --authfile}.
   *
   * @throws UsageException when both name a file, and not the same one
   */
  Path credentials() {
    if (registryConfig != null && authfile != null && !registryConfig.equals(authfile)) {
      throw new UsageException("--registry-config and --authfile name two files; give one of them");
    }
    return registryConfig != null ? registryConfig : authfile;
  }
}
