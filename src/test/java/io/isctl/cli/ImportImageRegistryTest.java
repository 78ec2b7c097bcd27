package io.isctl.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.isctl.model.ImageStream;
import io.isctl.model.TagEvent;
import io.isctl.model.TagEventCondition;
import io.isctl.model.TagReference;
import io.isctl.registry.RequestCounter;
import io.isctl.store.FileImageStreamStore;
import io.isctl.testing.CliResult;
import io.isctl.testing.CliRunner;
import io.isctl.testing.LocalRegistry;
import io.isctl.testing.PushedImage;
import io.isctl.testing.TestImages;
import io.isctl.testing.TestPlatform;
import io.isctl.testing.TestUser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code import-image} and {@code tag} against the real registry on loopback, addressed directly
 * and --insecure.
 */
class ImportImageRegistryTest {
  @RegisterExtension static final LocalRegistry REGISTRY = LocalRegistry.open();
  @RegisterExtension static final LocalRegistry PRIVATE = LocalRegistry.basicAuth(TestUser.ALICE);

  static PushedImage single;
  static PushedImage dockerList;
  static PushedImage ociIndex;
  static PushedImage deleted;
  static PushedImage secret;

  @TempDir Path dir;
  final RequestCounter requests = new RequestCounter();
  CliRunner isctl;

  @BeforeAll
  static void push() {
    TestImages images = new TestImages(REGISTRY);
    single = images.schema2("test/single", "v1", TestPlatform.LINUX_AMD64, "single");
    dockerList = images.dockerManifestList("test/multi", "list", "multi");
    ociIndex = images.ociIndex("test/multi-oci", "index", "multi-oci");
    deleted = images.deleted("test/deleted", "gone");
    images.manyTags("test/many", 55); // t000 … t054
    for (String tag : List.of("latest", "1.2", "1.10", "v2.0.0", "1.0.0")) {
      images.schema2("test/many", tag, TestPlatform.LINUX_AMD64, "many");
    }
    secret =
        new TestImages(PRIVATE).schema2("team/secret", "v1", TestPlatform.LINUX_AMD64, "secret");
  }

  @BeforeEach
  void store() {
    isctl = new CliRunner(dir.resolve("store")).env("ISCTL_NAMESPACE", "ns").observer(requests);
  }

  private String from(String repositoryAndTag) {
    return REGISTRY.hostPort() + "/" + repositoryAndTag;
  }

  private ImageStream stream(String name) {
    return new FileImageStreamStore(isctl.store()).find("ns", name).orElseThrow();
  }

  private String image(String name, String tag) {
    return stream(name).status().latest(tag).orElseThrow().image();
  }

  private CliResult ok(String... args) {
    CliResult result = isctl.run(args);
    assertThat(result).as(String.join(" ", args)).succeeded();
    return result;
  }

  @Test
  void singleTag_isPinnedByDigest_inTheSpellingOfTheSource() {
    CliResult result =
        ok("import-image", "app:v1", "--from=" + from("test/single:v1"), "--confirm", "--insecure");

    assertThat(result.out()).startsWith("imagestream.image.openshift.io/app imported\n");
    TagEvent event = stream("app").status().latest("v1").orElseThrow();
    assertThat(event.dockerImageReference()).isEqualTo(from("test/single@" + single.digest()));
    assertThat(event.image()).isEqualTo(single.digest());
    assertThat(stream("app").spec().tag("v1").orElseThrow().importPolicy().insecure()).isTrue();
  }

  @Test
  void reimportOfUnchangedTags_costsOneHeadEach_singleOrAll() {
    ok("import-image", "app:v1", "--from=" + from("test/single:v1"), "--confirm", "--insecure");
    ok("import-image", "many", "--from=" + from("test/many"), "--all", "--confirm", "--insecure");
    requests.reset();

    ok("import-image", "app:v1");
    assertThat(requests.count("HEAD", "/manifests/")).isEqualTo(1);
    assertThat(requests.count("GET", "/manifests/")).isZero();

    requests.reset();
    ok("import-image", "many", "--all", "--insecure");
    assertThat(requests.count("HEAD", "/manifests/")).isEqualTo(50);
    assertThat(requests.count("GET", "/manifests/")).isZero();
    assertThat(stream("many").status().tag("t000").orElseThrow().items()).hasSize(1);
  }

