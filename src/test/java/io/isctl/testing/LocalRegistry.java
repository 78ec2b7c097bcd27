package io.isctl.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Debian's {@code docker-registry} (CNCF distribution 2.8) running on a free 127.0.0.1 port with
 * its own temporary config and storage, usable as a JUnit 5 extension or as an {@link
 * AutoCloseable}.
 */
public final class LocalRegistry implements BeforeAllCallback, AfterAllCallback, AutoCloseable {

  static final Path BINARY = Path.of("/usr/bin/docker-registry");
  private static final Duration STARTUP_TIMEOUT = Duration.ofSeconds(30);

  private final RegistryAuthMode authMode;
  private final Path binary;
  private Path dataDir;
  private Process process;
  private int port;

  private LocalRegistry(RegistryAuthMode authMode, Path binary) {
    this.authMode = authMode;
    this.binary = binary;
  }

  private LocalRegistry(RegistryAuthMode authMode) {
    this(authMode, BINARY);
  }

  /** The same registry started from another binary path (tests of the missing-binary message). */
  LocalRegistry withBinary(Path otherBinary) {
    return new LocalRegistry(authMode, otherBinary);
  }

  /** A registry that needs no authentication. */
  public static LocalRegistry open() {
    return new LocalRegistry(new RegistryAuthMode.Open());
  }

  /** A registry that asks for HTTP Basic credentials from the given htpasswd users. */
  public static LocalRegistry basicAuth(TestUser... users) {
    return new LocalRegistry(new RegistryAuthMode.Basic(List.of(users)));
  }

  /** A registry that delegates to a bearer token server started alongside it. */
  public static LocalRegistry tokenAuth(TokenServer.Policy policy) {
    return new LocalRegistry(new RegistryAuthMode.Token(policy));
  }

  @Override
  public void beforeAll(ExtensionContext context) {
    start();
  }

  @Override
  public void afterAll(ExtensionContext context) {
    close();
  }

  /** Starts the registry (and its token server) and waits until {@code /v2/} answers. */
  public synchronized LocalRegistry start() {
    if (process != null) {
      return this;
    }
    requireBinary(binary);
    try {
      dataDir = Files.createTempDirectory("isctl-registry-");
      port = FreePorts.pick();
      String authSection = authMode.prepare(dataDir);
      Path config = dataDir.resolve("config.yml");
      Files.writeString(config, RegistryConfig.yaml(dataDir, port, authSection));
      process =
          new ProcessBuilder(binary.toString(), "serve", config.toString())
              .redirectErrorStream(true)
              .redirectOutput(dataDir.resolve("registry.log").toFile())
              .start();
      awaitReady();
      return this;
    } catch (IOException e) {
      close();
      throw new UncheckedIOException("starting docker-registry", e);
    } catch (RuntimeException e) {
      close();
      throw e;
    }
  }

  /** Stops exactly the processes this registry started and deletes its data. */
  @Override
  public synchronized void close() {
    if (process != null) {
      stopProcessTree(process);
      process = null;
    }
    authMode.close();
    if (dataDir != null) {
      deleteRecursively(dataDir);
      dataDir = null;
    }
  }

  /** {@code 127.0.0.1:PORT}, the registry as an image reference names it. */
  public String hostPort() {
    return "127.0.0.1:" + port;
  }

  /** {@code http://127.0.0.1:PORT}, without a trailing slash. */
  public String baseUrl() {
    return "http://" + hostPort();
  }

  /** The token server, in token mode. */
  public TokenServer tokenServer() {
    if (authMode instanceof RegistryAuthMode.Token token) {
      return token.server();
    }
    throw new IllegalStateException("this registry does not use token auth");
  }

  /** The {@code Authorization} value a test may use to push to or delete from a repository. */
  public String adminAuthorization(String repository) {
    return authMode.adminAuthorization(repository);
  }

  private static void requireBinary(Path binary) {
    if (!Files.isExecutable(binary)) {
      throw new IllegalStateException(
          binary
              + " is missing: the registry tests need Debian's"
              + " docker-registry package. Install it with `apt-get install -y docker-registry`"
              + " (or run scripts/install-test-deps.sh as root).");
    }
  }

  private void awaitReady() throws IOException {
    Instant deadline = Instant.now().plus(STARTUP_TIMEOUT);
    URI ping = URI.create(baseUrl() + "/v2/");
    while (Instant.now().isBefore(deadline)) {
      if (!process.isAlive()) {
        throw new IllegalStateException(
            "docker-registry exited with "
                + process.exitValue()
                + " before answering; its log:\n"
                + logTail());
      }
      if (answers(ping)) {
        return;
      }
      sleepBriefly();
    }
    throw new IllegalStateException(
        "docker-registry did not answer "
            + ping
            + " within "
            + STARTUP_TIMEOUT.toSeconds()
            + " s; its log:\n"
            + logTail());
  }

  private static boolean answers(URI ping) {
    try {
      HttpURLConnection connection = (HttpURLConnection) ping.toURL().openConnection();
      connection.setConnectTimeout(500);
      connection.setReadTimeout(2000);
      int status = connection.getResponseCode();
      connection.disconnect();
      return status == 200 || status == 401;
    } catch (IOException notYet) {
      return false;
    }
  }

  private static void sleepBriefly() {
    try {
      Thread.sleep(50);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for docker-registry", e);
    }
  }

  private String logTail() throws IOException {
    List<String> lines =
        Files.readAllLines(dataDir.resolve("registry.log"), StandardCharsets.UTF_8);
    return String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
  }

  private static void stopProcessTree(Process root) {
    List<ProcessHandle> children = root.descendants().toList();
    root.destroy();
    children.forEach(ProcessHandle::destroy);
    try {
      if (!root.waitFor(10, TimeUnit.SECONDS)) {
        root.destroyForcibly();
        children.forEach(ProcessHandle::destroyForcibly);
        root.waitFor(10, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      root.destroyForcibly();
      Thread.currentThread().interrupt();
    }
  }

  private static void deleteRecursively(Path dir) {
    try (Stream<Path> paths = Files.walk(dir)) {
      paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
    } catch (IOException e) {
      throw new UncheckedIOException("deleting " + dir, e);
    }
  }
}
