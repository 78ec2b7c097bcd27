package io.isctl.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.isctl.testing.CliResult;
import io.isctl.testing.Fixtures;
import io.isctl.testing.Launcher;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A checkout whose files hold escape sequences, attacked from outside: {@code bin/isctl} as a
 * process over a stream whose annotations, {@code from.name}, history and condition messages hold
 * ESC, OSC 52 (a clipboard write), CSI, CR, BEL, a C1 CSI and U+202E, and over manifests whose
 * names and file names do. No human-readable output carries one of them raw, on stdout or stderr;
 * machine formats keep the data exact, escaped by their own syntax.
 */
class HostileTerminalIT {
  /** Every sequence of the attack, as YAML's double quotes write them. */
  private static final String PAYLOAD =
      "\\e]52;c;ZXZpbA==\\a\\e[2J\\e[31mred\\rCR\\a\\x9b1m\\u202eRLO";

  /** What must never reach a terminal raw. */
  private static final List<String> RAW = List.of("\u001b", "\u0007", "\r", "\u009b", "\u202e");

  private static final String DIGEST = "sha256:" + "a".repeat(64);

  @TempDir Path dir;
  private Path store;
  private Launcher isctl;

  @BeforeEach
  void hostileStore() throws Exception {
    store = dir.resolve("store");
    Fixtures.copyTree(Fixtures.projectRoot().resolve("examples/seed"), store);
    Files.writeString(store.resolve("myproject/hostile.yaml"), hostileStream());
    isctl =
        new Launcher(dir).env("ISCTL_STORE", store.toString()).env("ISCTL_NAMESPACE", "myproject");
  }

  private static String hostileStream() {
    return """
        apiVersion: image.openshift.io/v1
        kind: ImageStream
        metadata:
          annotations:
            note: "%1$s"
          creationTimestamp: "2024-01-01T00:00:00Z"
          generation: 2
          labels:
            app: hostile
          name: hostile
          namespace: myproject
        spec:
          lookupPolicy:
            local: true
          tags:
          - from:
              kind: DockerImage
              name: "quay.io/a/web:v1%1$s"
            generation: 2
            importPolicy: {}
            name: v1
            referencePolicy:
              type: Source
          - from:
              kind: DockerImage
              name: quay.io/a/web:v2
            generation: 2
            importPolicy: {}
            name: bad
            referencePolicy:
              type: Source
        status:
          dockerImageRepository: ""
          tags:
          - items:
            - created: "2024-01-01T00:00:00Z"
              dockerImageReference: "quay.io/a/web@%2$s"
              generation: 2
              image: %2$s
            conditions:
            - type: ImportSuccess
              status: "False"
              reason: "NotFound%1$s"
              message: "boom%1$s"
              lastTransitionTime: "2024-01-01T00:00:00Z"
              generation: 2
            tag: v1
          - items:
            - created: "2024-01-01T00:00:00Z"
              dockerImageReference: "quay.io/a/web@%2$s%1$s"
              generation: 2
              image: %2$s
            tag: bad
        """
        .formatted(PAYLOAD, DIGEST);
  }

  @Test
  void humanOutputs_neverCarryAControlCharacterRaw() throws Exception {
    List<List<String>> commands =
        List.of(
            List.of("get", "is"),
            List.of("get", "is", "-o", "wide", "--show-labels"),
            List.of("get", "is", "-A"),
            List.of("get", "istag"),
            List.of("get", "istag", "-o", "wide"),
            List.of("get", "is,istag", "-l", "app=hostile"),
            List.of(
                "get",
                "is",
                "hostile",
                "-o",
                "custom-columns=NOTE:.metadata.annotations.note,FROM:.spec.tags[*].from.name"),
            List.of("describe", "is", "hostile"),
            List.of("describe", "istag", "hostile:v1"),
            List.of("describe", "isimage", "hostile@" + DIGEST),
            List.of("resolve", "hostile:v1"),
            List.of("resolve", "hostile:v1", "--explain"),
            List.of("resolve", "hostile:bad", "--explain"),
            List.of("resolve", "hostile:bad", "--via=lookup"),
            List.of("set", "image-lookup", "--list"));
    for (List<String> command : commands) {
      CliResult result = isctl.exec(command.toArray(String[]::new));

      assertThat(result.exitCode()).as("%s: %s", command, result.err()).isLessThan(2);
      assertNoRawControls(command, result);
    }
  }