  @Test
  void plainHttpRegistry_withoutInsecure_isTheServersBadRequest() {
    CliResult result =
        isctl.run("import-image", "app:v1", "--from=" + from("test/single:v1"), "--confirm");

    assertThat(result)
        .failedWith(1)
        .errContains(
            "error: tag v1 failed: the repository "
                + from("test/single")
                + " is HTTP only and requires the insecure flag to import");
    assertThat(stream("app").status().tag("v1").orElseThrow().conditions())
        .extracting(TagEventCondition::reason)
        .containsExactly("BadRequest");
  }

  @Test
  void legacyMode_picksAmd64FromADockerListAndAnOciIndex() {
    ok(
        "import-image",
        "multi:list",
        "--from=" + from("test/multi:list"),
        "--confirm",
        "--insecure");
    ok("tag", from("test/multi-oci:index"), "ns/multi:index", "--insecure");

    assertThat(image("multi", "list")).isEqualTo(dockerList.child("amd64").digest());
    assertThat(image("multi", "index")).isEqualTo(ociIndex.child("amd64").digest());
    assertThat(stream("multi").status().latest("index").orElseThrow().dockerImageReference())
        .isEqualTo(from("test/multi-oci@" + ociIndex.child("amd64").digest()));
  }

  @Test
  void legacyMode_honoursThePreferArchAnnotationOfTheSpecTag() throws IOException {
    ok(
        "import-image",
        "multi:list",
        "--from=" + from("test/multi:list"),
        "--confirm",
        "--insecure");
    Path file = isctl.store().resolve("ns/multi.yaml");
    Files.writeString(
        file,
        Files.readString(file)
            .replace(
                "  - annotations: null\n",
                "  - annotations:\n      importer.image.openshift.io/prefer-arch: arm64\n"));

    ok("import-image", "multi:list");

    assertThat(stream("multi").status().tag("list").orElseThrow().items())
        .extracting(TagEvent::image)
        .containsExactly(dockerList.child("arm64").digest(), dockerList.child("amd64").digest());
  }

  @Test
  void preserveOriginal_keepsTheListOrIndexItself() {
    ok(
        "import-image",
        "multi:list",
        "--from=" + from("test/multi:list"),
        "--confirm",
        "--insecure",
        "--import-mode=PreserveOriginal");
    ok(
        "tag",
        from("test/multi-oci:index"),
        "ns/multi:index",
        "--insecure",
        "--import-mode=PreserveOriginal");

    assertThat(image("multi", "list")).isEqualTo(dockerList.digest());
    assertThat(image("multi", "index")).isEqualTo(ociIndex.digest());
    TagReference spec = stream("multi").spec().tag("list").orElseThrow();
    assertThat(spec.importPolicy().importMode()).isEqualTo("PreserveOriginal");
  }

  @Test
  void all_importsTheFirst50InOpenShiftsOrder_andNamesTheRest() {
    CliResult result =
        ok(
            "import-image",
            "many",
            "--from=" + from("test/many"),
            "--all",
            "--confirm",
            "--insecure");

    List<String> expected = new ArrayList<>(List.of("latest", "1.10", "1.2", "v2.0.0", "1.0.0"));
    List<String> rest = new ArrayList<>();
    for (int i = 0; i < 55; i++) {
      (expected.size() < 50 ? expected : rest).add(String.format("t%03d", i));
    }
    assertThat(stream("many").spec().tags())
        .extracting(TagReference::name)
        .containsExactlyInAnyOrderElementsOf(expected);
    assertThat(stream("many").status().tags()).hasSize(50);
    assertThat(result.err())
        .isEqualTo(
            "info: The remote repository contained 10 additional tags which were not "
                + "imported: "
                + String.join(", ", rest)
                + "\n");
  }

  @Test
  void all_onATerminal_drawsEachTagInPlace_thenErasesIt_leavingTheOutputAsPiped() {
    String[] args = {
      "import-image", "many", "--from=" + from("test/many"), "--all", "--confirm", "--insecure"
    };
    CliResult piped = ok(args);
    CliResult terminal =
        new CliRunner(dir.resolve("terminal"))
            .env("ISCTL_NAMESPACE", "ns")
            .stderrTerminal()
            .run(args);

    List<String> order = new ArrayList<>(List.of("latest", "1.10", "1.2", "v2.0.0", "1.0.0"));
    for (int i = 0; order.size() < 50; i++) {
      order.add(String.format("t%03d", i));
    }
    StringBuilder progress = new StringBuilder();
    for (int i = 0; i < order.size(); i++) {
      progress
          .append("\r\u001b[Kimporting ")
          .append(i + 1)
          .append("/50 tags: ")
          .append(order.get(i));
    }
    assertThat(terminal)
        .succeeded()
        .outIs(piped.out())
        .errIs(progress + "\r\u001b[K" + piped.err());
    assertThat(piped.err()).doesNotContain("\r", "\u001b");
  }

