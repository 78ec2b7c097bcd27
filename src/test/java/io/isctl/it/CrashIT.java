package io.isctl.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.isctl.model.ImageStream;
import io.isctl.model.TagReference;
import io.isctl.testing.CliResult;
import io.isctl.testing.Launcher;
import io.isctl.testing.StoreFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Real {@code bin/isctl} processes killed with SIGKILL while they write: one {@code tag} command
 * sets 40 tags, one save each, so a kill lands before, between or inside saves. The stream file is
 * always one of those saves, and a later run cleans up after the killed one. (The write window
 * itself is hit far more often by {@code io.isctl.store.CrashSafetyTest}, whose writer needs no
 * start-up per write.)
 */
class CrashIT {
  private static final int KILLS = 10;
  private static final int TAGS = 40;
  private static final long SEED = Long.getLong("isctl.crash.seed", System.nanoTime());

  @TempDir Path dir;

  @Test
  void sigkillDuringTag_leavesTheStreamAsOneOfItsSaves_andTheNextRunCleansUp() throws Exception {
    Random random = new Random(SEED);
    Path store = Files.createDirectories(dir.resolve("store"));
    Path file = store.resolve("team/web.yaml");
    Launcher launcher =
        new Launcher(dir).env("ISCTL_STORE", store.toString()).env("ISCTL_NAMESPACE", "team");
    List<String> destinations = new ArrayList<>();
    for (int i = 0; i < TAGS; i++) {
      destinations.add("web:t" + i);
    }
    List<Integer> before = roundOfEachTag(null);
    int cutShort = 0;
    int leftTemporaryFiles = 0;
    for (int round = 1; round <= KILLS; round++) {
      String context = "seed " + SEED + " (-Disctl.crash.seed), round " + round;
      List<String> args = new ArrayList<>(List.of("tag", "--reference", source(round)));
      args.addAll(destinations);
      Process process =
          launcher
              .builder(args.toArray(String[]::new))
              .redirectOutput(ProcessBuilder.Redirect.DISCARD)
              .redirectError(ProcessBuilder.Redirect.DISCARD)
              .start();
      boolean finished = process.waitFor(300 + random.nextInt(1700), TimeUnit.MILLISECONDS);
      process.destroyForcibly(); // SIGKILL
      assertThat(process.waitFor(30, TimeUnit.SECONDS)).as(context).isTrue();

      List<Integer> after = roundOfEachTag(Files.exists(file) ? StoreFiles.stream(file) : null);
      // The tags are saved one by one, in order: a prefix has this round's source, the rest is as
      // before.
      int saved = 0;
      while (saved < TAGS && after.get(saved) == round) {
        saved++;
      }
      assertThat(after.subList(saved, TAGS)).as(context).isEqualTo(before.subList(saved, TAGS));
      if (finished) {
        assertThat(saved).as("%s: a run that finished set every tag", context).isEqualTo(TAGS);
      }
      before = after;
      cutShort += saved > 0 && saved < TAGS ? 1 : 0;
      leftTemporaryFiles +=
          Files.isDirectory(file.getParent())
                  && StoreFiles.names(file.getParent()).stream().anyMatch(n -> n.startsWith("."))
              ? 1
              : 0;
    }
    System.out.printf(
        "CrashIT: seed %d, %d of %d kills cut a run between its saves, %d left a temporary file%n",
        SEED, cutShort, KILLS, leftTemporaryFiles);

    CliResult after = launcher.exec("tag", "--reference", source(KILLS + 1), "web:t0");
    assertThat(after).succeeded();
    assertThat(StoreFiles.names(store.resolve("team")))
        .as("what the killed runs left is gone")
        .containsExactly("web.yaml");
    assertThat(launcher.exec("get", "is")).succeeded();
  }

  private static String source(int round) {
    return "docker.io/team/app:r" + round;
  }

  /**
   * For each tag t0…t39 in order, the round whose source it has (0 when it or the stream is not
   * there yet).
   */
  private static List<Integer> roundOfEachTag(ImageStream stream) {
    List<Integer> rounds = new ArrayList<>();
    for (int i = 0; i < TAGS; i++) {
      rounds.add(
          stream == null
              ? 0
              : stream
                  .spec()
                  .tag("t" + i)
                  .map(TagReference::from)
                  .map(
                      from ->
                          Integer.parseInt(
                              from.name().substring(from.name().lastIndexOf(":r") + 2)))
                  .orElse(0));
    }
    return rounds;
  }
}
