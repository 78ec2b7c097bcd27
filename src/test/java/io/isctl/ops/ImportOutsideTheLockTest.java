package io.isctl.ops;

import static org.assertj.core.api.Assertions.assertThat;

import io.isctl.apiserver.ImportSpec;
import io.isctl.apiserver.TagImport;
import io.isctl.importer.ImageCreation;
import io.isctl.importer.ImageImporter;
import io.isctl.importer.PushedImages;
import io.isctl.model.ImageStream;
import io.isctl.model.ObjectReference;
import io.isctl.model.ReferencePolicyType;
import io.isctl.model.TagImportPolicy;
import io.isctl.model.TagReference;
import io.isctl.store.FileImageStreamStore;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Imports ask the registries with no store lock held, then record the answers onto the stream as it
 * is by then, as the API server applies an update to the current object: an importer that looks at
 * the lock while it works, and that changes the store behind the import's back, shows both.
 */
class ImportOutsideTheLockTest {
  private static final String DIGEST =
      "sha256:0000000000000000000000000000000000000000000000000000000000000001";

  /** {@code isctl -n team tag quay.io/team/app:v1 web:v1}. */
  private static final TagRequest TAG_WEB_V1 =
      new TagRequest(
          List.of("quay.io/team/app:v1", "web:v1"),
          "",
          false,
          false,
          false,
          "source",
          false,
          false,
          "",
          "team",
          DryRun.NONE,
          "");

  @TempDir Path dir;
  private final List<Boolean> lockedDuringFetch = new ArrayList<>();
  private Runnable duringFetch = () -> {};
  private FileImageStreamStore store;

  private final ImageImporter importer =
      new ImageImporter() {
        @Override
        public boolean online() {
          return true;
        }

        @Override
        public List<TagImport> fetch(
            List<ImportSpec> specs, ImageCreation images, Consumer<String> started) {
          lockedDuringFetch.add(store.locked());
          duringFetch.run();
          return specs.stream()
              .map(
                  spec ->
                      TagImport.succeeded(
                          spec.tag(),
                          spec.from(),
                          spec.importPolicy(),
                          spec.referencePolicy(),
                          DIGEST,
                          "quay.io/team/app@" + DIGEST))
              .toList();
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
          lockedDuringFetch.add(store.locked());
          return List.of("v1");
        }
      };

  private ImageApiServer api() {
    store = new FileImageStreamStore(dir);
    return new ImageApiServer(store, Clock.systemUTC(), importer);
  }

  @Test
  void tag_writesUnderTheLock_andImportsWithoutIt() {
    ImageApiServer api = api();

    OperationResult result = new TagOperation(api).apply(TAG_WEB_V1);

    assertThat(result.failed()).isFalse();
    assertThat(lockedDuringFetch).containsExactly(false);
    assertThat(store.find("team", "web").orElseThrow().status().latest("v1").orElseThrow().image())
        .isEqualTo(DIGEST);
  }

  @Test
  void aTagWrittenByAnotherProcessWhileTheRegistryAnswers_isKept() {
    ImageApiServer api = api();
    duringFetch =
        () -> {
          ImageStream current = store.find("team", "web").orElseThrow();
          store.save(current.withSpec(current.spec().withTag(reference("other", "quay.io/x:1"))));
        };

    new TagOperation(api).apply(TAG_WEB_V1);

    ImageStream stream = store.find("team", "web").orElseThrow();
    assertThat(stream.spec().tag("other")).isPresent();
    assertThat(stream.status().latest("v1").orElseThrow().image()).isEqualTo(DIGEST);
  }

  @Test
  void sync_asksTheRegistriesWithoutTheLock_andSkipsAStreamDeletedMeanwhile() {
    ImageApiServer api = api();
    store.save(
        ImageStream.named("team", "a")
            .withSpec(
                ImageStream.named("team", "a")
                    .spec()
                    .withTag(scheduled("v1", "quay.io/team/a:v1"))));
    store.save(
        ImageStream.named("team", "b")
            .withSpec(
                ImageStream.named("team", "b")
                    .spec()
                    .withTag(scheduled("v1", "quay.io/team/b:v1"))));
    // While the registry answers for a, another process deletes b, and a itself.
    duringFetch =
        () -> {
          store.delete("team", "b");
          store.delete("team", "a");
        };

    SyncReport report =
        new SyncOperation(api, wanted -> new PushedImages.Scan("", List.of(), List.of()))
            .apply(new SyncRequest(List.of(), "team", false));

    assertThat(lockedDuringFetch).containsOnly(false);
    assertThat(report.failures()).isEmpty();
    assertThat(store.find("team", "a")).isEmpty();
    assertThat(store.find("team", "b")).isEmpty();
  }

  private static TagReference reference(String tag, String from) {
    return new TagReference(
        tag,
        null,
        ObjectReference.dockerImage(from),
        true,
        null,
        TagImportPolicy.DEFAULT,
        ReferencePolicyType.SOURCE,
        null);
  }

  private static TagReference scheduled(String tag, String from) {
    return new TagReference(
        tag,
        null,
        ObjectReference.dockerImage(from),
        false,
        0L,
        new TagImportPolicy(false, true, TagImportPolicy.LEGACY),
        ReferencePolicyType.SOURCE,
        null);
  }
}
