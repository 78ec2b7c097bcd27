package io.isctl.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.isctl.model.TagEvent;
import io.isctl.store.FileImageStreamStore;
import io.isctl.testing.CliResult;
import io.isctl.testing.CliRunner;
import io.isctl.testing.FreePorts;
import io.isctl.testing.LatencyFront;
import io.isctl.testing.LocalRegistry;
import io.isctl.testing.PushedImage;
import io.isctl.testing.StoreFiles;
import io.isctl.testing.TestImages;
import io.isctl.testing.TestPlatform;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Imports with requests in flight write exactly what one request at a time writes: the real
 * registry behind a front that holds each request a different while (0 to 40 ms, by a hash of the
 * request), so answers arrive in another order than they were asked in.
 */
class ConcurrentImportTest {
  @RegisterExtension static final LocalRegistry REGISTRY = LocalRegistry.open();

  private static LatencyFront scrambled;
  private static TestImages images;

  /** Nothing listens there: the tags from it fail while the others import. */
  private static final String CLOSED = "127.0.0.1:" + FreePorts.pick();

  @TempDir Path dir;

  @BeforeAll
  static void start() {
    scrambled = LatencyFront.start(REGISTRY.hostPort(), ConcurrentImportTest::delay);
    images = new TestImages(REGISTRY);
  }

  @AfterAll
  static void stop() {
    scrambled.close();
  }

  /**
   * 0 to 40 ms by a hash of the request; the manifest lists l1 to l4 of streams c, e, f and g the
   * longer the earlier their stream, so their answers come last first.
   */
  private static Duration delay(String requestLine) {
    for (int list = 1; list <= 4; list++) {
      if (requestLine.contains("/manifests/l" + list + " ")) {
        return Duration.ofMillis(30L * (5 - list));
      }
    }
    return Duration.ofMillis(10L * Math.floorMod(requestLine.hashCode(), 5));
  }

  private static String from(String repositoryAndTag) {
    return scrambled.hostPort() + "/" + repositoryAndTag;
  }

  private static CliResult run(Path store, String... args) {
    return new CliRunner(store).env("ISCTL_NAMESPACE", "team").run(args);
  }

  private static void ok(Path store, String... args) {
    assertThat(run(store, args)).as(String.join(" ", args)).succeeded();
  }

  /** Every file of the store but the lock (which names the process that last held it). */
  private static Map<String, String> files(Path store) {
    Map<String, String> files = new TreeMap<>();
    StoreFiles.snapshot(store)
        .forEach(
            (name, bytes) -> {
              if (!name.equals(".isctl/lock")) {
                files.put(name, new String(bytes, java.nio.charset.StandardCharsets.UTF_8));
              }
            });
    return files;
  }

  private static void copy(Path from, Path to) throws IOException {
    try (Stream<Path> paths = Files.walk(from)) {
      for (Path path : paths.toList()) {
        Path target = to.resolve(from.relativize(path).toString());
        if (Files.isDirectory(path)) {
          Files.createDirectories(target);
        } else {
          Files.copy(path, target);
        }
      }
    }
  }

