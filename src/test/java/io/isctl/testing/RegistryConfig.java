package io.isctl.testing;

import java.nio.file.Path;

/** The docker-registry YAML config for one test instance (see shared/docs/registry-testing.md). */
final class RegistryConfig {

  private RegistryConfig() {}

  static String yaml(Path dataDir, int port, String authSection) {
    // delete.enabled: tests need a deleted manifest; uploadpurging off: no background goroutine
    // noise.
    return """
        version: 0.1
        log: {level: warn, accesslog: {disabled: true}}
        storage:
          filesystem: {rootdirectory: %s}
          delete: {enabled: true}
          maintenance: {uploadpurging: {enabled: false}}
        http:
          addr: 127.0.0.1:%d
          secret: isctl-test-secret
        %s
        """
        .formatted(dataDir.resolve("storage"), port, authSection);
  }
}
