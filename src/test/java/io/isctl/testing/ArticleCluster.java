package io.isctl.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The article's cluster on loopback: Docker Hub's {@code docker.io/balazsszeti} served by one local
 * registry and the integrated registry by another, both reached through
 * ImageTagMirrorSet/ImageDigestMirrorSet mirrors in the store's {@code config.yaml} ({@code
 * NeverContactSource}, so no test can reach docker.io), both insecure.
 */
public final class ArticleCluster {
  /** Where {@code docker.io/balazsszeti/...} lives in the external registry. */
  public static final String HUB_NAMESPACE = "balazsszeti";

  /** The integrated registry's public route in the article's cluster. */
  public static final String PUBLIC_ROUTE =
      "default-route-openshift-image-registry.apps-crc.testing";

  private final LocalRegistry hub;
  private final LocalRegistry integrated;

  public ArticleCluster(LocalRegistry hub, LocalRegistry integrated) {
    this.hub = hub;
    this.integrated = integrated;
  }

  /** An empty store folder under {@code dir} with the cluster's config.yaml. */
  public Path newStore(Path dir) {
    Path store = dir.resolve("store");
    try {
      Files.createDirectories(store);
      Files.writeString(store.resolve("config.yaml"), configYaml());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return store;
  }

  /** The store's config.yaml. */
  public String configYaml() {
    String mirrors =
        """
          - source: docker.io/%1$s
            mirrors:
            - %2$s/%1$s
            mirrorSourcePolicy: NeverContactSource
          - source: %3$s
            mirrors:
            - %4$s
            mirrorSourcePolicy: NeverContactSource
        """
            .formatted(HUB_NAMESPACE, hub.hostPort(), Fixtures.INTERNAL, integrated.hostPort());
    return """
        apiVersion: config.openshift.io/v1
        kind: Image
        metadata:
          name: cluster
        spec:
          registrySources:
            insecureRegistries:
            - %1$s
            - %2$s
        status:
          internalRegistryHostname: %3$s
          externalRegistryHostnames:
          - %5$s
        ---
        apiVersion: config.openshift.io/v1
        kind: ImageTagMirrorSet
        metadata:
          name: article
        spec:
          imageTagMirrors:
        %4$s---
        apiVersion: config.openshift.io/v1
        kind: ImageDigestMirrorSet
        metadata:
          name: article
        spec:
          imageDigestMirrors:
        %4$s"""
        .formatted(hub.hostPort(), integrated.hostPort(), Fixtures.INTERNAL, mirrors, PUBLIC_ROUTE);
  }

  /** Images on "Docker Hub" under {@code balazsszeti/}. */
  public TestImages hubImages() {
    return new TestImages(hub);
  }

  /** Images pushed into the integrated registry. */
  public TestImages integratedImages() {
    return new TestImages(integrated);
  }

  /** The external registry's {@code host:port}. */
  public String hubHostPort() {
    return hub.hostPort();
  }

  /** The integrated registry mirror's {@code host:port}. */
  public String integratedHostPort() {
    return integrated.hostPort();
  }
}
