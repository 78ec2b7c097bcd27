package io.isctl.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.isctl.testing.CliResult;
import io.isctl.testing.Fixtures;
import io.isctl.testing.Launcher;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A checkout written by someone else, attacked from outside: {@code bin/isctl} as a process over a
 * store holding links to the user's secrets, dangling links where isctl writes, devices and FIFOs.
 * Nothing is quoted, nothing is written or deleted outside the store, nothing hangs.
 */
class HostileFilesIT {
  private static final String TOKEN = "hvs.CAESIJsecretsecretsecretsecretsecretsecretsecret";

  @TempDir Path dir;
  private Path store;
  private Path secret;
  private Launcher isctl;

  @BeforeEach
  void checkout() throws Exception {
    store = dir.resolve("store");
    copy(Fixtures.projectRoot().resolve("examples/seed"), store);
    secret = Files.writeString(dir.resolve("vault-token"), TOKEN + "\n");
    isctl = new Launcher(dir).env("ISCTL_STORE", store.toString()).env("HOME", dir.toString());
  }

  @Test
  void streamFileLinkedToASecret_isRefusedByName_andTheSecretIsNeverQuoted() throws Exception {
    Path leak = Files.createSymbolicLink(store.resolve("myproject/leak.yaml"), secret);

    for (List<String> command :
        List.of(
            List.of("-n", "myproject", "get", "is"),
            List.of("-n", "myproject", "get", "is", "leak", "-o", "yaml"),
            List.of("-n", "myproject", "describe", "is", "leak"),
            List.of("-n", "myproject", "resolve", "leak:v1", "--loglevel=6"),
            List.of("-n", "myproject", "tag", "--reference", "quay.io/a/b:1", "leak:v1"))) {
      CliResult result = isctl.exec(command.toArray(String[]::new));

      assertThat(result.exitCode()).as(command.toString()).isEqualTo(1);
      assertThat(result.err())
          .as(command.toString())
          .contains(leak + ": is a symbolic link, which isctl does not follow here")
          .doesNotContain("hvs.")
          .doesNotContain("CAESI");
      assertThat(result.out()).doesNotContain("hvs.");
    }
    assertThat(Files.readString(secret)).isEqualTo(TOKEN + "\n");
    assertThat(Files.isSymbolicLink(leak)).isTrue();
  }

  @Test
  void namespaceFileLinkedToACredentialFile_isRefused_andNothingOfItIsShown() throws Exception {
    Path docker = Files.createDirectories(dir.resolve(".docker")).resolve("config.json");
    Files.writeString(docker, "{\"auths\":{\"quay.io\":{\"auth\":\"Ym9iOnMzY3JldA==\"}}}");
    Files.createDirectories(store.resolve(".isctl"));
    Files.createSymbolicLink(store.resolve(".isctl/namespace"), docker);

    CliResult result = isctl.exec("get", "is");

    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(result.err())
        .isEqualTo(
            "error: "
                + store.resolve(".isctl/namespace")
                + ": is a symbolic link, which isctl does not follow here\n");
  }

  @Test
  void namespaceFileHoldingAnythingButANamespace_isNotQuoted() throws Exception {
    Files.createDirectories(store.resolve(".isctl"));
    Files.writeString(store.resolve(".isctl/namespace"), TOKEN + "\n");

    CliResult result = isctl.exec("get", "is");

    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(result.err())
        .startsWith("error: " + store.resolve(".isctl/namespace") + ": invalid namespace: ")
        .doesNotContain("hvs.");
  }

  @Test
  void danglingLockLink_createsNothingAnywhere() throws Exception {
    Path target = dir.resolve("elsewhere/nologin");
    Files.createDirectories(target.getParent());
    Files.createDirectories(store.resolve(".isctl"));
    Files.createSymbolicLink(store.resolve(".isctl/lock"), target);

    CliResult result =
        isctl.exec("-n", "myproject", "tag", "--reference", "quay.io/a/b:1", "web:v1");

    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(result.err()).startsWith("error: " + store.resolve(".isctl/lock"));
    assertThat(target).doesNotExist();
    assertThat(store.resolve("myproject/web.yaml")).doesNotExist();
  }

  @Test
  void stateFolderLinkedElsewhere_isNeverWrittenThrough() throws Exception {
    Path outside = Files.createDirectories(dir.resolve("outside"));
    Files.createSymbolicLink(store.resolve(".isctl"), outside);

    CliResult project = isctl.exec("project", "myproject");
    CliResult tag = isctl.exec("-n", "myproject", "tag", "--reference", "quay.io/a/b:1", "web:v1");

    assertThat(project.exitCode()).isEqualTo(1);
    assertThat(project.err()).contains(store.resolve(".isctl") + ": is a symbolic link");
    assertThat(tag.exitCode()).isEqualTo(1);
    try (Stream<Path> written = Files.list(outside)) {
      assertThat(written).isEmpty();
    }
  }

