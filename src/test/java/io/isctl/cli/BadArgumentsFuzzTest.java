package io.isctl.cli;

import io.isctl.reference.StreamNames;
import io.isctl.testing.CliResult;
import io.isctl.testing.CliRunner;
import io.isctl.testing.FailureContract;
import io.isctl.testing.FuzzSeed;
import io.isctl.testing.MalformedYaml;
import io.isctl.testing.StoreFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bad names, references and flags, generated from a seed: every command line with one bad part
 * fails cleanly (exit 1 or 2, one {@code error:} line, no stack trace, nothing written), and random
 * names, good or bad, never make isctl write outside the store or at a path that is not a valid
 * namespace and name.
 */
class BadArgumentsFuzzTest {
  private static final int BAD_CASES = 300;
  private static final int RANDOM_CASES = 200;

  static final List<String> BAD_NAMES =
      List.of(
          "..",
          ".",
          "../x",
          "a/b/c",
          "/etc/passwd",
          "UPPER",
          "a b",
          "x%2e",
          "%2e%2e",
          "a\u0000b",
          "a\nb",
          "-dash",
          "dash-",
          "x".repeat(300),
          "é",
          "a..b",
          "*",
          "?",
          "web/../../x",
          "\u202eweb",
          "a\tb",
          "~",
          "$(id)",
          "`id`",
          ";rm",
          ".hidden",
          "x.",
          "_x",
          "a\u001b[31mb",
          "web\r");
  static final List<String> BAD_TAGS =
      List.of(
          ".x",
          "-x",
          "a/b",
          "a b",
          "x".repeat(129),
          "é",
          "a:b",
          "..",
          "a@b",
          "$x",
          "a\u0000",
          "\u001b[2J");
  static final List<String> BAD_NAMESPACES =
      List.of(
          "..",
          ".",
          "../x",
          "A",
          "a_b",
          "-a",
          "a-",
          "a.b",
          "x".repeat(64),
          "/",
          "a/b",
          "é",
          " ",
          "a\nb",
          "../../tmp");
  static final List<String> BAD_SOURCES =
      List.of(
          "",
          "::",
          "UPPER/x:1",
          "a/b:",
          "x@sha256:",
          "x@sha256:zz",
          "docker.io/x:" + "t".repeat(200),
          "http://x/y",
          "x y",
          "x\ny",
          "@",
          "quay.io//x",
          "x/../y:1",
          "-",
          "docker.io/x@sha256:" + "a".repeat(63),
          "docker.io/x@md5:" + "a".repeat(32),
          "a:b:c:d",
          "/x:1",
          "docker.io/" + "x/".repeat(200) + "y:1");
  private static final List<String> PLAIN = List.of("a", "b", "z", "0", "9", "ab", "web");
  private static final List<String> NASTY =
      List.of(
          ".",
          "..",
          "/",
          "-",
          "_",
          ":",
          "@",
          "%",
          "\\",
          " ",
          "A",
          "é",
          "\u0000",
          "\n",
          "~",
          "*",
          "sha256:",
          "x".repeat(70));

  @TempDir Path dir;
  private Path store;
  private Path outside;

  @BeforeEach
  void store() throws IOException {
    store = dir.resolve("store");
    Files.createDirectories(store.resolve("team"));
    Files.writeString(store.resolve("team/web.yaml"), MalformedYaml.VALID_STREAM);
    outside = Files.createDirectories(dir.resolve("outside"));
    Files.writeString(outside.resolve("sentinel.yaml"), "untouched\n");
  }

  @TestFactory
  Stream<DynamicTest> commandLinesWithOneBadPart_failCleanly() {
    List<Function<Random, List<String>>> templates = templates();
    return IntStream.range(0, BAD_CASES)
        .mapToObj(
            n -> {
              Random random = FuzzSeed.forCase(n, 2);
              List<String> args = templates.get(random.nextInt(templates.size())).apply(random);
              String name = "case " + n + " (seed " + FuzzSeed.SEED + "): isctl " + printable(args);
              return DynamicTest.dynamicTest(
                  name,
                  () -> {
                    Map<String, byte[]> before = StoreFiles.snapshot(dir);
                    CliResult result =
                        FailureContract.bounded(
                            name, () -> runner().run(args.toArray(String[]::new)));
                    FailureContract.assertCleanFailure(
                        name, result, before, StoreFiles.snapshot(dir));
                  });
            });
  }

