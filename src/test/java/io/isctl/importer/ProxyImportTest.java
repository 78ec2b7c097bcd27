package io.isctl.importer;

import static org.assertj.core.api.Assertions.assertThat;

import io.isctl.testing.CliResult;
import io.isctl.testing.CliRunner;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Imports go through the proxy that HTTP_PROXY names, unless NO_PROXY lists the registry. */
class ProxyImportTest {
  @TempDir Path dir;

  CliRunner storeMarking(String registry) throws Exception {
    Path store = dir.resolve("store");
    Files.createDirectories(store);
    Files.writeString(
        store.resolve("config.yaml"),
        """
        apiVersion: config.openshift.io/v1
        kind: Image
        metadata: {name: cluster}
        spec:
          registrySources:
            insecureRegistries: [%s]
        """
            .formatted(registry));
    return new CliRunner(store).env("ISCTL_NAMESPACE", "team");
  }

  @Test
  void importThroughTheProxy_asksTheProxyForTheRegistrysUrls() throws Exception {
    try (MockWebServer proxy = new MockWebServer()) {
      proxy.enqueue(new MockResponse.Builder().code(200).body("{}").build());
      proxy.enqueue(
          new MockResponse.Builder()
              .code(404)
              .body(
                  "{\"errors\":[{\"code\":\"MANIFEST_UNKNOWN\",\"message\":\"manifest unknown\"}]}")
              .build());
      proxy.start();
      CliRunner isctl =
          storeMarking("registry.invalid:5000")
              .env("HTTP_PROXY", "http://127.0.0.1:" + proxy.getPort());

      CliResult result =
          isctl.run(
              "import-image", "app:1", "--from=registry.invalid:5000/team/app:1", "--confirm");

      RecordedRequest ping = proxy.takeRequest(5, TimeUnit.SECONDS);
      assertThat(ping).isNotNull();
      assertThat(ping.getUrl().host()).isEqualTo("registry.invalid");
      assertThat(ping.getUrl().encodedPath()).isEqualTo("/v2/");
      assertThat(result)
          .failedWith(1)
          .errContains(
              "dockerimage.image.openshift.io \"registry.invalid:5000/team/app:1\" not found");
    }
  }

  @Test
  void noProxy_goesDirect() throws Exception {
    try (MockWebServer proxy = new MockWebServer()) {
      proxy.start();
      CliRunner isctl =
          storeMarking("registry.invalid:5000")
              .env("HTTP_PROXY", "http://127.0.0.1:" + proxy.getPort())
              .env("NO_PROXY", ".invalid");

      CliResult result =
          isctl.run(
              "import-image", "app:1", "--from=registry.invalid:5000/team/app:1", "--confirm");

      assertThat(result).failedWith(1);
      assertThat(proxy.getRequestCount()).isZero();
    }
  }
}
