package io.isctl.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.isctl.store.FileImageStreamStore;
import io.isctl.store.StoreException;
import io.isctl.testing.CliResult;
import io.isctl.testing.CliRunner;
import io.isctl.testing.FailureContract;
import io.isctl.testing.FuzzSeed;
import io.isctl.testing.MalformedYaml;
import io.isctl.testing.StoreFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hundreds of malformed store files (a stream, config.yaml, the current-namespace file), generated
 * from a seed, each met by a command that must read it. isctl fails cleanly exactly when the store
 * finds the file bad: exit 1 or 2, one {@code error:} line, no stack trace, no file changed,
 * bounded time and memory. Reproduce a run with {@code -Disctl.fuzz.seed=SEED}; each case's name
 * carries its seed.
 */
class MalformedStoreFuzzTest {
  private static final int CASES = 320;

  private static final List<List<String>> STREAM_COMMANDS =
      List.of(
          List.of("get", "is"),
          List.of("get", "is", "web"),
          List.of("get", "is", "web", "-o", "yaml"),
          List.of("get", "is", "-o", "json"),
          List.of("get", "istag", "web:latest"),
          List.of("describe", "is", "web"),
          List.of("describe", "istag", "web:latest"),
          List.of("resolve", "web:latest"),
          List.of("resolve", "web:latest", "--via=lookup"),
          List.of("resolve", "web:latest", "--explain"),
          List.of("resolve", "web:latest", "-o", "json"),
          List.of("tag", "--reference", "docker.io/team/x:1", "web:new"),
          List.of("tag", "-d", "web:latest"),
          List.of("tag", "web:latest", "copy:latest"),
          List.of("tag", "--alias", "web:latest", "web:alias"),
          List.of("set", "image-lookup", "web"),
          List.of("set", "image-lookup", "--all"),
          List.of("set", "image-lookup", "--list"),
          List.of("import-image", "web", "--from", "127.0.0.1:9/x/y:1", "--confirm"));
  private static final List<List<String>> NAMESPACE_COMMANDS =
      List.of(
          List.of("get", "is"),
          List.of("resolve", "web:latest"),
          List.of("tag", "--reference", "docker.io/a/b:1", "web:n"),
          List.of("set", "image-lookup", "--all"));

  @TempDir Path dir;

  @TestFactory
  Stream<DynamicTest> malformedFiles_failCleanlyOrAreReadAsTheStoreReadsThem() {
    return IntStream.range(0, CASES)
        .mapToObj(
            n -> {
              Random random = FuzzSeed.forCase(n, 0);
              Target target =
                  random.nextInt(10) < 6
                      ? Target.STREAM
                      : random.nextInt(4) > 0 ? Target.CONFIG : Target.NAMESPACE;
              MalformedYaml.Malformation malformation =
                  target.malformations().get(random.nextInt(target.malformations().size()));
              List<String> command =
                  target.commands().get(random.nextInt(target.commands().size()));
              String name =
                  "case "
                      + n
                      + " (seed "
                      + FuzzSeed.SEED
                      + "): "
                      + malformation.label()
                      + " in "
                      + target.file
                      + " / isctl "
                      + String.join(" ", command);
              return DynamicTest.dynamicTest(
                  name, () -> runCase(name, n, target, malformation, command));
            });
  }

  private void runCase(
      String name,
      int n,
      Target target,
      MalformedYaml.Malformation malformation,
      List<String> command)
      throws IOException {
    Path store = dir.resolve("case-" + n + "/store");
    writeValidStore(store);
    byte[] content = malformation.generate(FuzzSeed.forCase(n, 1));
    Files.createDirectories(store.resolve(target.file).getParent());
    Files.write(store.resolve(target.file), content);
    Map<String, byte[]> before = StoreFiles.snapshot(store.getParent());

    List<String> args = new ArrayList<>(command);
    if (target != Target.NAMESPACE) {
      args.addAll(List.of("-n", "team"));
    }
    if (!command.get(0).equals("import-image")) {
      args.add("--offline");
    }
    CliRunner runner = new CliRunner(store).env("HOME", store.getParent().toString());
    CliResult result = FailureContract.bounded(name, () -> runner.run(args.toArray(String[]::new)));

    boolean readable = target.readable(store);
    if (malformation.mustFail()) {
      assertThat(readable).as("%s: the generator made a valid file", name).isFalse();
    }
    if (readable) {
      SoftAssertions softly = new SoftAssertions();
      FailureContract.assertNoCrash(softly, name, result);
      softly.assertAll();
    } else {
      FailureContract.assertCleanFailure(
          name, result, before, StoreFiles.snapshot(store.getParent()));
    }
    deleteRecursively(store.getParent());
  }

  private static void writeValidStore(Path store) throws IOException {
    Files.createDirectories(store.resolve("team"));
    Files.writeString(store.resolve("team/web.yaml"), MalformedYaml.VALID_STREAM);
    Files.writeString(
        store.resolve("team/other.yaml"),
        MalformedYaml.VALID_STREAM.replace("name: web", "name: other"));
    Files.writeString(store.resolve("config.yaml"), MalformedYaml.VALID_CONFIG);
    Files.createDirectories(store.resolve(".isctl"));
    Files.writeString(store.resolve(".isctl/namespace"), "team\n");
  }

  private static void deleteRecursively(Path path) throws IOException {
    try (Stream<Path> paths = Files.walk(path)) {
      for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }

  /** Which file is broken, with what, and which commands must read it. */
  private enum Target {
    STREAM("team/web.yaml"),
    CONFIG("config.yaml"),
    NAMESPACE(".isctl/namespace");

    final String file;

    Target(String file) {
      this.file = file;
    }

    List<MalformedYaml.Malformation> malformations() {
      return switch (this) {
        case STREAM -> MalformedYaml.forStream();
        case CONFIG -> MalformedYaml.forConfig();
        case NAMESPACE -> MalformedYaml.forNamespaceFile();
      };
    }

    List<List<String>> commands() {
      return switch (this) {
        case STREAM, CONFIG -> STREAM_COMMANDS;
        case NAMESPACE -> NAMESPACE_COMMANDS;
      };
    }

    /** Whether the store itself accepts the file. */
    boolean readable(Path store) {
      FileImageStreamStore files = new FileImageStreamStore(store);
      try {
        switch (this) {
          case STREAM -> files.find("team", "web");
          case CONFIG -> files.config();
          case NAMESPACE -> files.layout().namespaceDir(files.currentNamespace().orElse("default"));
        }
        return true;
      } catch (StoreException e) {
        return false;
      }
    }
  }

  static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
