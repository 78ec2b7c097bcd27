package io.isctl.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.isctl.testing.CliResult;
import io.isctl.testing.Launcher;
import io.isctl.testing.LocalRegistry;
import io.isctl.testing.PushedImage;
import io.isctl.testing.StoreFiles;
import io.isctl.testing.TestImages;
import io.isctl.testing.TestPlatform;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code bin/isctl} as a process on the differences from OpenShift an independent conformance run
 * found (issue 10), each reproduction's output as OpenShift gives it. The registry is Debian's on
 * loopback, listed as insecure in the store's config.yaml unless a test says otherwise.
 */
class FidelityIT {
  @RegisterExtension static final LocalRegistry REGISTRY = LocalRegistry.open();

  static PushedImage single;
  static PushedImage list;

  @TempDir Path dir;
  Path store;

  @BeforeAll
  static void push() {
    TestImages images = new TestImages(REGISTRY);
    single = images.schema2("test/single", "v1", TestPlatform.LINUX_AMD64, "single");
    list = images.dockerManifestList("test/multi", "latest", "multi");
  }

  @BeforeEach
  void insecureRegistry() {
    store = dir.resolve("store");
    StoreFiles.markInsecure(store, REGISTRY.hostPort());
  }

  private CliResult isctl(String... args) {
    return new Launcher(dir)
        .env("ISCTL_STORE", store.toString())
        .env("ISCTL_NAMESPACE", "ns")
        .exec(args);
  }

  private CliResult ok(String... args) {
    CliResult result = isctl(args);
    assertThat(result.exitCode()).as(String.join(" ", args) + ": " + result.err()).isZero();
    return result;
  }

  private String from(String repositoryAndTag) {
    return REGISTRY.hostPort() + "/" + repositoryAndTag;
  }

  private void write(String namespace, String name, String yaml) throws IOException {
    Files.createDirectories(store.resolve(namespace));
    Files.writeString(store.resolve(namespace).resolve(name + ".yaml"), yaml);
  }

  /** The store's files, without isctl's own state (the lock file a write creates). */
  private Map<String, byte[]> files() {
    Map<String, byte[]> files = new java.util.TreeMap<>(StoreFiles.snapshot(store));
    files.keySet().removeIf(name -> name.startsWith(".isctl/"));
    return files;
  }

  /** One error line, exit 1, and the store as it was. */
  private void refused(Map<String, byte[]> before, CliResult result, String errorLine) {
    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(result.out()).isEmpty();
    assertThat(result.err()).isEqualTo("error: " + errorLine + "\n");
    assertThat(files()).containsOnlyKeys(before.keySet());
    before.forEach((file, bytes) -> assertThat(files().get(file)).as(file).isEqualTo(bytes));
  }

  @Test
  void backToLegacy_importsThePlatformsImageAgain() {
    ok(
        "import-image",
        "s:t",
        "--from=" + from("test/multi:latest"),
        "--import-mode=PreserveOriginal",
        "--confirm");

    CliResult legacy = ok("import-image", "s:t");

    String amd64 = list.child("amd64").digest();
    assertThat(legacy.out())
        .contains("    import mode: Legacy\n  Pod image: " + from("test/multi@" + amd64) + "\n")
        .containsSubsequence(
            "\n  * " + from("test/multi@" + amd64) + "\n",
            "\n    " + from("test/multi@" + list.digest()) + "\n")
        .contains("\nName:\t\t" + amd64 + "\n");
  }

  @Test
  void insecureRepositoryAnnotation_reachesTheSpecTagsImportPolicy() throws IOException {
    // Not listed as insecure: only the annotation lets the import reach the plain-HTTP registry.
    Files.delete(store.resolve("config.yaml"));
    write(
        "ns",
        "k",
        """
        apiVersion: image.openshift.io/v1
        kind: ImageStream
        metadata:
          annotations:
            openshift.io/image.insecureRepository: "true"
          name: k
          namespace: ns
        spec:
          tags:
          - name: latest
            from:
              kind: DockerImage
              name: %s
        """
            .formatted(from("test/single:v1")));

    ok("import-image", "k", "--all");

    assertThat(ok("get", "is", "k", "-o", "yaml").out())
        .contains(
            "    importPolicy:\n      importMode: Legacy\n      insecure: true\n    name: latest\n")
        .contains("      image: " + single.digest() + "\n");
  }