  @TestFactory
  Stream<DynamicTest> randomNames_neverWriteOutsideTheStoreNorAtAnInvalidPath() {
    return IntStream.range(0, RANDOM_CASES)
        .mapToObj(
            n -> {
              Random random = FuzzSeed.forCase(n, 3);
              String namespace = randomName(random);
              String stream = randomName(random);
              String tag = randomName(random);
              List<String> args =
                  switch (random.nextInt(6)) {
                    case 0 ->
                        List.of(
                            "-n",
                            namespace,
                            "tag",
                            "--reference",
                            "docker.io/team/app:1",
                            stream + ":" + tag);
                    case 1 ->
                        List.of(
                            "tag",
                            "--reference",
                            "docker.io/team/app:1",
                            namespace + "/" + stream + ":" + tag);
                    case 2 -> List.of("-n", namespace, "delete", "is", stream);
                    case 3 -> List.of("project", namespace);
                    case 4 ->
                        List.of(
                            "-n",
                            "team",
                            "tag",
                            "web:latest",
                            namespace + "/" + stream + ":" + tag);
                    default -> List.of("-n", namespace, "set", "image-lookup", stream);
                  };
              String name = "case " + n + " (seed " + FuzzSeed.SEED + "): isctl " + printable(args);
              return DynamicTest.dynamicTest(
                  name,
                  () -> {
                    Map<String, byte[]> before = StoreFiles.snapshot(dir);
                    CliResult result =
                        FailureContract.bounded(
                            name, () -> runner().run(args.toArray(String[]::new)));
                    Map<String, byte[]> after = StoreFiles.snapshot(dir);
                    if (result.exitCode() != 0) {
                      FailureContract.assertCleanFailure(name, result, before, after);
                      return;
                    }
                    SoftAssertions softly = new SoftAssertions();
                    FailureContract.assertNoCrash(softly, name, result);
                    softly
                        .assertThat(StoreFiles.snapshot(outside))
                        .as(name)
                        .containsOnlyKeys("sentinel.yaml");
                    after.forEach(
                        (path, bytes) -> {
                          if (!before.containsKey(path)
                              || !java.util.Arrays.equals(before.get(path), bytes)) {
                            softly
                                .assertThat(validStorePath(path))
                                .as("%s: %s is a valid store path", name, path)
                                .isTrue();
                          }
                        });
                    softly.assertAll();
                  });
            });
  }

  private CliRunner runner() {
    return new CliRunner(store).env("HOME", dir.toString());
  }

  /** A path isctl may write: {@code store/<ns>/<name>.yaml} with valid names, or its own state. */
  private static boolean validStorePath(String path) {
    String[] parts = path.split("/");
    if (parts.length == 3 && parts[0].equals("store") && parts[1].equals(".isctl")) {
      return true;
    }
    return parts.length == 3
        && parts[0].equals("store")
        && parts[2].endsWith(".yaml")
        && StreamNames.validateNamespace(parts[1]).isEmpty()
        && StreamNames.validateStreamName(
                parts[2].substring(0, parts[2].length() - ".yaml".length()))
            .isEmpty();
  }