  @Test
  void theEscapesShowWhatTheFileHolds() {
    CliResult describe = isctl.exec("describe", "is", "hostile");

    assertThat(describe.out())
        .contains("note=\\x1b]52;c;ZXZpbA==\\x07\\x1b[2J\\x1b[31mred\\x0dCR\\x07\\x9b1m\\u202eRLO")
        .contains("tagged from quay.io/a/web:v1\\x1b]52;c;")
        .contains("! error: Import failed (NotFound\\x1b]52;c;");
  }

  @Test
  void resolveFiles_warningsEscapeObjectContainerAndFileNames() throws Exception {
    Path k8s = Files.createDirectories(dir.resolve("k8s"));
    Files.writeString(
        k8s.resolve("pod\u001b]0;TITLE\u0007.yaml"),
        """
        apiVersion: v1
        kind: Pod
        metadata:
          name: "p%1$s"
          annotations:
            alpha.image.policy.openshift.io/resolve-names: "*"
        spec:
          containers:
          - name: "c%1$s"
            image: nosuch:v1
          - name: d
            image: "hostile:bad"
        """
            .formatted(PAYLOAD));

    CliResult resolve = isctl.exec("resolve", "-f", k8s.toString());
    CliResult explain = isctl.exec("resolve", "-f", k8s.toString(), "--explain");
    CliResult lookup = isctl.exec("set", "image-lookup", "-f", k8s.toString(), "--list");

    assertThat(resolve.exitCode()).as(resolve.err()).isZero();
    assertThat(resolve.err())
        .contains("pod\\x1b]0;TITLE\\x07.yaml: Pod/p\\x1b]52;c;")
        .contains(" container d: hostile:bad: ");
    assertNoRawControls(List.of("resolve -f: stderr"), new CliResult(0, "", resolve.err()));
    assertNoRawControls(List.of("resolve -f --explain"), explain);
    assertNoRawControls(List.of("set image-lookup -f --list"), lookup);
  }

  @Test
  void machineFormats_keepTheDataExact_escapedByTheirSyntax() {
    CliResult json = isctl.exec("get", "is", "hostile", "-o", "json");
    CliResult yaml = isctl.exec("get", "is", "hostile", "-o", "yaml");
    CliResult jsonPath =
        isctl.exec("get", "is", "hostile", "-o", "jsonpath={.metadata.annotations.note}");

    assertThat(json.out()).contains("\"note\": \"\\u001b]52;c;ZXZpbA==\\u0007");
    assertThat(yaml.out()).contains("note: \"\\e]52;c;ZXZpbA==\\a");
    // JSON and YAML escape the C0 controls; like kubectl's, they keep printable text (U+202E) as
    // it is, and JSON a C1 control too: the data stays exact.
    for (String c0 : List.of("\u001b", "\u0007", "\r")) {
      assertThat(json.out()).doesNotContain(c0);
      assertThat(yaml.out()).doesNotContain(c0);
    }
    // JSONPath has no syntax of its own to escape with: a pipe gets the bytes, as from kubectl
    // (a terminal gets escapes: GetOutputTest).
    assertThat(jsonPath.out()).startsWith("\u001b]52;c;ZXZpbA==\u0007\u001b[2J");
  }

  private static void assertNoRawControls(List<String> command, CliResult result) {
    for (String raw : RAW) {
      assertThat(result.out())
          .as("%s stdout holds U+%04X", command, (int) raw.charAt(0))
          .doesNotContain(raw);
      assertThat(result.err())
          .as("%s stderr holds U+%04X", command, (int) raw.charAt(0))
          .doesNotContain(raw);
    }
  }
}
