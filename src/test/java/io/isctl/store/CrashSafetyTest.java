package io.isctl.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.isctl.files.AtomicFiles;
import io.isctl.model.ImageStream;
import io.isctl.testing.ChildJvm;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SIGKILL at random moments while a child JVM writes the store in a loop ({@link StoreWriterLoop}):
 * afterwards every stream file parses and holds either the last version the child reported saved or
 * the one it was writing, temporary files are never taken for streams, and the next locked write
 * removes them. Start-up is outside the measured window: each kill comes after the child's first
 * save.
 */
class CrashSafetyTest {
  private static final String NAMESPACE = "crash";
  private static final List<String> STREAMS = List.of("alpha", "beta", "gamma");
  private static final int CYCLES = 24;
  private static final int MAX_CYCLES = 60;
  private static final long SEED = Long.getLong("isctl.crash.seed", System.nanoTime());

  @TempDir Path work;
  private Path root;

  @BeforeEach
  void store() {
    root = work.resolve("store");
  }

  @Test
  void sigkillAtRandomMoments_leavesEveryStreamTheOldOrTheNewVersion() {
    Random random = new Random(SEED);
    Map<String, Long> versions = new HashMap<>();
    STREAMS.forEach(name -> versions.put(name, 0L));
    int killsMidWrite = 0;
    for (int cycle = 0; cycle < CYCLES || (killsMidWrite == 0 && cycle < MAX_CYCLES); cycle++) {
      String context = "seed " + SEED + " (-Disctl.crash.seed), cycle " + cycle;
      Map<String, Long> acknowledged =
          assertTimeoutPreemptively(
              Duration.ofSeconds(60), () -> runAndKill(random.nextInt(300)), context);
      for (String name : STREAMS) {
        long before = Math.max(versions.get(name), acknowledged.getOrDefault(name, 0L));
        long found = versionOnDisk(name, context);
        assertThat(found)
            .as(
                "%s: %s holds version %d, expected %d or %d",
                context, name, found, before, before + 1)
            .isBetween(before, before + 1);
        versions.put(name, found);
      }
      assertThat(new FileImageStreamStore(root).names(NAMESPACE))
          .as("%s: temporary files are not streams", context)
          .allMatch(STREAMS::contains);
      if (!leftovers().isEmpty()) {
        killsMidWrite++;
      }
    }

    long writes = versions.values().stream().mapToLong(Long::longValue).sum();
    System.out.printf(
        "CrashSafetyTest: seed %d, %d writes, %d kills left a write half done%n",
        SEED, writes, killsMidWrite);
    assertThat(killsMidWrite)
        .as("seed %d: no kill hit a write in progress, so the test proved nothing", SEED)
        .isPositive();
    assertThat(writes).as("writes across all cycles").isGreaterThan(100);
    FileImageStreamStore store = new FileImageStreamStore(root);
    store.exclusively(
        () -> {
          store.save(
              StoreWriterLoop.versioned(
                  store.find(NAMESPACE, "alpha").orElseThrow(), versions.get("alpha") + 1));
          return null;
        });
    assertThat(leftovers()).as("the next locked write removes what killed writers left").isEmpty();
  }

  /**
   * Starts a writer, waits for its first save, lets it write {@code millis} more, kills it: saves
   * per stream.
   */
  private Map<String, Long> runAndKill(int millis) throws Exception {
    // The child's stdout goes to a file: reading a pipe while the JDK drains it on exit can fail.
    Path saves = Files.createTempFile(work, "saves", ".txt");
    Process child =
        ChildJvm.start(
            saves,
            StoreWriterLoop.class,
            root.toString(),
            NAMESPACE,
            STREAMS.get(0),
            STREAMS.get(1),
            STREAMS.get(2));
    try {
      while (Files.size(saves) == 0) {
        assertThat(child.isAlive()).as("the writer is running").isTrue();
        Thread.sleep(2);
      }
      Thread.sleep(millis);
    } finally {
      child.destroyForcibly(); // SIGKILL
      child.waitFor();
    }
    Map<String, Long> acknowledged = new HashMap<>();
    for (String line : Files.readAllLines(saves)) {
      String[] parts = line.split(" ");
      if (parts.length == 2) { // the last line may be cut short by the kill
        acknowledged.merge(parts[0], Long.parseLong(parts[1]), Math::max);
      }
    }
    Files.delete(saves);
    return acknowledged;
  }

  /**
   * The version in the stream's file, after checking the file is exactly that version and nothing
   * else.
   */
  private long versionOnDisk(String name, String context) {
    ImageStream stream = new FileImageStreamStore(root).find(NAMESPACE, name).orElse(null);
    if (stream == null) {
      return 0; // not written yet
    }
    long version = StoreWriterLoop.version(stream);
    assertThat(stream.metadata().annotations().get(StoreWriterLoop.PAYLOAD))
        .as("%s: %s holds the payload of its version %d", context, name, version)
        .isEqualTo(StoreWriterLoop.payload(version));
    return version;
  }

  private List<Path> leftovers() {
    try (Stream<Path> files = Files.list(root.resolve(NAMESPACE))) {
      return files
          .filter(f -> f.getFileName().toString().endsWith(AtomicFiles.TEMP_SUFFIX))
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
