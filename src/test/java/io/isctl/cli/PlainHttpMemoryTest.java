package io.isctl.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.isctl.testing.CliResult;
import io.isctl.testing.CliRunner;
import io.isctl.testing.FaultyRegistry;
import io.isctl.testing.LatencyFront;
import io.isctl.testing.LocalRegistry;
import io.isctl.testing.RegistryScript;
import io.isctl.testing.StoreFiles;
import io.isctl.testing.TestImages;
import io.isctl.testing.TestPlatform;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * What HTTPS-first found for an insecure registry is remembered per store: the next run asks a
 * plain-HTTP registry over HTTP at once (no TLS hello), a memory gone stale falls back to
 * HTTPS-first, and a registry not marked insecure is never asked over HTTP whatever the memory
 * says.
 */
class PlainHttpMemoryTest {
  @RegisterExtension static final LocalRegistry REGISTRY = LocalRegistry.open();

  /** Counts the TLS hellos that reach the plain-HTTP registry. */
  private final LatencyFront front = LatencyFront.start(REGISTRY.hostPort(), line -> Duration.ZERO);

  @TempDir Path store;

  @BeforeAll
  static void push() {
    new TestImages(REGISTRY).schema2("team/plain", "v1", TestPlatform.LINUX_AMD64, "plain-1");
  }

  @AfterEach
  void stop() {
    front.close();
  }

  private CliResult run(String... args) {
    return new CliRunner(store).env("ISCTL_NAMESPACE", "team").run(args);
  }

  private Path memory() {
    return store.resolve(".isctl/plain-http");
  }

  @Test
  void aPlainHttpRegistry_isAskedOverHttpFirst_fromTheSecondRunOn() throws IOException {
    StoreFiles.markInsecure(store, front.hostPort());

    assertThat(run("tag", front.hostPort() + "/team/plain:v1", "p:v1", "--scheduled")).succeeded();
    assertThat(front.tlsHellos()).isEqualTo(1); // HTTPS first, as OpenShift's importer asks
    assertThat(Files.readString(memory())).isEqualTo(front.hostPort() + "\n");

    assertThat(run("sync", "-v")).succeeded().outIs("team/p:v1: unchanged\n");
    assertThat(run("import-image", "p:v1")).succeeded();
    assertThat(front.tlsHellos()).isEqualTo(1);
    assertThat(front.requestLines()).filteredOn(line -> line.startsWith("GET /v2/ ")).hasSize(3);
  }

  @Test
  void aStaleMemory_fallsBackToHttpsFirst_andIsForgotten() throws IOException {
    try (FaultyRegistry tls = FaultyRegistry.start()) {
      RegistryScript script = new RegistryScript();
      tls.answer(script::answer);
      StoreFiles.markInsecure(store, tls.hostPort());
      Files.createDirectories(memory().getParent());
      Files.writeString(memory(), tls.hostPort() + "\n" + front.hostPort() + "\n");

      assertThat(run("tag", tls.hostPort() + "/team/app:1", "app:1")).succeeded();

      assertThat(Files.readString(memory())).isEqualTo(front.hostPort() + "\n");
      assertThat(tls.requestCount()).isEqualTo(3); // ping, manifest, config: all over TLS
    }
  }

  @Test
  void aRegistryNotMarkedInsecure_isNeverAskedOverHttp_whateverTheMemorySays() throws IOException {
    Files.createDirectories(memory().getParent());
    Files.writeString(memory(), front.hostPort() + "\n");

    assertThat(run("tag", front.hostPort() + "/team/plain:v1", "p:v1"))
        .failedWith(1)
        .errContains("requires the insecure flag");
    assertThat(front.tlsHellos()).isEqualTo(1);
    assertThat(front.requestLines()).isEmpty();
  }

  @Test
  void aMemoryReachedThroughALink_isIgnored(@TempDir Path outside) throws IOException {
    StoreFiles.markInsecure(store, front.hostPort());
    Path elsewhere = outside.resolve("plain-http");
    Files.writeString(elsewhere, front.hostPort() + "\n");
    Files.createDirectories(memory().getParent());
    Files.createSymbolicLink(memory(), elsewhere);

    CliResult result = run("tag", front.hostPort() + "/team/plain:v1", "p:v1");

    assertThat(result).succeeded().errContains("ignoring").errContains("plain-http");
    assertThat(front.tlsHellos()).isEqualTo(1); // the link was not believed
    assertThat(Files.isSymbolicLink(memory())).isTrue(); // nor written through
    assertThat(Files.readString(elsewhere)).isEqualTo(front.hostPort() + "\n");
  }
}
