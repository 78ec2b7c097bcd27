package io.isctl.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.isctl.cli.complete.Completions;
import io.isctl.cli.spec.CommandGrammar;
import io.isctl.cli.spec.CommandModels;
import io.isctl.testing.CliRunner;
import io.isctl.testing.Fixtures;
import io.isctl.testing.FuzzSeed;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The {@link FrontDoor} against picocli, line by line: for every line the door takes, the same
 * stdout, stderr and exit code byte for byte as picocli's run of it; a line it declines, nothing
 * written. And {@code __complete} through the door against the completion engine over the grammar
 * picocli reads from the annotations of every command.
 */
class FrontDoorParityTest {
  @TempDir Path dir;
  Path store;
  Path notAFolder;
  Path authFile;

  /** A run's bytes. */
  record Outcome(int code, String out, String err) {}

  @BeforeEach
  void stores() throws IOException {
    store = Fixtures.seedStore(dir.resolve("cwd"));
    Files.createDirectories(store.resolve("team"));
    // What a store may hold that a terminal must not act on, and names no reference allows.
    Files.writeString(
        store.resolve("myproject/escapes.yaml"),
        """
        apiVersion: image.openshift.io/v1
        kind: ImageStream
        metadata:
          name: escapes
          namespace: myproject
        spec:
          lookupPolicy:
            local: true
          tags:
          - name: bell
            from:
              kind: DockerImage
              name: "docker.io/library/app\\e]0;owned\\a:v1"
          - name: good
            from:
              kind: DockerImage
              name: "docker.io/library/app:v1"
          - name: pending
            from:
              kind: ImageStreamTag
              name: "nowhere\\u202e:x"
        status:
          dockerImageRepository: "image-registry.openshift-image-registry.svc:5000/myproject/escapes"
          tags:
          - tag: good
            items:
            - created: "2026-01-01T00:00:00Z"
              dockerImageReference: "docker.io/library/app@sha256:\
        1111111111111111111111111111111111111111111111111111111111111111"
              image: "sha256:1111111111111111111111111111111111111111111111111111111111111111"
              generation: 1
          - tag: bell
            items:
            - created: "2026-01-01T00:00:00Z"
              dockerImageReference: "docker.io/library/app\\e[31m@sha256:\
        2222222222222222222222222222222222222222222222222222222222222222"
              image: "sha256:2222222222222222222222222222222222222222222222222222222222222222"
              generation: 1
        """,
        StandardCharsets.UTF_8);
    Files.writeString(store.resolve("myproject/broken.yaml"), "kind: [unclosed\n");
    notAFolder = Files.writeString(dir.resolve("cwd/plain-file"), "x");
    authFile = Files.writeString(dir.resolve("cwd/auth.json"), "{}");
  }

  private Session.Environment environment(Map<String, String> variables) {
    return new Session.Environment(
        variables, dir.resolve("cwd"), Clock.fixed(CliRunner.NOW, ZoneOffset.UTC));
  }

  /** The door's run of {@code args}, or null when it declined (and then it wrote nothing). */
  private Outcome door(Map<String, String> variables, List<String> args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    PrintWriter o = new PrintWriter(out);
    PrintWriter e = new PrintWriter(err);
    int code = FrontDoor.run(environment(variables), o, e, args.toArray(String[]::new));
    o.flush();
    e.flush();
    if (code == FrontDoor.DECLINED) {
      assertThat(out.toString() + err).as("declined %s, but wrote", args).isEmpty();
      return null;
    }
    return new Outcome(code, out.toString(), err.toString());
  }

  private Outcome picocli(Map<String, String> variables, List<String> args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    PrintWriter o = new PrintWriter(out);
    PrintWriter e = new PrintWriter(err);
    int code = Cli.runWithPicocli(environment(variables), o, e, args.toArray(String[]::new));
    o.flush();
    e.flush();
    return new Outcome(code, out.toString(), err.toString());
  }

  /** Compares each line both ways; returns how many the door took. */
  private int compare(Map<String, String> variables, Iterable<List<String>> lines) {
    int taken = 0;
    for (List<String> line : lines) {
      Outcome door = door(variables, line);
      if (door != null) {
        taken++;
        assertThat(door)
            .as("isctl %s (env %s)", line, variables)
            .isEqualTo(picocli(variables, line));
      }
    }
    return taken;
  }

  private static List<String> words(String... words) {
    return List.of(words);
  }

  private static final String DIGEST =
      "sha256:1111111111111111111111111111111111111111111111111111111111111111";

