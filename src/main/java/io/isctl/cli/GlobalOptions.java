package io.isctl.cli;

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
      description = "Registry credentials (docker config.json or containers auth.json).")
  Path registryConfig;

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
}
