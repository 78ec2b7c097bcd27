package io.isctl.model;

import java.util.List;

/**
 * The cluster-wide settings isctl honours, read from the store's {@code config.yaml}: the {@code
 * config.openshift.io/v1 Image} resource named {@code cluster} and the ImageTagMirrorSet and
 * ImageDigestMirrorSet resources.
 *
 * @param insecureRegistries registries reached over HTTP or with unverified TLS
 * @param allowedRegistries when not empty, the only registries imports may use
 * @param blockedRegistries registries imports may never use
 * @param tagMirrors mirrors tried before the source when pulling by tag
 * @param digestMirrors mirrors tried before the source when pulling by digest
 * @param platform the platform the API server runs on, which Legacy imports of a manifest list
 *     prefer: that of the control-plane Node in config.yaml, else linux/amd64
 */
public record ClusterConfig(
    RegistryHostnames hosts,
    List<String> insecureRegistries,
    List<String> allowedRegistries,
    List<String> blockedRegistries,
    List<Mirror> tagMirrors,
    List<Mirror> digestMirrors,
    Platform platform) {

  public static final ClusterConfig DEFAULT =
      new ClusterConfig(
          RegistryHostnames.DEFAULT, List.of(), List.of(), List.of(), List.of(), List.of());

  /** A cluster on linux/amd64. */
  public ClusterConfig(
      RegistryHostnames hosts,
      List<String> insecureRegistries,
      List<String> allowedRegistries,
      List<String> blockedRegistries,
      List<Mirror> tagMirrors,
      List<Mirror> digestMirrors) {
    this(
        hosts,
        insecureRegistries,
        allowedRegistries,
        blockedRegistries,
        tagMirrors,
        digestMirrors,
        Platform.LINUX_AMD64);
  }

  public ClusterConfig {
    hosts = hosts == null ? RegistryHostnames.DEFAULT : hosts;
    platform = platform == null ? Platform.LINUX_AMD64 : platform;
    insecureRegistries = List.copyOf(insecureRegistries);
    allowedRegistries = List.copyOf(allowedRegistries);
    blockedRegistries = List.copyOf(blockedRegistries);
    tagMirrors = List.copyOf(tagMirrors);
    digestMirrors = List.copyOf(digestMirrors);
  }

  /**
   * One mirror rule: pulls of {@code source} (a registry, or a repository prefix) go to {@code
   * mirrors} first.
   *
   * @param neverContactSource {@code mirrorSourcePolicy: NeverContactSource}
   */
  public record Mirror(String source, List<String> mirrors, boolean neverContactSource) {
    public Mirror {
      mirrors = List.copyOf(mirrors);
    }
  }
}