  /** Global options as they may stand before or after the command's name. */
  private List<List<String>> globals() {
    String s = store.toString();
    return List.of(
        words(),
        words("--store", s),
        words("--store=" + s),
        words("--store", "cwd-relative-missing"),
        words("--store", notAFolder.toString()),
        words("--store="),
        words("--store", s, "--store", s),
        words("--store", s, "-n", "myproject"),
        words("--store", s, "--namespace=myproject"),
        words("--store", s, "-n", "team"),
        words("--store", s, "-n", "nope"),
        words("--store", s, "-n", "Bad_NS"),
        words("--store", s, "-nmyproject"),
        words("--store", s, "--offline"),
        words("--store", s, "--offline=true"),
        words("--store", s, "--offline", "--offline"),
        words("--store", s, "--loglevel", "2"),
        words("--store", s, "--loglevel=5"),
        words("--store", s, "--loglevel", "6"),
        words("--store", s, "--loglevel", "x"),
        words("--store", s, "--loglevel", "-1"),
        words("--store", s, "--loglevel", "0099"),
        words("--store", s, "--registry-config", authFile.toString()),
        words("--store", s, "--authfile", authFile.toString()),
        words("--store", s, "--authfile", authFile.toString(), "--registry-config", "other.json"),
        words("--store", s, "-n"),
        words("--store", s, "--bogus"),
        words("--store", s, "-x"),
        words("--store", s, "--", "x"),
        words("-n", "myproject", "--store"),
        words("--store", s, "-n", "resolve"),
        words("--store", s, "-n", "version"));
  }

  private static List<List<String>> resolveTails() {
    return List.of(
        words("myimage-ref-local:mytag"),
        words("myproject/myimage-ref-local:mytag"),
        words("myimage-ref-source:mytag"),
        words("myimage-internal:mytag"),
        words("myimage-reference:mytag"),
        words("myimage-ref-local"),
        words("myimage-ref-local:nope"),
        words("missing:tag"),
        words("team/missing:tag"),
        words("escapes:good"),
        words("escapes:bell"),
        words("escapes:pending"),
        words("escapes@" + DIGEST),
        words("myimage-ref-local@" + DIGEST),
        words("myimage-ref-local@sha256:12"),
        words("broken:x"),
        words("Bad Name:tag"),
        words("a/b/c:d"),
        words("ns/:tag"),
        words(":tag"),
        words(""),
        words("x:"),
        words("x@"),
        words("\u001b[31mred:tag"),
        words("myimage-ref-local:mytag", "--explain"),
        words("--explain", "escapes:bell"),
        words("escapes:good", "--explain"),
        words("escapes:pending", "--explain"),
        words("missing:tag", "--explain"),
        words("myimage-ref-local:mytag", "-o", "json"),
        words("myimage-ref-local:mytag", "--output=json"),
        words("myimage-ref-local:mytag", "-o=json"),
        words("missing:tag", "-o", "json"),
        words("escapes:bell", "-o", "json", "--explain"),
        words("myimage-ref-local:mytag", "-o", "yaml"),
        words("myimage-ref-local:mytag", "-o", "wide"),
        words("myimage-ref-local:mytag", "-o", "json", "-o", "json"),
        words("myimage-ref-local:mytag", "-ojson"),
        words("myimage-ref-local:mytag", "-o"),
        words("myimage-ref-local:mytag", "--via", "image-lookup"),
        words("myimage-ref-local:mytag", "--via=trigger"),
        words("escapes:good", "--via", "image-lookup", "--explain"),
        words("myimage-ref-local:mytag", "--via", "bogus"),
        words("myimage-ref-local:mytag", "--via"),
        words("myimage-ref-local:mytag", "--via", "trigger", "--via", "trigger"),
        words("myimage-ref-local:mytag", "--explain", "--explain"),
        words("myimage-ref-local:mytag", "--explain=false"),
        words("myimage-ref-local:mytag", "other:tag"),
        words("myimage-ref-local:mytag", "-n", "myproject"),
        words("myimage-ref-local:mytag", "--namespace", "team"),
        words("myimage-ref-local:mytag", "--store", "cwd-relative-missing"),
        words("myimage-ref-local:mytag", "--offline"),
        words("myimage-ref-local:mytag", "--loglevel", "3"),
        words("myimage-ref-local:mytag", "--loglevel", "7"),
        words("myimage-ref-local:mytag", "--in-place"),
        words("myimage-ref-local:mytag", "--strict"),
        words("myimage-ref-local:mytag", "-R"),
        words("-f", "pod.yaml"),
        words("myimage-ref-local:mytag", "-h"),
        words("--help"),
        words(),
        words("--", "myimage-ref-local:mytag"),
        words("myimage-ref-local:mytag", "--unknown"),
        words("myimage-ref-local:mytag", "@args"),
        words("@"));
  }