  @Test
  void sync_writesTheSameBytesAtAnyConcurrency_whateverOrderTheAnswersArriveIn()
      throws IOException {
    PushedImage shared = images.schema2("team/app1", "v1", TestPlatform.LINUX_AMD64, "conc-1");
    for (int i = 2; i <= 6; i++) {
      images.schema2("team/app1", "v" + i, TestPlatform.LINUX_AMD64, "conc-" + i);
    }
    images.retag(shared, "v7");
    // The same image from another repository: its Image is spelled by whichever stream records
    // it first, the same stream at every concurrency.
    images.schema2("team/app2", "w1", TestPlatform.LINUX_AMD64, "conc-1");
    for (int list = 1; list <= 4; list++) {
      images.dockerManifestList("team/multi", "l" + list, "conc-list-" + list);
    }
    images.ociIndex("team/multi", "i1", "conc-index");

    Path base = dir.resolve("base");
    StoreFiles.markInsecure(base, scrambled.hostPort() + ", " + CLOSED);
    for (int i = 1; i <= 7; i++) {
      ok(base, "--offline", "tag", from("team/app1:v" + i), "a:v" + i, "--scheduled");
    }
    ok(base, "--offline", "tag", from("team/app1:gone"), "a:gone", "--scheduled");
    ok(base, "--offline", "tag", from("team/app2:w1"), "b:w1", "--scheduled");
    ok(base, "--offline", "tag", from("team/app1:v3"), "b:v3", "--scheduled");
    ok(base, "--offline", "tag", from("team/multi:l1"), "c:l1", "--scheduled");
    ok(base, "--offline", "tag", from("team/multi:l2"), "e:l2", "--scheduled");
    ok(base, "--offline", "tag", from("team/multi:l3"), "f:l3", "--scheduled");
    ok(base, "--offline", "tag", from("team/multi:l4"), "g:l4", "--scheduled");
    ok(
        base,
        "--offline",
        "tag",
        from("team/multi:i1"),
        "c:i1",
        "--scheduled",
        "--import-mode=PreserveOriginal");
    ok(base, "--offline", "tag", CLOSED + "/team/x:1", "d:x", "--scheduled");
    ok(base, "--offline", "tag", from("team/app1:v2"), "d:v2", "--scheduled");
    Path one = dir.resolve("one");
    Path eight = dir.resolve("eight");
    copy(base, one);
    copy(base, eight);

    CliResult sequential = run(one, "sync", "--max-concurrency=1");
    CliResult inFlight = run(eight, "sync", "--max-concurrency=8");

    assertThat(inFlight).failedWith(1).outIs(sequential.out()).errIs(sequential.err());
    assertThat(files(eight)).isEqualTo(files(one)).containsKey(".isctl/manifest-lists");
    // One tag's failure left the others of its stream, and every other stream, imported.
    assertThat(sequential.err())
        .contains("team/a:gone: ")
        .contains("team/d:x: ")
        .doesNotContain("team/a:v", "team/b:", "team/c:", "team/d:v2");
    FileImageStreamStore store = new FileImageStreamStore(eight);
    assertThat(store.find("team", "a").orElseThrow().status().latest("v1"))
        .map(TagEvent::image)
        .contains(shared.digest());
    assertThat(store.find("team", "d").orElseThrow().status().latest("v2")).isPresent();
    assertThat(store.findImage(shared.digest()).orElseThrow().dockerImageReference())
        .startsWith(scrambled.hostPort() + "/team/app1@");

    // Some tags move; the others are checked and stay.
    images.schema2("team/app1", "v2", TestPlatform.LINUX_AMD64, "conc-2-moved");
    images.schema2("team/app1", "v5", TestPlatform.LINUX_AMD64, "conc-5-moved");
    images.dockerManifestList("team/multi", "l1", "conc-list-moved");
    images.dockerManifestList("team/multi", "l3", "conc-list-3-moved");

    CliResult sequentialAgain = run(one, "sync", "--max-concurrency=1", "-v");
    CliResult inFlightAgain = run(eight, "sync", "--max-concurrency=8", "-v");

    assertThat(inFlightAgain.out()).isEqualTo(sequentialAgain.out()).contains("unchanged");
    assertThat(inFlightAgain.out()).contains("team/a:v2: imported", "team/d:v2: imported");
    assertThat(files(eight)).isEqualTo(files(one));
  }

  @Test
  void importImageAll_atAnyConcurrency_writesTheSameStreamAndImages() {
    for (int i = 0; i < 12; i++) {
      images.schema2("team/many", String.format("t%02d", i), TestPlatform.LINUX_AMD64, "many-" + i);
    }
    Path one = dir.resolve("one");
    Path eight = dir.resolve("eight");
    StoreFiles.markInsecure(one, scrambled.hostPort());
    StoreFiles.markInsecure(eight, scrambled.hostPort());

    CliResult sequential =
        run(
            one,
            "import-image",
            "many",
            "--from=" + from("team/many"),
            "--all",
            "--confirm",
            "--max-concurrency=1");
    CliResult inFlight =
        run(
            eight,
            "import-image",
            "many",
            "--from=" + from("team/many"),
            "--all",
            "--confirm",
            "--max-concurrency=8");

    assertThat(sequential).succeeded();
    assertThat(inFlight).succeeded().outIs(sequential.out());
    assertThat(files(eight)).isEqualTo(files(one));
  }
}