  @Test
  void aRepositoryWithATagOrAnId_isRefusedByValidation() throws IOException {
    String id = "sha256:" + "0".repeat(64);
    for (String[] stream : new String[][] {{"tagged", "a/b:tag"}, {"byid", "a/b@" + id}}) {
      write(
          "ns",
          stream[0],
          """
          apiVersion: image.openshift.io/v1
          kind: ImageStream
          metadata:
            name: %s
            namespace: ns
          spec:
            dockerImageRepository: %s
          """
              .formatted(stream[0], stream[1]));
    }
    Map<String, byte[]> before = files();

    refused(
        before,
        isctl("set", "image-lookup", "tagged"),
        "ImageStream.image.openshift.io \"tagged\" is invalid: spec.dockerImageRepository: "
            + "Invalid value: \"a/b:tag\": the repository name may not contain a tag");
    refused(
        before,
        isctl("set", "image-lookup", "byid"),
        "ImageStream.image.openshift.io \"byid\" is invalid: spec.dockerImageRepository: "
            + "Invalid value: \"a/b@"
            + id
            + "\": the repository name may not contain an ID");
  }

  @Test
  void getIstag_ofAPrunedImage_isNotFound_butAStreamWithoutImageFilesIsShown() throws IOException {
    ok("import-image", "app:v1", "--from=" + from("test/single:v1"), "--confirm");
    ok("import-image", "app:list", "--from=" + from("test/multi:latest"));
    String amd64 = list.child("amd64").digest();
    Files.delete(store.resolve("images.image.openshift.io/sha256/" + amd64.substring(7) + ".yaml"));
    String image = "sha256:" + "e".repeat(64);
    write(
        "ns",
        "byhand",
        """
        apiVersion: image.openshift.io/v1
        kind: ImageStream
        metadata:
          name: byhand
          namespace: ns
        status:
          tags:
          - tag: v1
            items:
            - created: "2026-01-02T03:04:05Z"
              dockerImageReference: quay.io/team/app@%s
              image: %s
              generation: 1
        """
            .formatted(image, image));

    CliResult pruned = isctl("get", "istag", "app:list");
    CliResult described = isctl("describe", "istag", "app:list");
    CliResult byHand = isctl("get", "istag", "byhand:v1", "-o", "name");

    String notFound = "error: images.image.openshift.io \"" + amd64 + "\" not found\n";
    assertThat(pruned.exitCode()).isEqualTo(1);
    assertThat(pruned.err()).isEqualTo(notFound);
    assertThat(described.exitCode()).isEqualTo(1);
    assertThat(described.err()).isEqualTo(notFound);
    assertThat(byHand.exitCode()).as(byHand.err()).isZero();
    assertThat(byHand.out()).isEqualTo("imagestreamtag.image.openshift.io/byhand:v1\n");
    assertThat(ok("get", "istag", "app:v1", "-o", "name").out())
        .isEqualTo("imagestreamtag.image.openshift.io/app:v1\n");
  }

  @Test
  void anAmbiguousImageId_isTheServersConflict_forGetDescribeAndResolve() throws IOException {
    String a = "sha256:1111" + "a".repeat(60);
    String b = "sha256:1111" + "b".repeat(60);
    write(
        "ns",
        "amb",
        """
        apiVersion: image.openshift.io/v1
        kind: ImageStream
        metadata:
          name: amb
          namespace: ns
        status:
          tags:
          - tag: latest
            items:
            - {created: "2026-01-02T03:04:05Z", dockerImageReference: "quay.io/a/b@%s", image: "%s", generation: 1}
            - {created: "2026-01-01T03:04:05Z", dockerImageReference: "quay.io/a/b@%s", image: "%s", generation: 1}
        """
            .formatted(b, b, a, a));
    Map<String, byte[]> before = files();
    String conflict =
        "Operation cannot be fulfilled on imagestreamimage.image.openshift.io \"1111\": "
            + "multiple images match the prefix \"1111\": "
            + a
            + ", "
            + b;

    refused(before, isctl("get", "isimage", "amb@1111"), conflict);
    refused(before, isctl("describe", "isimage", "amb@1111"), conflict);
    refused(before, isctl("resolve", "amb@1111"), conflict);
    assertThat(ok("resolve", "amb@1111a").out()).isEqualTo("quay.io/a/b@" + a + "\n");
  }