  private static List<List<String>> versionTails() {
    return List.of(
        words(),
        words("-o", "json"),
        words("-o", "yaml"),
        words("--output=json"),
        words("--output", "yaml"),
        words("-o=json"),
        words("-o", "xml"),
        words("-o", ""),
        words("-o"),
        words("-ojson"),
        words("-o", "json", "-o", "yaml"),
        words("-o", "json", "--output", "json"),
        words("extra"),
        words("--help"),
        words("-h"),
        words("-n", "x"),
        words("--store", "somewhere"),
        words("--bogus"));
  }

  @Test
  void resolve_sameBytesAsPicocli_forEveryLineTheDoorTakes() {
    List<List<String>> lines = new ArrayList<>();
    for (List<String> global : globals()) {
      for (List<String> tail : resolveTails()) {
        List<String> before = new ArrayList<>(global);
        before.add("resolve");
        before.addAll(tail);
        lines.add(before);
        // The same options after the command's name.
        List<String> after = new ArrayList<>(List.of("resolve"));
        after.addAll(tail);
        after.addAll(global);
        lines.add(after);
      }
    }
    int taken = compare(Map.of(), lines);
    // Most lines are plain enough for the door: it is the fast path, not an exception.
    assertThat(taken).isGreaterThan(lines.size() / 3);
  }

  @Test
  void resolve_theEnvironmentsStoreAndNamespace() {
    List<List<String>> lines = new ArrayList<>();
    for (List<String> tail : resolveTails()) {
      List<String> line = new ArrayList<>(List.of("resolve"));
      line.addAll(tail);
      lines.add(line);
      List<String> namespaced = new ArrayList<>(List.of("-n", "team", "resolve"));
      namespaced.addAll(tail);
      lines.add(namespaced);
    }
    List<Map<String, String>> environments =
        List.of(
            Map.of(),
            Map.of("ISCTL_STORE", store.toString()),
            Map.of("ISCTL_STORE", store.toString(), "ISCTL_NAMESPACE", "myproject"),
            Map.of("ISCTL_STORE", store.toString(), "ISCTL_NAMESPACE", "team"),
            Map.of("ISCTL_STORE", store.toString(), "ISCTL_NAMESPACE", "Bad_NS"),
            Map.of("ISCTL_STORE", "relative/missing"),
            Map.of("ISCTL_STORE", notAFolder.toString()),
            Map.of("ISCTL_STORE", ""));
    for (Map<String, String> variables : environments) {
      assertThat(compare(variables, lines)).as("lines taken with %s", variables).isPositive();
    }
  }

  @Test
  void version_sameBytesAsPicocli() {
    List<List<String>> lines = new ArrayList<>();
    for (List<String> global : globals()) {
      for (List<String> tail : versionTails()) {
        List<String> line = new ArrayList<>(global);
        line.add("version");
        line.addAll(tail);
        lines.add(line);
      }
    }
    assertThat(compare(Map.of(), lines)).isGreaterThan(lines.size() / 5);
  }

  @Test
  void theLinesUsersTypeMost_areTakenByTheDoor() {
    Map<String, String> variables = Map.of("ISCTL_STORE", store.toString());
    for (List<String> line :
        List.of(
            words("version"),
            words("version", "-o", "json"),
            words("resolve", "myproject/myimage-ref-local:mytag"),
            words("--store", store.toString(), "resolve", "myproject/myimage-ref-local:mytag"),
            words("-n", "myproject", "resolve", "myimage-ref-local:mytag", "--explain"),
            words("resolve", "myproject/missing:tag"),
            words("__complete", "--", "resolve", ""),
            words("__complete", "--", "resolve", "myproject/myimage-ref-local:"))) {
      assertThat(door(variables, line)).as("isctl %s", line).isNotNull();
    }
  }

  /** Words after {@code isctl} that random lines are made of. */
  private List<String> vocabulary() {
    return List.of(
        "resolve",
        "version",
        "get",
        "tag",
        "__complete",
        "--",
        "-",
        "--store",
        "--store=" + store,
        store.toString(),
        "-n",
        "--namespace",
        "myproject",
        "team",
        "--offline",
        "--loglevel",
        "4",
        "8",
        "--explain",
        "--via",
        "image-lookup",
        "trigger",
        "-o",
        "json",
        "yaml",
        "--output=json",
        "-h",
        "--help",
        "myimage-ref-local:mytag",
        "myproject/myimage-ref-local:mytag",
        "escapes:bell",
        "missing:x",
        "x@sha256:1",
        "--registry-config",
        authFile.toString(),
        "@x",
        "");
  }

