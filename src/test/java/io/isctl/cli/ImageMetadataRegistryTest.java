package io.isctl.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.isctl.registry.RequestCounter;
import io.isctl.store.FileImageStreamStore;
import io.isctl.testing.CliResult;
import io.isctl.testing.CliRunner;
import io.isctl.testing.LocalRegistry;
import io.isctl.testing.PushedImage;
import io.isctl.testing.TestImages;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Image objects an import builds from the config blob, checked against the bytes pushed to a
 * real registry: {@code get istag|isimage -o json}, {@code describe istag} and {@code
 * import-image}'s image lines.
 */
class ImageMetadataRegistryTest {
  @RegisterExtension static final LocalRegistry REGISTRY = LocalRegistry.open();
  static final ObjectMapper JSON = new ObjectMapper();
  static final byte[] BASE = TestImages.layer("base.txt", "the base layer\n");
  static final byte[] APP = TestImages.layer("app.txt", "the application layer\n");

  static PushedImage app;
  static PushedImage ociApp;
  static PushedImage dockerList;

  @TempDir Path dir;
  final RequestCounter requests = new RequestCounter();
  CliRunner isctl;

  @BeforeAll
  static void push() {
    TestImages images = new TestImages(REGISTRY);
    // The base layer twice: the image size counts it once.
    app = images.withConfig("meta/app", "v1", appConfig("docker"), List.of(BASE, APP, BASE), false);
    ociApp =
        images.withConfig(
            "meta/oci", "v1", Map.of("architecture", "arm64", "os", "linux"), List.of(APP), true);
    dockerList = images.dockerManifestList("meta/multi", "list", "meta-multi");
    PushedImage shared =
        images.withConfig("meta/shared", "a", appConfig("shared"), List.of(APP), false);
    images.retag(shared, "b");
    images.retag(shared, "c");
  }

  static Map<String, Object> appConfig(String seed) {
    Map<String, Object> config = new LinkedHashMap<>();
    config.put("architecture", "amd64");
    config.put("os", "linux");
    config.put("created", "2024-03-04T05:06:07.123456789+02:00");
    config.put("author", "isctl tests " + seed);
    config.put("docker_version", "24.0.7");
    config.put(
        "config",
        Map.of(
            "Env", List.of("PATH=/usr/bin:/bin", "GREETING=hello"),
            "Entrypoint", List.of("/bin/app", "--serve"),
            "Cmd", List.of("--port", "8080"),
            "WorkingDir", "/srv",
            "User", "1001",
            "ExposedPorts", Map.of("8080/tcp", Map.of()),
            "Labels", Map.of("io.isctl.role", "metadata", "version", "1")));
    config.put("container_config", Map.of("Cmd", List.of("/bin/sh", "-c", "#(nop) build")));
    config.put("rootfs", Map.of("type", "layers", "diff_ids", List.of()));
    return config;
  }

  @BeforeEach
  void store() {
    isctl = new CliRunner(dir.resolve("store")).env("ISCTL_NAMESPACE", "ns").observer(requests);
  }

  private static String from(String repositoryAndTag) {
    return REGISTRY.hostPort() + "/" + repositoryAndTag;
  }

  private CliResult ok(String... args) {
    CliResult result = isctl.run(args);
    assertThat(result).as(String.join(" ", args)).succeeded();
    return result;
  }

  private JsonNode json(String... args) throws IOException {
    return JSON.readTree(ok(args).out());
  }

