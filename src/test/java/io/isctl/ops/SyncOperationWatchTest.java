package io.isctl.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.isctl.apiserver.ImportSpec;
import io.isctl.apiserver.TagImport;
import io.isctl.importer.ImageCreation;
import io.isctl.importer.ImageImporter;
import io.isctl.importer.PushedImages;
import io.isctl.store.FileImageStreamStore;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The --watch loop, with a sleeper that records the waits instead of waiting. */
class SyncOperationWatchTest {
  @TempDir Path dir;

  /** An importer that is online but never asked anything: the store is empty. */
  static final ImageImporter IDLE =
      new ImageImporter() {
        @Override
        public boolean online() {
          return true;
        }

        @Override
        public List<TagImport> fetch(
            List<ImportSpec> specs,
            ImageCreation images,
            java.util.function.Consumer<String> started) {
          throw new AssertionError("nothing to import");
        }

        @Override
        public java.util.concurrent.CompletableFuture<List<TagImport>> fetchLater(
            List<ImportSpec> specs,
            ImageCreation images,
            java.util.function.Consumer<String> done) {
          return java.util.concurrent.CompletableFuture.completedFuture(fetch(specs, images, done));
        }

        @Override
        public List<String> listTags(String from, boolean insecure) {
          throw new AssertionError("nothing to list");
        }
      };

  @Test
  void watch_runsAPassAfterEachInterval_untilInterrupted_andSurvivesAFailedPass() {
    List<Duration> waits = new ArrayList<>();
    List<SyncReport> reports = new ArrayList<>();
    List<String> errors = new ArrayList<>();
    int[] scans = {0};
    PushedImages flaky =
        wanted -> {
          if (++scans[0] == 2) {
            throw new OperationException("registry down");
          }
          return new PushedImages.Scan("127.0.0.1:1", List.of(), List.of());
        };
    SyncOperation operation =
        new SyncOperation(
            new ImageApiServer(new FileImageStreamStore(dir), Clock.systemUTC(), IDLE), flaky);

    assertThatThrownBy(
            () ->
                operation.watch(
                    new SyncRequest(List.of(), "default", true),
                    Duration.ofSeconds(30),
                    wait -> {
                      waits.add(wait);
                      if (waits.size() == 3) {
                        throw new InterruptedException();
                      }
                    },
                    reports::add,
                    e -> errors.add(e.getMessage())))
        .isInstanceOf(InterruptedException.class);

    assertThat(waits)
        .containsExactly(Duration.ofSeconds(30), Duration.ofSeconds(30), Duration.ofSeconds(30));
    assertThat(reports).hasSize(2);
    assertThat(errors).containsExactly("registry down");
  }
}
