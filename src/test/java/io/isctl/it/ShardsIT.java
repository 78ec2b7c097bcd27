package io.isctl.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.isctl.ops.Shard;
import io.isctl.testing.CliResult;
import io.isctl.testing.Launcher;
import io.isctl.testing.LocalRegistry;
import io.isctl.testing.StoreFiles;
import io.isctl.testing.TestImages;
import io.isctl.testing.TestPlatform;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code sync --shard}: four {@code bin/isctl} processes at once on one store, each with a part of
 * the streams, leave the store one {@code sync} leaves (an Image first imported by streams of two
 * parts may be spelled by either), and each writes only its own streams.
 */
class ShardsIT {
  private static final int STREAMS = 16;
  private static final int PARTS = 4;

  @RegisterExtension static final LocalRegistry REGISTRY = LocalRegistry.open();

  @TempDir Path dir;

  /** A store of STREAMS streams with three scheduled tags each, none imported yet. */
  private Path pendingStore() throws IOException {
    TestImages images = new TestImages(REGISTRY);
    Path store = dir.resolve("base");
    StoreFiles.markInsecure(store, REGISTRY.hostPort());
    for (int s = 0; s < STREAMS; s++) {
      StringBuilder yaml =
          new StringBuilder(
              "apiVersion: image.openshift.io/v1\nkind: ImageStream\nmetadata:\n  name: app-"
                  + s
                  + "\n  namespace: fleet\nspec:\n  tags:\n");
      for (int t = 0; t < 3; t++) {
        // Tag v0 of every stream is one image, pushed to each repository: shared by all parts.
        String seed = t == 0 ? "shards-shared" : "shards-" + s + "-" + t;
        images.schema2("fleet/app-" + s, "v" + t, TestPlatform.LINUX_AMD64, seed);
        yaml.append("  - name: v")
            .append(t)
            .append("\n    from: {kind: DockerImage, name: ")
            .append(REGISTRY.hostPort())
            .append("/fleet/app-")
            .append(s)
            .append(":v")
            .append(t)
            .append("}\n    importPolicy: {scheduled: true}\n");
      }
      Files.createDirectories(store.resolve("fleet"));
      Files.writeString(store.resolve("fleet/app-" + s + ".yaml"), yaml.toString());
    }
    return store;
  }

  private static Launcher isctl(Path store) {
    return new Launcher(store.getParent()).env("ISCTL_STORE", store.toString());
  }

  @Test
  void fourPartsAtOnce_leaveTheStoreOneSyncLeaves() throws Exception {
    Path base = pendingStore();
    Path whole = copy(base, "whole");
    Path sharded = copy(base, "sharded");

    assertThat(isctl(whole).exec("sync", "-A")).succeeded();
    List<CompletableFuture<CliResult>> parts = new ArrayList<>();
    for (int part = 0; part < PARTS; part++) {
      Launcher launcher = isctl(sharded);
      // The last part as a Kubernetes Indexed Job's pod: from its environment.
      List<String> args =
          part == PARTS - 1
              ? List.of("sync", "-A")
              : List.of("sync", "-A", "--shard=" + part + "/" + PARTS);
      if (part == PARTS - 1) {
        launcher
            .env("JOB_COMPLETION_INDEX", String.valueOf(part))
            .env("JOB_COMPLETIONS", String.valueOf(PARTS));
      }
      parts.add(CompletableFuture.supplyAsync(() -> launcher.exec(args.toArray(String[]::new))));
    }
    List<String> imported = new ArrayList<>();
    for (int part = 0; part < PARTS; part++) {
      CliResult result = parts.get(part).get();
      assertThat(result).as("part %d", part).succeeded();
      for (String line : result.out().split("\n")) {
        String stream = line.substring("fleet/".length(), line.indexOf(':'));
        assertThat(new Shard(part, PARTS).covers("fleet", stream))
            .as("part %d imported %s", part, stream)
            .isTrue();
        imported.add(line);
      }
    }

    assertThat(imported).hasSize(STREAMS * 3);
    Map<String, String> expected = comparable(whole);
    Map<String, String> actual = comparable(sharded);
    assertThat(actual.keySet()).isEqualTo(expected.keySet());
    expected.forEach(
        (file, text) -> {
          if (file.startsWith("images.image.openshift.io/")) {
            // Spelled by the stream whose part imported it first: any stream's repository.
            assertThat(withoutReference(actual.get(file)))
                .as(file)
                .isEqualTo(withoutReference(text));
            assertThat(actual.get(file))
                .as(file)
                .containsPattern(
                    "dockerImageReference: "
                        + java.util.regex.Pattern.quote(REGISTRY.hostPort())
                        + "/fleet/app-[0-9]+@");
          } else {
            assertThat(actual.get(file)).as(file).isEqualTo(text);
          }
        });
  }

  @Test
  void onePart_writesOnlyItsOwnStreams() throws Exception {
    Path base = pendingStore();
    Path sharded = copy(base, "one-part");

    assertThat(isctl(sharded).exec("sync", "-A", "--shard=1/" + PARTS)).succeeded();

    Map<String, byte[]> before = StoreFiles.snapshot(base);
    Map<String, byte[]> after = StoreFiles.snapshot(sharded);
    for (int s = 0; s < STREAMS; s++) {
      String file = "fleet/app-" + s + ".yaml";
      boolean mine = new Shard(1, PARTS).covers("fleet", "app-" + s);
      assertThat(after.get(file)).as(file).isNotNull();
      assertThat(java.util.Arrays.equals(after.get(file), before.get(file)))
          .as("%s unchanged", file)
          .isEqualTo(!mine);
    }
  }

  /** The files of a store with times of the run blanked; the lock left out. */
  private static Map<String, String> comparable(Path store) {
    Map<String, String> files = new TreeMap<>();
    StoreFiles.snapshot(store)
        .forEach(
            (name, bytes) -> {
              if (!name.startsWith(".isctl/")) {
                files.put(
                    name,
                    new String(bytes, StandardCharsets.UTF_8)
                        .replaceAll("\"?\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ\"?", "TIME"));
              }
            });
    return files;
  }

  private static String withoutReference(String image) {
    return image.replaceAll("dockerImageReference: .*\n", "");
  }

  private Path copy(Path from, String name) throws IOException {
    Path to = dir.resolve(name);
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
    return to;
  }
}