  /** Command lines whose one randomly chosen part is bad. */
  private static List<Function<Random, List<String>>> templates() {
    String source = "docker.io/team/app:1";
    return List.of(
        r -> List.of("-n", "team", "tag", "--reference", source, pick(r, BAD_NAMES) + ":t"),
        r -> List.of("-n", "team", "tag", "--reference", source, "web:" + pick(r, BAD_TAGS)),
        r ->
            List.of("-n", "team", "tag", "--reference", source, pick(r, BAD_NAMESPACES) + "/web:t"),
        r ->
            List.of(
                "-n",
                "team",
                "tag",
                "--reference",
                source,
                pick(r, List.of("web", "a/b/c:t", "/web:t", "web/:t"))),
        r -> List.of("-n", "team", "tag", "--offline", pick(r, BAD_SOURCES), "web:new"),
        r ->
            List.of(
                "-n",
                "team",
                "tag",
                pick(
                    r,
                    List.of(
                        "--reference-policy=sideways",
                        "--import-mode=Bogus",
                        "--source=pod",
                        "--alias",
                        "-d",
                        "--nosuch",
                        "-Z")),
                source,
                "web:new"),
        r ->
            List.of(
                "-n",
                "team",
                "tag",
                "-d",
                pick(
                    r,
                    List.of(
                        pick(r, BAD_NAMES) + ":t",
                        "web:nosuch",
                        "nosuch:t",
                        "web:" + pick(r, BAD_TAGS)))),
        r ->
            List.of(
                "-n",
                "team",
                "resolve",
                pick(
                    r,
                    List.of(
                        pick(r, BAD_NAMES) + ":t",
                        "web:nosuch",
                        "nosuch:t",
                        "web@",
                        "web@sha256:zz",
                        "web@" + "x".repeat(70),
                        pick(r, BAD_SOURCES)))),
        r -> List.of("-n", "team", "get", pick(r, List.of("is", "istag")), pick(r, BAD_NAMES)),
        r -> List.of("-n", "team", "describe", pick(r, List.of("is", "istag")), pick(r, BAD_NAMES)),
        r -> List.of("-n", "team", "delete", "is", pick(r, BAD_NAMES)),
        r -> List.of("-n", "team", "set", "image-lookup", pick(r, BAD_NAMES)),
        r ->
            List.of(
                "-n",
                "team",
                "import-image",
                pick(r, BAD_NAMES),
                "--confirm",
                "--from",
                "127.0.0.1:9/x:1"),
        r -> List.of("project", pick(r, BAD_NAMESPACES)),
        r ->
            List.of(
                "-n",
                pick(r, BAD_NAMESPACES),
                pick(r, List.of("get", "set")),
                pick(r, List.of("is", "image-lookup")),
                "web"),
        r -> List.of("-n", pick(r, BAD_NAMESPACES), "tag", "--reference", source, "web:t"),
        r ->
            List.of(
                "-n",
                "team",
                "get",
                "is",
                pick(
                    r,
                    List.of(
                        "--loglevel=abc",
                        "--loglevel",
                        "-o=xml",
                        "-o",
                        "--output=wide,yaml",
                        "--nosuch",
                        "--store"))),
        r ->
            List.of(
                "-n",
                "team",
                "resolve",
                "web:latest",
                pick(r, List.of("--via=sideways", "-o", "--via"))),
        r ->
            List.of(
                "-n",
                "team",
                "set",
                "image-lookup",
                "web",
                pick(r, List.of("--enabled=maybe", "--enabled=2"))),
        r ->
            pick(
                r,
                List.of(
                    List.of("frobnicate"),
                    List.of("get"),
                    List.of("get", "pods"),
                    List.of("describe"),
                    List.of("tag"),
                    List.of("set", "frobnicate"),
                    List.of("delete"),
                    List.of("delete", "is"),
                    List.of("resolve"),
                    List.of("import-image"),
                    List.of("tag", "docker.io/a/b:1"))));
  }

  private static String randomName(Random r) {
    StringBuilder name = new StringBuilder();
    for (int i = 1 + r.nextInt(4); i > 0; i--) {
      name.append(
          pick(r, r.nextInt(5) > 0 ? PLAIN : NASTY)); // valid often enough that writes happen
    }
    return name.toString();
  }

  /** Arguments as a readable test name: control characters escaped, long ones cut. */
  private static String printable(List<String> args) {
    StringBuilder text = new StringBuilder();
    for (String arg : args) {
      String shown =
          arg.length() > 40 ? arg.substring(0, 20) + "…(" + arg.length() + " chars)" : arg;
      shown
          .codePoints()
          .forEach(
              c ->
                  text.append(
                      Character.getType(c) == Character.CONTROL
                          ? String.format("\\x%02x", c)
                          : Character.toString(c)));
      text.append(' ');
    }
    return "'" + text.toString().strip() + "'";
  }

  private static <T> T pick(Random r, List<T> values) {
    return values.get(r.nextInt(values.size()));
  }
}