  @Test
  void stateFilesLinkedElsewhere_areNeverWrittenThrough() throws Exception {
    Path victim = Files.writeString(dir.resolve("victim"), "keep\n");
    Files.createDirectories(store.resolve(".isctl"));
    Files.createSymbolicLink(store.resolve(".isctl/.gitignore"), victim);

    CliResult tag = isctl.exec("-n", "myproject", "tag", "--reference", "quay.io/a/b:1", "web:v1");
    Files.delete(store.resolve(".isctl/.gitignore"));
    Files.createSymbolicLink(store.resolve(".isctl/namespace"), victim);
    CliResult project = isctl.exec("project", "myproject");

    assertThat(tag.exitCode()).isEqualTo(1);
    assertThat(tag.err())
        .isEqualTo(
            "error: "
                + store.resolve(".isctl/.gitignore")
                + ": is a symbolic link, which isctl does not follow here\n");
    assertThat(project.exitCode()).isEqualTo(1);
    assertThat(project.err()).contains(store.resolve(".isctl/namespace") + ": is a symbolic link");
    assertThat(victim).hasContent("keep");
  }

  @Test
  void imagesFolderLinkedElsewhere_isNeitherReadNorWrittenThrough() throws Exception {
    Path outside = Files.createDirectories(dir.resolve("outside/sha256"));
    String hex = Fixtures.INTERNAL_DIGEST.substring("sha256:".length());
    Files.writeString(outside.resolve(hex + ".yaml"), TOKEN);
    Files.createSymbolicLink(store.resolve("images.image.openshift.io"), outside.getParent());

    CliResult result = isctl.exec("-n", "myproject", "get", "istag", "myimage-internal:mytag");

    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(result.err())
        .contains(store.resolve("images.image.openshift.io") + ": is a symbolic link")
        .doesNotContain("hvs.");
  }

  @Test
  void deleteThroughALinkedNamespaceFolder_neverDeletesAFileThatIsNoStream() throws Exception {
    Path victims = Files.createDirectories(dir.resolve("victims"));
    Path victim = Files.writeString(victims.resolve("victim.yaml"), "password: hunter2\n");
    Files.createSymbolicLink(store.resolve("linked"), victims);

    CliResult result = isctl.exec("-n", "linked", "delete", "is", "victim");

    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(result.err()).doesNotContain("hunter2");
    assertThat(victim).hasContent("password: hunter2");
  }

  @Test
  void configLinkedToASecret_isRefused() throws Exception {
    Files.delete(store.resolve("config.yaml"));
    Files.createSymbolicLink(store.resolve("config.yaml"), secret);

    CliResult result = isctl.exec("-n", "myproject", "get", "is");

    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(result.err())
        .isEqualTo(
            "error: "
                + store.resolve("config.yaml")
                + ": is a symbolic link, which isctl does not follow here\n");
  }

  @Test
  void fifoWhereAStreamShouldBe_isRefusedAtOnce_notWaitedOn() throws Exception {
    Path fifo = store.resolve("myproject/pipe.yaml");
    Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
    assertThat(mkfifo.waitFor(10, TimeUnit.SECONDS)).isTrue();

    CliResult result = isctl.exec("-n", "myproject", "get", "is", "pipe");

    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(result.err()).isEqualTo("error: " + fifo + ": not a regular file\n");
  }

  @Test
  void endlessInputs_areCutAtTheLimit_withOneLine() {
    CliResult manifests = isctl.exec("-n", "myproject", "resolve", "-f", "/dev/zero");
    CliResult credentials =
        isctl.exec(
            "-n",
            "myproject",
            "--registry-config",
            "/dev/zero",
            "import-image",
            "x:y",
            "--from=127.0.0.1:9/a/b:c",
            "--confirm",
            "--insecure");

    assertThat(manifests.exitCode()).isEqualTo(1);
    assertThat(manifests.err())
        .isEqualTo("error: /dev/zero: the file is larger than the limit of 33554432 bytes\n");
    assertThat(credentials.err()).doesNotContain("OutOfMemoryError").doesNotContain("\tat ");
  }

  @Test
  void stateFileLinkedToADevice_isIgnoredWithAWarning() throws Exception {
    Files.createDirectories(store.resolve(".isctl"));
    Files.createSymbolicLink(store.resolve(".isctl/manifest-lists"), Path.of("/dev/zero"));

    CliResult result =
        isctl.exec(
            "-n",
            "myproject",
            "import-image",
            "x:y",
            "--from=127.0.0.1:9/a/b:c",
            "--confirm",
            "--insecure");

    assertThat(result.err()).doesNotContain("OutOfMemoryError").doesNotContain("\tat ");
    assertThat(result.exitCode()).isEqualTo(1); // the closed port
  }

  @Test
  void aFolderOfManifests_neverFollowsALinkToASecret() throws Exception {
    Path k8s = Files.createDirectories(dir.resolve("k8s"));
    Files.writeString(k8s.resolve("pod.yaml"), pod("myimage-ref-source:mytag"));
    Files.createSymbolicLink(k8s.resolve("token.yaml"), secret);

    CliResult result = isctl.exec("-n", "myproject", "resolve", "-f", "k8s");

    assertThat(result.exitCode()).as(result.err()).isZero();
    assertThat(result.out()).contains(Fixtures.EXTERNAL_BY_DIGEST).doesNotContain("hvs.");
  }