  @Test
  void aDumbTerminal_orTheHttpTrace_getNoProgress() {
    CliRunner dumb =
        new CliRunner(dir.resolve("dumb"))
            .env("ISCTL_NAMESPACE", "ns")
            .env("TERM", "dumb")
            .stderrTerminal();
    CliRunner tracing =
        new CliRunner(dir.resolve("trace")).env("ISCTL_NAMESPACE", "ns").stderrTerminal();

    CliResult onDumb =
        dumb.run(
            "import-image",
            "many",
            "--from=" + from("test/many"),
            "--all",
            "--confirm",
            "--insecure");
    CliResult traced =
        tracing.run(
            "--loglevel=8",
            "import-image",
            "many",
            "--from=" + from("test/many"),
            "--all",
            "--confirm",
            "--insecure");

    assertThat(onDumb).succeeded().errDoesNotContain("importing", "\u001b");
    assertThat(traced).succeeded().errContains("I GET ").errDoesNotContain("importing", "\u001b");
  }

  @Test
  void missingTag_isAnImportSuccessFalseConditionWithReasonNotFound_exitOne() {
    CliResult result =
        isctl.run(
            "import-image",
            "app:nosuch",
            "--from=" + from("test/single:nosuch"),
            "--confirm",
            "--insecure");

    assertThat(result).failedWith(1);
    String message =
        "dockerimage.image.openshift.io \"" + from("test/single:nosuch") + "\" not found";
    assertThat(result.err())
        .isEqualTo(
            "error: tag nosuch failed: " + message + "\nerror: imported completed with errors\n");
    TagEventCondition condition =
        stream("app").status().tag("nosuch").orElseThrow().conditions().get(0);
    assertThat(condition.type()).isEqualTo("ImportSuccess");
    assertThat(condition.status()).isEqualTo("False");
    assertThat(condition.reason()).isEqualTo("NotFound");
    assertThat(condition.message()).isEqualTo(message);
    assertThat(stream("app").status().latest("nosuch")).isEmpty();
  }

  @Test
  void deletedManifest_isNotFound_byTagAndByDigest() {
    CliResult byTag = isctl.run("tag", from("test/deleted:gone"), "ns/gone:tag", "--insecure");
    CliResult byDigest =
        isctl.run("tag", from("test/deleted@" + deleted.digest()), "ns/gone:digest", "--insecure");

    assertThat(byTag).failedWith(1).errContains("\"" + from("test/deleted:gone") + "\" not found");
    assertThat(byDigest)
        .failedWith(1)
        .errContains("\"" + from("test/deleted@" + deleted.digest()) + "\" not found");
    assertThat(stream("gone").status().tag("digest").orElseThrow().conditions())
        .extracting(TagEventCondition::reason)
        .containsExactly("NotFound");
  }

  @Test
  void basicAuth_withRegistryConfig_andUnauthorizedWithout() throws IOException {
    Path auth = dir.resolve("auth.json");
    String pair = TestUser.ALICE.username() + ":" + TestUser.ALICE.password();
    Files.writeString(
        auth,
        "{\"auths\":{\""
            + PRIVATE.hostPort()
            + "\":{\"auth\":\""
            + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8))
            + "\"}}}");
    String source = PRIVATE.hostPort() + "/team/secret:v1";

    CliResult anonymous =
        isctl.run("import-image", "secret:v1", "--from=" + source, "--confirm", "--insecure");
    CliResult withCredentials =
        isctl.run("--registry-config", auth.toString(), "import-image", "secret:v1", "--insecure");

    assertThat(anonymous)
        .failedWith(1)
        .errContains(
            "error: tag v1 failed: you may not have access to the container image \""
                + source
                + "\"");
    assertThat(withCredentials).succeeded();
    assertThat(image("secret", "v1")).isEqualTo(secret.digest());
  }
}
