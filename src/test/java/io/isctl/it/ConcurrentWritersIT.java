package io.isctl.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.isctl.model.ImageStream;
import io.isctl.model.NamedTagEventList;
import io.isctl.model.TagEvent;
import io.isctl.model.TagReference;
import io.isctl.testing.CliResult;
import io.isctl.testing.Launcher;
import io.isctl.testing.LocalRegistry;
import io.isctl.testing.PushedImage;
import io.isctl.testing.StoreFiles;
import io.isctl.testing.TestImages;
import io.isctl.testing.TestPlatform;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Sixteen {@code bin/isctl} processes at once on one store, round after round: every update
 * survives (the store lock serialises the read-modify-writes), every file stays valid YAML, and tag
 * histories keep every image in order.
 */
class ConcurrentWritersIT {
  private static final int PROCESSES = 16;
  private static final int ROUNDS = 3;

  @RegisterExtension static final LocalRegistry REGISTRY = LocalRegistry.open();

  @TempDir Path dir;

  @Test
  void sixteenProcessesTaggingOneStream_loseNoTagAndKeepEveryHistory() throws Exception {
    Path store = dir.resolve("store");
    List<String> images = writeSourceStream(store.resolve("team/src.yaml"));
    Launcher launcher =
        new Launcher(dir).env("ISCTL_STORE", store.toString()).env("ISCTL_NAMESPACE", "team");

    for (int round = 1; round <= ROUNDS; round++) {
      String source = "src:v" + round;
      List<CliResult> results = runAtOnce(i -> launcher.exec("tag", source, "web:t" + i));
      for (int i = 0; i < PROCESSES; i++) {
        assertThat(results.get(i)).as("round %d, process %d", round, i).succeeded();
      }
      assertThat(StoreFiles.stream(store.resolve("team/web.yaml")).spec().tags())
          .as("after round %d every process's tag is there", round)
          .hasSize(PROCESSES);
    }

    ImageStream web = StoreFiles.stream(store.resolve("team/web.yaml"));
    assertThat(web.metadata().generation())
        .as("one generation per write: none was lost")
        .isEqualTo((long) PROCESSES * ROUNDS);
    assertThat(web.spec().tags()).extracting(TagReference::generation).doesNotHaveDuplicates();
    List<String> newestFirst = new ArrayList<>(images);
    java.util.Collections.reverse(newestFirst);
    for (int i = 0; i < PROCESSES; i++) {
      NamedTagEventList history = web.status().tag("t" + i).orElseThrow();
      assertThat(history.items())
          .as("history of t%d, newest first", i)
          .extracting(TagEvent::image)
          .containsExactlyElementsOf(newestFirst);
      assertThat(history.items())
          .extracting(TagEvent::generation)
          .isSortedAccordingTo((a, b) -> Long.compare(b, a));
    }
    assertThat(StoreFiles.names(store.resolve("team"))).containsExactly("src.yaml", "web.yaml");
  }

  @Test
  void sixteenProcessesImportingIntoOneNamespace_eachImportLands() throws Exception {
    TestImages pusher = new TestImages(REGISTRY);
    List<PushedImage> pushed = new ArrayList<>();
    for (int i = 0; i < PROCESSES / 2; i++) {
      pushed.add(
          pusher.schema2("test/concurrent", "v" + i, TestPlatform.LINUX_AMD64, "concurrent-" + i));
    }
    Path store = dir.resolve("store");
    StoreFiles.markInsecure(store, REGISTRY.hostPort());
    Launcher launcher =
        new Launcher(dir)
            .env("ISCTL_STORE", store.toString())
            .env("ISCTL_NAMESPACE", "team")
            .env("HOME", dir.toString());
    String repository = REGISTRY.hostPort() + "/test/concurrent";

    // Half create streams with import-image, half import tags into one shared stream, all at once.
    List<CliResult> results =
        runAtOnce(
            i ->
                i % 2 == 0
                    ? launcher.exec(
                        "import-image",
                        "app" + i / 2,
                        "--from",
                        repository + ":v" + i / 2,
                        "--confirm")
                    : launcher.exec("tag", repository + ":v" + i / 2, "shared:v" + i / 2));

    for (int i = 0; i < PROCESSES; i++) {
      assertThat(results.get(i)).as("process %d", i).succeeded();
    }
    ImageStream shared = StoreFiles.stream(store.resolve("team/shared.yaml"));
    for (int k = 0; k < PROCESSES / 2; k++) {
      String digest = pushed.get(k).digest();
      assertThat(shared.status().latest("v" + k))
          .as("shared:v%d", k)
          .map(TagEvent::image)
          .contains(digest);
      assertThat(
              StoreFiles.stream(store.resolve("team/app" + k + ".yaml")).status().latest("latest"))
          .as("app%d:latest", k)
          .map(TagEvent::image)
          .contains(digest);
    }
    // Each tag is a write of the spec tag, a new generation each: none was lost. The imports
    // follow with no lock held, and, as the cluster's import controller, each imports whatever is
    // due then, other processes' tags included: one import may record several tags, so there is at
    // least one more generation and at most one per tag.
    assertThat(shared.metadata().generation()).isBetween(PROCESSES / 2 + 1L, 2L * PROCESSES / 2);
    assertThat(StoreFiles.names(store.resolve("team")))
        .hasSize(PROCESSES / 2 + 1)
        .allMatch(name -> name.endsWith(".yaml") && !name.startsWith("."));
  }

  /** Runs one command per process index, all started together; the results in index order. */
  private static List<CliResult> runAtOnce(java.util.function.IntFunction<CliResult> command)
      throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(PROCESSES);
    try {
      List<Future<CliResult>> futures =
          IntStream.range(0, PROCESSES).mapToObj(i -> pool.submit(() -> command.apply(i))).toList();
      List<CliResult> results = new ArrayList<>();
      for (Future<CliResult> future : futures) {
        results.add(future.get());
      }
      return results;
    } finally {
      pool.shutdownNow();
    }
  }

  /**
   * A stream {@code src} with tags v1…vROUNDS, each at its own image; returns the images in tag
   * order.
   */
  private static List<String> writeSourceStream(Path file) throws Exception {
    StringBuilder spec = new StringBuilder();
    StringBuilder status = new StringBuilder();
    List<String> images = new ArrayList<>();
    for (int round = 1; round <= ROUNDS; round++) {
      String image =
          "sha256:"
              + HexFormat.of()
                  .formatHex(
                      java.security.MessageDigest.getInstance("SHA-256")
                          .digest(("image " + round).getBytes()));
      images.add(image);
      spec.append(
          """
            - name: v%d
              from: {kind: DockerImage, name: "quay.io/team/src@%s"}
          """
              .formatted(round, image));
      status.append(
          """
            - tag: v%d
              items:
              - {created: "2026-01-01T00:00:00Z", dockerImageReference: "quay.io/team/src@%s", image: "%s", generation: 1}
          """
              .formatted(round, image, image));
    }
    Files.createDirectories(file.getParent());
    Files.writeString(
        file,
        "apiVersion: image.openshift.io/v1\nkind: ImageStream\n"
            + "metadata: {name: src, namespace: team, generation: 1}\nspec:\n  tags:\n"
            + spec
            + "status:\n  tags:\n"
            + status);
    return images;
  }
}
