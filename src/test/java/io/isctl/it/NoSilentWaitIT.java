package io.isctl.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.isctl.testing.CliResult;
import io.isctl.testing.Fixtures;
import io.isctl.testing.Launcher;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A registry that accepts connections and never answers, and a store another process holds: {@code
 * bin/isctl} as processes. An import waiting on the registry holds no lock, so other commands in
 * the store go on; a command that does wait for the lock says so, and for whom.
 */
class NoSilentWaitIT {
  @TempDir Path dir;
  private Path store;
  private Launcher isctl;
  private ServerSocket silent;
  private final List<Socket> accepted = new java.util.concurrent.CopyOnWriteArrayList<>();
  private final List<Process> started = new ArrayList<>();

  @BeforeEach
  void setUp() throws IOException {
    store = Files.createDirectories(dir.resolve("store"));
    isctl = new Launcher(dir).env("ISCTL_STORE", store.toString()).env("ISCTL_NAMESPACE", "team");
    silent = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    Thread acceptor =
        new Thread(
            () -> {
              try {
                while (true) {
                  accepted.add(silent.accept()); // never read from, never answered
                }
              } catch (IOException closed) {
                // the test is over
              }
            });
    acceptor.setDaemon(true);
    acceptor.start();
  }

  @AfterEach
  void tearDown() throws IOException {
    started.forEach(Process::destroyForcibly);
    silent.close();
    for (Socket socket : accepted) {
      socket.close();
    }
  }

  @Test
  void anImportWaitingOnASilentRegistry_keepsNoOneElseWaiting() throws Exception {
    Process importing =
        start(
            "import-image",
            "app:v1",
            "--from=127.0.0.1:" + silent.getLocalPort() + "/team/app:v1",
            "--confirm",
            "--insecure");
    waitUntil(() -> !accepted.isEmpty(), Duration.ofSeconds(60));

    long startedAt = System.nanoTime();
    CliResult tag = isctl.exec("--offline", "tag", "--reference", Fixtures.EXTERNAL_TAG, "web:v1");
    Duration took = Duration.ofNanos(System.nanoTime() - startedAt);

    assertThat(tag.exitCode()).as(tag.err()).isZero();
    assertThat(tag.err()).doesNotContain("waiting for the store lock");
    assertThat(took).isLessThan(Duration.ofSeconds(20)); // a JVM start, not a registry timeout
    assertThat(importing.isAlive()).isTrue(); // still waiting on the registry
  }

  @Test
  @SuppressWarnings("try") // the lock is held by the try, never read
  void aCommandWaitingForTheLock_saysOnceForWhom_thenGoesOn() throws Exception {
    Files.createDirectories(store.resolve(".isctl"));
    Path lockFile = store.resolve(".isctl/lock");
    Process tagging;
    try (FileChannel channel =
            FileChannel.open(
                lockFile,
                StandardOpenOption.CREATE,
                StandardOpenOption.READ,
                StandardOpenOption.WRITE);
        FileLock lock = channel.lock()) {
      channel.write(
          ByteBuffer.wrap("4242 2026-12-03T10:42:05Z\n".getBytes(StandardCharsets.UTF_8)), 0);
      tagging = start("--offline", "tag", "--reference", Fixtures.EXTERNAL_TAG, "web:v1");
      Path err = dir.resolve("err-" + tagging.pid());
      waitUntil(() -> read(err).contains("waiting"), Duration.ofSeconds(60));
      assertThat(tagging.isAlive()).isTrue();
    }
    assertThat(tagging.waitFor(60, TimeUnit.SECONDS)).isTrue();
    String err = read(dir.resolve("err-" + tagging.pid()));

    assertThat(tagging.exitValue()).as(err).isZero();
    assertThat(err)
        .isEqualTo(
            "info: waiting for the store lock "
                + lockFile
                + ", held by process 4242 since 2026-12-03T10:42:05Z\n");
    assertThat(store.resolve("team/web.yaml")).exists();
  }

  private Process start(String... args) throws IOException {
    ProcessBuilder builder = isctl.builder(args);
    Process process =
        builder
            .redirectOutput(dir.resolve("out-" + System.nanoTime()).toFile())
            .redirectError(dir.resolve("err-pending").toFile())
            .start();
    Files.move(dir.resolve("err-pending"), dir.resolve("err-" + process.pid()));
    started.add(process);
    return process;
  }

  private static String read(Path file) {
    try {
      return Files.exists(file) ? Files.readString(file) : "";
    } catch (IOException e) {
      return "";
    }
  }

  private static void waitUntil(java.util.function.BooleanSupplier condition, Duration limit)
      throws InterruptedException {
    long deadline = System.nanoTime() + limit.toNanos();
    while (!condition.getAsBoolean()) {
      assertThat(System.nanoTime()).as("waited " + limit).isLessThan(deadline);
      Thread.sleep(50);
    }
  }
}