  @Test
  void everyValidationError_isReportedAtOnce_onOneErrorLine() throws IOException {
    String image = "sha256:" + "d".repeat(64);
    write(
        "ns",
        "s",
        """
        apiVersion: image.openshift.io/v1
        kind: ImageStream
        metadata:
          name: s
          namespace: ns
        status:
          tags:
          - tag: tag
            items:
            - {created: "2026-01-03T03:04:05Z", dockerImageReference: "", image: "%s", generation: 1}
            - {created: "2026-01-02T03:04:05Z", dockerImageReference: "quay.io/a/b@%s", image: "%s", generation: 1}
            - {created: "2026-01-01T03:04:05Z", dockerImageReference: "", image: "%s", generation: 1}
        """
            .formatted(image, image, image, image));

    refused(
        files(),
        isctl("set", "image-lookup", "s"),
        "ImageStream.image.openshift.io \"s\" is invalid: ["
            + "status.tags[tag].items[0].dockerImageReference: Required value, "
            + "status.tags[tag].items[2].dockerImageReference: Required value]");
  }

  @Test
  void aTagOfAnUnknownImage_namesTheFieldPath() {
    ok("-n", "ns1", "import-image", "app:v1", "--from=" + from("test/single:v1"), "--confirm");
    String unknown = "sha256:" + "f".repeat(64);

    refused(
        files(),
        isctl("-n", "ns2", "tag", "ns1/app@" + unknown, "ns2/app16:prod"),
        "ImageStream.image.openshift.io \"app16\" is invalid: []: Internal error: imagestreams "
            + "\"app16\" is invalid: spec.tags[prod].from.name: Invalid value: \"app@"
            + unknown
            + "\": error generating tag event: imagestreamimage.image.openshift.io \""
            + unknown
            + "\" not found");
  }

  @Test
  void allWithATag_quotesTheWholeArgument() {
    CliResult result = isctl("import-image", "app:v1", "--all");

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err())
        .isEqualTo(
            "error: cannot specify a tag \"app:v1\" as well as --all "
                + "(see 'isctl import-image --help')\n");
  }

  @Test
  void resolveNames_withImagesNoStreamCanBe_admitsThePodUnchanged() throws IOException {
    ok("import-image", "app:v1", "--from=" + from("test/single:v1"), "--confirm");
    String pod =
        """
        apiVersion: v1
        kind: Pod
        metadata:
          name: p
          annotations:
            alpha.image.policy.openshift.io/resolve-names: "*"
        spec:
          containers:
          - name: a
            image: bar/foo/baz
          - name: b
            image: quay.io
          - name: c
            image: app:v1
        """;
    Path file = dir.resolve("pod.yaml");
    Files.writeString(file, pod);

    CliResult result = isctl("resolve", "-f", file.toString());

    assertThat(result.exitCode()).as(result.err()).isZero();
    assertThat(result.out())
        .isEqualTo(
            pod.replace("image: app:v1", "image: " + from("test/single@" + single.digest())));
    assertThat(result.err())
        .isEqualTo(
            file
                + ": Pod/p container a: bar/foo/baz: invalid image stream name \"foo/baz\": may not "
                + "contain '/': admission cannot look it up and admits the Pod as written\n"
                + file
                + ": Pod/p container b: quay.io: invalid image stream name \"\": name or "
                + "generateName is required: admission cannot look it up and admits the Pod as "
                + "written\n");
  }
}