  @Test
  void randomLines_sameBytesAsPicocli() {
    List<String> vocabulary = vocabulary();
    Set<List<String>> lines = new LinkedHashSet<>();
    for (int i = 0; i < 3000; i++) {
      Random random = FuzzSeed.forCase(i, 15);
      List<String> line = new ArrayList<>();
      int length = 1 + random.nextInt(7);
      if (random.nextBoolean()) {
        line.add(random.nextBoolean() ? "resolve" : "version");
        length--;
      }
      for (int w = 0; w < length; w++) {
        line.add(vocabulary.get(random.nextInt(vocabulary.size())));
      }
      lines.add(line);
    }
    Map<String, String> variables = new HashMap<>();
    variables.put("ISCTL_NAMESPACE", "myproject");
    assertThat(compare(variables, lines)).isPositive();
  }

  /**
   * The completion engine over every command's grammar as picocli reads it from the annotations:
   * what Tab offered before the door read the bundled model lazily.
   */
  private Outcome fullEngine(Map<String, String> variables, List<String> words) {
    Session.Environment environment = environment(variables);
    CommandGrammar full =
        CommandModels.grammarOf(new CommandLine(RootCommand.class, Cli.factory(environment)));
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    PrintWriter e = new PrintWriter(err);
    int code = 0;
    try {
      Completions completions =
          TabCompletion.complete(full, Session.of(List.of(), environment, e), words);
      completions.print(new PrintWriter(out));
    } catch (RuntimeException failure) {
      code = FailureReport.report(failure, e, "isctl __complete", false);
    }
    e.flush();
    return new Outcome(code, out.toString(), err.toString());
  }

  @Test
  void complete_sameAsTheFullEngine_andAsPicocli() {
    String s = store.toString();
    List<List<String>> lines =
        List.of(
            words(""),
            words("r"),
            words("re"),
            words("resolve", ""),
            words("resolve", "my"),
            words("resolve", "myproject/"),
            words("resolve", "myproject/myimage-ref-local:"),
            words("resolve", "myimage-ref-local:m"),
            words("resolve", "escapes:"),
            words("resolve", "-"),
            words("resolve", "--"),
            words("resolve", "--via", ""),
            words("resolve", "--via="),
            words("resolve", "-o", ""),
            words("resolve", "-n", ""),
            words("resolve", "-n", "te"),
            words("resolve", "--store", ""),
            words("resolve", "--store=", ""),
            words("resolve", "--store", s, "-n", "team", ""),
            words("resolve", "-f", ""),
            words("resolve", "-f", "x", "--in"),
            words("--store", s, "resolve", ""),
            words("-n", "team", "resolve", ""),
            words("tag", ""),
            words("tag", "--reference-policy", ""),
            words("tag", "--reference-policy=l"),
            words("tag", "--source="),
            words("tag", "myimage-ref-local:mytag", ""),
            words("get", ""),
            words("get", "is", ""),
            words("get", "is", "-o", ""),
            words("get", "istag", "my"),
            words("set", ""),
            words("set", "image-lookup", ""),
            words("import-image", "--"),
            words("import-image", "--from", ""),
            words("sync", "--"),
            words("project", ""),
            words("completion", ""),
            words("version", "-o", ""),
            words("help", ""),
            words("shell", "--"),
            words("delete", "is", ""),
            words("describe", ""),
            words("nosuch", ""),
            words("--", "resolve", ""),
            words("resolve", "--", ""),
            words("--unknown", ""),
            words());
    List<Map<String, String>> environments =
        List.of(
            Map.of("ISCTL_STORE", s),
            Map.of("ISCTL_STORE", s, "ISCTL_NAMESPACE", "myproject"),
            Map.of("ISCTL_STORE", notAFolder.toString()),
            Map.of());
    for (Map<String, String> variables : environments) {
      for (List<String> line : lines) {
        List<String> args = new ArrayList<>(List.of("__complete", "--"));
        args.addAll(line);
        Outcome door = door(variables, args);
        assertThat(door).as("__complete %s", line).isNotNull();
        assertThat(door)
            .as("__complete %s (env %s)", line, variables)
            .isEqualTo(picocli(variables, args));
        assertThat(door)
            .as("__complete %s (env %s)", line, variables)
            .isEqualTo(fullEngine(variables, line));
      }
    }
  }

  @Test
  void complete_declinedWhenNotTheScriptsLine() {
    String s = store.toString();
    List<List<String>> lines =
        List.of(
            words("--store", s, "__complete", "--", "resolve", ""),
            words("__complete", "resolve", ""),
            words("__complete"),
            words("__complete", "--help"));
    for (List<String> line : lines) {
      assertThat(door(Map.of(), line)).as("isctl %s", line).isNull();
    }
    // picocli still runs them, through CompleteCommand.
    assertThat(compare(Map.of(), lines)).isZero();
    assertThat(picocli(Map.of(), lines.get(0)).out()).isEqualTo(":\n");
    assertThat(
            picocli(Map.of(), List.of("--store", s, "__complete", "--", "resolve", "myproject/"))
                .out())
        .contains("myproject/myimage-ref-local:");
  }
}