  private static String sha256(byte[] bytes) {
    try {
      return "sha256:"
          + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private Path imageFile(String digest) {
    return isctl
        .store()
        .resolve(
            "images.image.openshift.io/sha256/" + digest.substring("sha256:".length()) + ".yaml");
  }

  @Test
  void importImage_recordsTheImageBuiltFromTheConfig_andGetIstagShowsEveryField()
      throws IOException {
    CliResult imported =
        ok("import-image", "app:v1", "--from=" + from("meta/app:v1"), "--confirm", "--insecure");

    JsonNode image = json("get", "istag", "app:v1", "-o", "json").path("image");
    assertThat(image.has("apiVersion")).as("an ImageStreamTag's image has no type").isFalse();
    assertThat(image.path("metadata").path("name").asText()).isEqualTo(app.digest());
    assertThat(image.path("metadata").path("creationTimestamp").asText())
        .isEqualTo(CliRunner.NOW.toString());
    assertThat(
            image
                .path("metadata")
                .path("annotations")
                .path("image.openshift.io/dockerLayersOrder")
                .asText())
        .isEqualTo("ascending");
    assertThat(image.path("dockerImageReference").asText())
        .isEqualTo(from("meta/app@" + app.digest()));
    assertThat(image.path("dockerImageManifestMediaType").asText())
        .isEqualTo(TestImages.DOCKER_SCHEMA2);
    assertThat(image.path("dockerImageMetadataVersion").asText()).isEqualTo("1.0");
    assertThat(image.path("dockerImageLayers")).hasSize(3);
    assertThat(image.path("dockerImageLayers").get(0).path("name").asText())
        .isEqualTo(sha256(BASE));
    assertThat(image.path("dockerImageLayers").get(0).path("size").asLong()).isEqualTo(BASE.length);
    assertThat(image.path("dockerImageLayers").get(1).path("name").asText()).isEqualTo(sha256(APP));
    assertThat(image.path("dockerImageLayers").get(1).path("mediaType").asText())
        .isEqualTo("application/vnd.docker.image.rootfs.diff.tar.gzip");
    assertThat(image.path("dockerImageLayers").get(2).path("name").asText())
        .isEqualTo(sha256(BASE));

    JsonNode metadata = image.path("dockerImageMetadata");
    assertThat(metadata.path("Id").asText())
        .isEqualTo(app.configDigest())
        .isEqualTo(sha256(app.config()));
    assertThat(metadata.path("Size").asLong())
        .isEqualTo((long) app.config().length + BASE.length + APP.length);
    assertThat(metadata.path("Created").asText()).isEqualTo("2024-03-04T03:06:07Z");
    assertThat(metadata.path("Author").asText()).isEqualTo("isctl tests docker");
    assertThat(metadata.path("Architecture").asText()).isEqualTo("amd64");
    assertThat(metadata.path("DockerVersion").asText()).isEqualTo("24.0.7");
    assertThat(metadata.has("Os")).as("DockerImage has no Os field").isFalse();
    assertThat(metadata.path("apiVersion").asText()).isEqualTo("image.openshift.io/1.0");
    assertThat(metadata.path("kind").asText()).isEqualTo("DockerImage");
    JsonNode config = metadata.path("Config");
    assertThat(config.path("Env").toString())
        .isEqualTo("[\"PATH=/usr/bin:/bin\",\"GREETING=hello\"]");
    assertThat(config.path("Entrypoint").toString()).isEqualTo("[\"/bin/app\",\"--serve\"]");
    assertThat(config.path("Cmd").toString()).isEqualTo("[\"--port\",\"8080\"]");
    assertThat(config.path("WorkingDir").asText()).isEqualTo("/srv");
    assertThat(config.path("User").asText()).isEqualTo("1001");
    assertThat(config.path("ExposedPorts").toString()).isEqualTo("{\"8080/tcp\":{}}");
    assertThat(config.path("Labels").toString())
        .isEqualTo("{\"io.isctl.role\":\"metadata\",\"version\":\"1\"}");
    assertThat(metadata.path("ContainerConfig").path("Cmd").toString())
        .isEqualTo("[\"/bin/sh\",\"-c\",\"#(nop) build\"]");

    assertThat(imageFile(app.digest())).isRegularFile();
    assertThat(imported.out())
        .contains(
            "\n\nImage Name:\tapp:v1\nDocker Image:\t"
                + from("meta/app@" + app.digest())
                + "\nName:\t\t"
                + app.digest()
                + "\n")
        .contains("\nImage Size:\t")
        .contains(" in 3 layers\n")
        .contains(
            "\nEntrypoint:\t/bin/app --serve\nCommand:\t--port 8080\nWorking Dir:\t/srv\nUser:\t\t1001\n"
                + "Exposes Ports:\t8080/tcp\nDocker Labels:\tio.isctl.role=metadata\n\t\tversion=1\n"
                + "Environment:\tPATH=/usr/bin:/bin\n\t\tGREETING=hello\n\n")
        .endsWith("\n\n");
  }

  @Test
  void aKnownImage_isNotFetchedAgain_andAnUnchangedTagStillCostsOneHead() {
    ok("import-image", "app:v1", "--from=" + from("meta/app:v1"), "--confirm", "--insecure");
    assertThat(requests.count("GET", "/blobs/")).as("the config, once").isEqualTo(1);
    requests.reset();

    ok("tag", from("meta/app:v1"), "ns/other:v1", "--insecure");
    assertThat(requests.count("GET", "/manifests/")).isEqualTo(1);
    assertThat(requests.count("GET", "/blobs/")).as("the Image is in the store").isZero();
    requests.reset();

    ok("import-image", "app:v1");
    assertThat(requests.count("HEAD", "/manifests/")).isEqualTo(1);
    assertThat(requests.count("GET", "/manifests/")).isZero();
    assertThat(requests.count("GET", "/blobs/")).isZero();
  }

  @Test
  void tagsSharingAnImage_fetchItsConfigOnce_andEachTagStillShowsTheImage() {
    CliResult result =
        ok(
            "import-image",
            "shared",
            "--from=" + from("meta/shared"),
            "--all",
            "--confirm",
            "--insecure");
    assertThat(requests.count("GET", "/blobs/")).as("one config for three tags").isEqualTo(1);
    assertThat(result.out().split("Image Name:", -1)).as("an image block per tag").hasSize(4);
    for (String tag : List.of("a", "b", "c")) {
      assertThat(ok("get", "istag", "shared:" + tag, "-o", "yaml").out())
          .contains("dockerImageMetadata:");
    }
  }

  @Test
  void tag_ofAnOciImage_recordsItsImage_andGetIsimageShowsIt() throws IOException {
    ok("tag", from("meta/oci:v1"), "ns/oci:v1", "--insecure");

    JsonNode image = json("get", "isimage", "oci@" + ociApp.digest(), "-o", "json").path("image");
    assertThat(image.path("dockerImageManifestMediaType").asText())
        .isEqualTo(TestImages.OCI_MANIFEST);
    assertThat(image.path("dockerImageLayers")).hasSize(1);
    JsonNode metadata = image.path("dockerImageMetadata");
    assertThat(metadata.path("Size").asLong())
        .isEqualTo((long) ociApp.config().length + APP.length);
    assertThat(metadata.path("Architecture").asText()).isEqualTo("arm64");
    assertThat(metadata.path("Created").isNull()).as("no created: Go's zero time").isTrue();
    assertThat(metadata.path("ContainerConfig").toString()).isEqualTo("{}");
    assertThat(metadata.has("Config")).isFalse();
  }

  @Test
  void preserveOriginal_keepsTheListAsAnImage_andEachSubManifestAsItsOwn() throws IOException {
    ok(
        "import-image",
        "multi:list",
        "--from=" + from("meta/multi:list"),
        "--confirm",
        "--insecure",
        "--import-mode=PreserveOriginal");

    JsonNode image = json("get", "istag", "multi:list", "-o", "json").path("image");
    assertThat(image.path("metadata").path("name").asText()).isEqualTo(dockerList.digest());
    assertThat(image.path("metadata").has("annotations")).isFalse();
    assertThat(image.path("dockerImageManifestMediaType").asText())
        .isEqualTo(TestImages.DOCKER_LIST);
    assertThat(image.has("dockerImageLayers")).isFalse();
    assertThat(image.path("dockerImageMetadata").path("Id").asText())
        .isEqualTo(dockerList.digest());
    assertThat(image.path("dockerImageMetadata").path("Created").asText())
        .isEqualTo(CliRunner.NOW.toString());
    JsonNode manifests = image.path("dockerImageManifests");
    assertThat(manifests).hasSize(2);
    for (int i = 0; i < 2; i++) {
      PushedImage child = dockerList.children().get(i);
      assertThat(manifests.get(i).path("digest").asText()).isEqualTo(child.digest());
      assertThat(manifests.get(i).path("mediaType").asText()).isEqualTo(TestImages.DOCKER_SCHEMA2);
      assertThat(manifests.get(i).path("manifestSize").asLong()).isEqualTo(child.manifest().length);
    }
    assertThat(manifests.get(0).path("architecture").asText()).isEqualTo("amd64");
    assertThat(manifests.get(0).path("os").asText()).isEqualTo("linux");
    assertThat(manifests.get(0).has("variant")).isFalse();
    assertThat(manifests.get(1).path("architecture").asText()).isEqualTo("arm64");
    assertThat(manifests.get(1).path("variant").asText()).isEqualTo("v8");

    PushedImage arm = dockerList.child("arm64");
    String armImage = Files.readString(imageFile(arm.digest()));
    assertThat(armImage)
        .contains("dockerImageReference: " + from("meta/multi@" + arm.digest()) + "\n")
        .contains("\n  Architecture: arm64\n")
        .contains("\n  Size: " + (arm.config().length + layerSize(arm)) + "\n");
  }

  /** The layer sizes a pushed single-platform manifest lists. */
  private static long layerSize(PushedImage image) {
    try {
      long size = 0;
      for (JsonNode layer : JSON.readTree(image.manifest()).path("layers")) {
        size += layer.path("size").asLong();
      }
      return size;
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void legacyMode_recordsTheChosenSubManifestOnly() {
    ok(
        "import-image",
        "multi:list",
        "--from=" + from("meta/multi:list"),
        "--confirm",
        "--insecure");

    assertThat(imageFile(dockerList.child("amd64").digest())).isRegularFile();
    assertThat(imageFile(dockerList.digest())).doesNotExist();
    assertThat(imageFile(dockerList.child("arm64").digest())).doesNotExist();
  }

  @Test
  void describeIstag_printsOcsImageLines_afterTheTag() {
    ok("import-image", "app:v1", "--from=" + from("meta/app:v1"), "--confirm", "--insecure");

    String out = ok("describe", "istag", "app:v1").out();
    assertThat(out)
        .contains("\n\nImage Name:\t" + app.digest() + "\nDocker Image:\t")
        .contains("\nAnnotations:\timage.openshift.io/dockerLayersOrder=ascending\n")
        .contains("\nLayers:\t\t")
        .contains("\nArch:\t\tamd64\n");
  }

  @Test
  void describeIsimage_printsOcsImageLines_withThePodReference() {
    ok("import-image", "app:v1", "--from=" + from("meta/app:v1"), "--confirm", "--insecure");

    String out = ok("describe", "isimage", "app@" + app.digest()).out();
    assertThat(out)
        .startsWith(
            "Image Name:\t"
                + app.digest()
                + "\nDocker Image:\t"
                + from("meta/app@" + app.digest())
                + "\n")
        .contains("\nAnnotations:\timage.openshift.io/dockerLayersOrder=ascending\n")
        .contains("\nArch:\t\tamd64\n");
  }

  @Test
  void aCorruptImageFile_isOneErrorNamingIt_exitOne() throws IOException {
    ok("import-image", "app:v1", "--from=" + from("meta/app:v1"), "--confirm", "--insecure");
    Files.writeString(imageFile(app.digest()), "kind: Image\nmetadata: [\n");

    CliResult result = isctl.run("get", "istag", "app:v1", "-o", "yaml");

    assertThat(result)
        .failedWith(1)
        .outIsEmpty()
        .err()
        .startsWith("error: " + imageFile(app.digest()))
        .endsWith("\n")
        .doesNotContain("Exception")
        .doesNotContain("\tat ");
    assertThat(result.err().lines()).hasSize(1);

    Files.writeString(
        imageFile(app.digest()),
        "apiVersion: image.openshift.io/v1\nkind: Image\nmetadata:\n"
            + "  name: sha256:"
            + "0".repeat(64)
            + "\n");
    CliResult renamed = isctl.run("get", "istag", "app:v1", "-o", "yaml");
    assertThat(renamed)
        .failedWith(1)
        .errIs(
            "error: "
                + imageFile(app.digest())
                + ": metadata.name \"sha256:"
                + "0".repeat(64)
                + "\" does not match the file name\n");
  }

  @Test
  void theImagesFolder_isNeverTakenForANamespace() {
    ok("import-image", "app:v1", "--from=" + from("meta/app:v1"), "--confirm", "--insecure");

    assertThat(new FileImageStreamStore(isctl.store()).namespaces()).containsExactly("ns");
    assertThat(ok("sync").err()).isEmpty();
    assertThat(ok("delete", "is", "app")).succeeded();
    assertThat(imageFile(app.digest()))
        .as("Images outlive the streams, until pruned")
        .isRegularFile();
    assertThat(isctl.run("get", "is").err()).isEqualTo("No resources found in ns namespace.\n");
  }
}