  @Test
  void inPlace_keepsEachFilesMode_andRefusesALinkBeforeWritingAnyFile() throws Exception {
    Path k8s = Files.createDirectories(dir.resolve("k8s"));
    Path first = Files.writeString(k8s.resolve("a.yaml"), pod("myimage-ref-source:mytag"));
    Files.setPosixFilePermissions(first, PosixFilePermissions.fromString("rw-------"));
    Path real = Files.writeString(dir.resolve("b-real.yaml"), pod("myimage-ref-source:mytag"));
    Path linked = Files.createSymbolicLink(dir.resolve("b.yaml"), real);

    CliResult refused =
        isctl.exec(
            "-n",
            "myproject",
            "resolve",
            "-f",
            first.toString(),
            "-f",
            linked.toString(),
            "--in-place");
    String firstAfterRefusal = Files.readString(first);
    CliResult written =
        isctl.exec("-n", "myproject", "resolve", "-f", first.toString(), "--in-place");

    assertThat(refused.exitCode()).isEqualTo(1);
    assertThat(refused.err())
        .isEqualTo("error: " + linked + ": is a symbolic link, which isctl does not follow here\n");
    assertThat(real).hasContent(pod("myimage-ref-source:mytag"));
    assertThat(firstAfterRefusal).isEqualTo(pod("myimage-ref-source:mytag"));
    assertThat(written.exitCode()).as(written.err()).isZero();
    assertThat(first).content().contains(Fixtures.EXTERNAL_BY_DIGEST);
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(first)))
        .isEqualTo("rw-------");
  }

  @Test
  void rewrittenStreamFile_keepsItsMode() throws Exception {
    Path file = store.resolve("myproject/myimage-ref-source.yaml");
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r-----"));

    CliResult result =
        isctl.exec(
            "-n", "myproject", "tag", "--reference", "quay.io/a/b:1", "myimage-ref-source:other");

    assertThat(result.exitCode()).as(result.err()).isZero();
    assertThat(
            PosixFilePermissions.toString(
                Files.getPosixFilePermissions(file, LinkOption.NOFOLLOW_LINKS)))
        .isEqualTo("rw-r-----");
  }

  @Test
  void aStreamTheApiServerWouldRefuse_isRefusedByFileAndField_andLeftAsItIs() throws Exception {
    Path file = store.resolve("myproject/myimage-ref-source.yaml");
    String original = Files.readString(file);
    String bad = original.replace("metadata:\n", "metadata:\n  labels:\n    a:\n      b: c\n");
    Files.writeString(file, bad);

    CliResult result =
        isctl.exec(
            "-n", "myproject", "tag", "--reference", "quay.io/a/b:1", "myimage-ref-source:other");

    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(result.err())
        .isEqualTo("error: " + file + ": metadata.labels.a: expected a string, got an object\n");
    assertThat(file).hasContent(bad);
  }

  @Test
  void aStoredReferenceHoldingAnEscapeSequence_isReported_neverWrittenNorPrintedRaw()
      throws Exception {
    Path file = store.resolve("myproject/myimage-ref-source.yaml");
    Files.writeString(
        file,
        Files.readString(file)
            .replaceFirst("dockerImageReference: (\\S+)", "dockerImageReference: \"$1\\\\e[32m\""));
    Path manifest = Files.writeString(dir.resolve("pod.yaml"), pod("myimage-ref-source:mytag"));

    CliResult resolve = isctl.exec("-n", "myproject", "resolve", "myimage-ref-source:mytag");
    CliResult workloads = isctl.exec("-n", "myproject", "resolve", "-f", manifest.toString());

    assertThat(Files.readString(file)).contains("\\e[32m");
    assertThat(resolve.exitCode()).isEqualTo(1);
    assertThat(resolve.out() + resolve.err()).doesNotContain("\u001b");
    assertThat(resolve.err()).contains("invalid pull spec");
    assertThat(workloads.out()).isEqualTo(pod("myimage-ref-source:mytag")).doesNotContain("\u001b");
    assertThat(workloads.err()).contains("invalid pull spec").doesNotContain("\u001b");
  }

  private static String pod(String image) {
    return "apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\n  annotations:\n"
        + "    alpha.image.policy.openshift.io/resolve-names: '*'\nspec:\n  containers:\n"
        + "  - name: c\n    image: "
        + image
        + "\n";
  }

  private static void copy(Path from, Path to) throws Exception {
    try (Stream<Path> files = Files.walk(from)) {
      for (Path file : files.toList()) {
        Path target = to.resolve(from.relativize(file).toString());
        if (Files.isDirectory(file)) {
          Files.createDirectories(target);
        } else {
          Files.copy(file, target);
        }
      }
    }
  }
}
