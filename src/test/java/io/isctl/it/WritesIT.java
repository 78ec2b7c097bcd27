package io.isctl.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.isctl.model.ImageStream;
import io.isctl.model.ImageStreamTree;
import io.isctl.model.TagEvent;
import io.isctl.model.TagEventCondition;
import io.isctl.testing.CliResult;
import io.isctl.testing.Launcher;
import io.isctl.testing.LocalRegistry;
import io.isctl.testing.StoreFiles;
import io.isctl.testing.TestImages;
import io.isctl.testing.TestPlatform;
import io.isctl.yaml.KubeYaml;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 13, "Commands that write", run as a user runs them ({@code bin/isctl}, a process per
 * command): {@code --dry-run} on every command that writes computes what the real run would (the
 * registry asked), prints it, and leaves the store folder as it was, to the byte and the folder;
 * {@code delete}'s kubectl flags; and a tag whose import failed says so where the tag is reported.
 */
class WritesIT {
  @RegisterExtension static final LocalRegistry REGISTRY = LocalRegistry.open();

  @TempDir Path dir;
  private Path store;
  private String host;
  private TestImages images;

  @BeforeEach
  void store() {
    store = dir.resolve("store");
    host = REGISTRY.hostPort();
    StoreFiles.markInsecure(store, host);
    images = new TestImages(REGISTRY);
  }

  private CliResult isctl(String... args) {
    return new Launcher(dir)
        .env("ISCTL_STORE", store.toString())
        .env("ISCTL_NAMESPACE", "team")
        .exec(args);
  }

  private CliResult ok(String... args) {
    CliResult result = isctl(args);
    assertThat(result).as(String.join(" ", args)).succeeded();
    return result;
  }

  private static ImageStream parsed(String yaml) {
    return ImageStreamTree.read(KubeYaml.read(yaml.getBytes(StandardCharsets.UTF_8), "stdout"));
  }

  private ImageStream stored(String name) {
    return StoreFiles.stream(store.resolve("team/" + name + ".yaml"));
  }

  private static String image(ImageStream stream, String tag) {
    return stream.status().latest(tag).map(TagEvent::image).orElse("");
  }

  @Test
  void tag_dryRun_asksTheRegistry_printsOcsLineOrTheStream_andWritesNothing() {
    String v1 = images.schema2("team/app", "v1", TestPlatform.LINUX_AMD64, "w1").digest();
    ok("tag", host + "/team/app:v1", "web:v1");
    String v2 = images.schema2("team/app", "v2", TestPlatform.LINUX_AMD64, "w2").digest();
    Map<String, String> before = StoreFiles.tree(store);

    CliResult line = isctl("tag", host + "/team/app:v2", "web:v2", "--dry-run");
    CliResult server =
        isctl("tag", "--dry-run=server", host + "/team/app:v2", "web:v2", "-o", "yaml");
    CliResult client =
        isctl("tag", host + "/team/app:v2", "web:v2", "--dry-run=client", "-o", "name");

    assertThat(line)
        .succeeded()
        .outIs("Tag web:v2 set to " + host + "/team/app:v2 (dry run).\n")
        .errIsEmpty();
    assertThat(server).succeeded().errIsEmpty();
    ImageStream wouldBe = parsed(server.out());
    assertThat(image(wouldBe, "v2")).as("the registry was asked").isEqualTo(v2);
    assertThat(image(wouldBe, "v1")).isEqualTo(v1);
    assertThat(client).succeeded().outIs("imagestream.image.openshift.io/web\n");
    assertThat(StoreFiles.tree(store)).isEqualTo(before);

    CliResult real = isctl("tag", host + "/team/app:v2", "web:v2");
    assertThat(real).succeeded().outIs("Tag web:v2 set to " + host + "/team/app:v2.\n");
    assertThat(image(stored("web"), "v2")).isEqualTo(v2);
  }

  @Test
  void aDryRunIntoAStoreThatDoesNotExist_createsNoFolder() {
    images.schema2("team/app", "v1", TestPlatform.LINUX_AMD64, "w3");
    Path fresh = dir.resolve("fresh");

    CliResult result =
        isctl(
            "--store",
            fresh.toString(),
            "tag",
            "--insecure",
            host + "/team/app:v1",
            "web:v1",
            "--dry-run");

    assertThat(result).succeeded().outIs("Tag web:v1 set to " + host + "/team/app:v1 (dry run).\n");
    assertThat(fresh).doesNotExist();
  }

  @Test
  void tagDelete_setImageLookup_delete_dryRuns_sayWhatTheyWouldDo_andWriteNothing() {
    images.schema2("team/app", "v1", TestPlatform.LINUX_AMD64, "w4");
    ok("tag", host + "/team/app:v1", "web:v1", "api:v1");
    Map<String, String> before = StoreFiles.tree(store);

    assertThat(isctl("tag", "-d", "web:v1", "--dry-run"))
        .succeeded()
        .outIs("Deleted tag team/web:v1 (dry run).\n");
    assertThat(isctl("set", "image-lookup", "web", "--dry-run"))
        .succeeded()
        .outIs("imagestream.image.openshift.io/web image lookup updated (dry run)\n");
    CliResult lookupYaml = isctl("set", "image-lookup", "web", "api", "--dry-run", "-o", "yaml");
    var list = KubeYaml.read(lookupYaml.out().getBytes(StandardCharsets.UTF_8), "stdout");
    assertThat(list.path("kind").asText()).isEqualTo("List");
    assertThat(list.path("items")).hasSize(2);
    assertThat(ImageStreamTree.read(list.path("items").get(0)).spec().lookupLocal()).isTrue();
    assertThat(isctl("delete", "is", "--dry-run", "web"))
        .as("a bare --dry-run takes no value: web is the name")
        .succeeded()
        .outIs("imagestream.image.openshift.io \"web\" deleted (dry run)\n");
    assertThat(isctl("delete", "is", "--all", "--dry-run=server"))
        .succeeded()
        .outIs(
            "imagestream.image.openshift.io \"api\" deleted (server dry run)\n"
                + "imagestream.image.openshift.io \"web\" deleted (server dry run)\n");
    assertThat(StoreFiles.tree(store)).isEqualTo(before);
    assertThat(stored("web").spec().lookupLocal()).isFalse();
  }

  @Test
  void setImageLookupInPlace_dryRun_leavesTheFiles() throws IOException {
    Path manifests = Files.createDirectories(dir.resolve("k8s"));
    String deployment =
        """
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: web
        spec:
          template:
            spec:
              containers:
              - name: web
                image: web:v1
        """;
    Files.writeString(manifests.resolve("web.yaml"), deployment);

    CliResult result =
        isctl("set", "image-lookup", "-f", manifests.toString(), "--in-place", "--dry-run");

    assertThat(result).succeeded().outIs("deployment.apps/web image lookup updated (dry run)\n");
    assertThat(Files.readString(manifests.resolve("web.yaml"))).isEqualTo(deployment);
  }

  @Test
  void importImage_keepsItsBooleanDryRun_andTakesKubectlsModes() {
    String v1 = images.schema2("team/app", "v1", TestPlatform.LINUX_AMD64, "w5").digest();
    ok("import-image", "app:v1", "--from=" + host + "/team/app:v1", "--confirm");
    String moved = images.schema2("team/app", "v1", TestPlatform.LINUX_AMD64, "w6").digest();
    Map<String, String> before = StoreFiles.tree(store);

    CliResult bare = isctl("import-image", "app:v1", "--dry-run");
    CliResult bool = isctl("import-image", "app:v1", "--dry-run=true", "-o", "yaml");
    CliResult server = isctl("import-image", "app:v1", "--dry-run=server");

    assertThat(bare)
        .succeeded()
        .outStartsWith("imagestream.image.openshift.io/app imported (dry run)\n")
        .outContains(moved);
    assertThat(image(parsed(bool.out()), "v1")).isEqualTo(moved);
    assertThat(server)
        .succeeded()
        .outStartsWith("imagestream.image.openshift.io/app imported (server dry run)\n");
    assertThat(StoreFiles.tree(store)).isEqualTo(before);
    assertThat(image(stored("app"), "v1")).isEqualTo(v1);
    assertThat(isctl("import-image", "app:v1", "--dry-run=false"))
        .succeeded()
        .outStartsWith("imagestream.image.openshift.io/app imported\n");
    assertThat(image(stored("app"), "v1")).isEqualTo(moved);
  }

  @Test
  void sync_dryRun_importsWhatIsPending_inMemory_thenTheRealPassDoesTheSame() {
    String v1 = images.schema2("team/app", "v1", TestPlatform.LINUX_AMD64, "w7").digest();
    ok("--offline", "tag", host + "/team/app:v1", "pending:v1");
    Map<String, String> before = StoreFiles.tree(store);

    CliResult dry = isctl("sync", "--dry-run");
    CliResult yaml = isctl("sync", "--dry-run", "-o", "yaml");

    assertThat(dry).succeeded().outIs("team/pending:v1: imported " + v1 + " (dry run)\n");
    assertThat(image(parsed(yaml.out()), "v1")).isEqualTo(v1);
    assertThat(StoreFiles.tree(store)).isEqualTo(before);
    assertThat(isctl("sync")).succeeded().outIs("team/pending:v1: imported " + v1 + "\n");
    assertThat(isctl("sync", "--dry-run")).succeeded().outIsEmpty();
  }

  @Test
  void aDryRunModeThatIsNoMode_isKubectlsUsageError() {
    CliResult result = isctl("delete", "is", "web", "--dry-run=maybe");

    assertThat(result)
        .failedWith(2)
        .outIsEmpty()
        .errIs(
            "error: Invalid dry-run value (maybe). Must be \"none\", \"server\", or \"client\"."
                + " (see 'isctl delete --help')\n");
  }

  @Test
  void delete_asKubectlDeletes_eachNameOnItsOwn_ignoreNotFound_all() {
    images.schema2("team/app", "v1", TestPlatform.LINUX_AMD64, "w8");
    ok("tag", host + "/team/app:v1", "a:v1", "b:v1", "c:v1");

    CliResult someMissing = isctl("delete", "is", "a", "nosuch", "b");
    CliResult ignored = isctl("delete", "is", "nosuch", "c", "--ignore-not-found", "-o", "name");
    CliResult none = isctl("delete", "is", "--all");
    CliResult both = isctl("delete", "is", "a", "--all");
    CliResult neither = isctl("delete", "is");

    assertThat(someMissing)
        .failedWith(1)
        .outIs(
            "imagestream.image.openshift.io \"a\" deleted\n"
                + "imagestream.image.openshift.io \"b\" deleted\n")
        .errIs("error: imagestreams.image.openshift.io \"nosuch\" not found\n");
    assertThat(ignored).succeeded().outIs("imagestream.image.openshift.io/c\n").errIsEmpty();
    assertThat(none).succeeded().outIs("No resources found\n");
    assertThat(both)
        .failedWith(2)
        .errIs(
            "error: name cannot be provided when a selector is specified"
                + " (see 'isctl delete --help')\n");
    assertThat(neither)
        .failedWith(2)
        .errIs(
            "error: resource(s) were provided, but no name, label selector, or --all flag specified"
                + " (see 'isctl delete --help')\n");
    assertThat(StoreFiles.names(store.resolve("team"))).isEmpty();
  }

  @Test
  void deleteBySelector_deletesTheStreamsWhoseLabelsMatch() {
    Path seed = io.isctl.testing.Fixtures.seedStore(dir.resolve("seed"));
    Launcher isctl = new Launcher(dir).env("ISCTL_STORE", seed.toString());

    CliResult dry = isctl.exec("-n", "myproject", "delete", "is", "-l", "build", "--dry-run");
    CliResult none = isctl.exec("-n", "myproject", "delete", "is", "-l", "build=other");
    CliResult selected =
        isctl.exec("-n", "myproject", "delete", "is", "-l", "build in (myimage-internal)");
    CliResult withName = isctl.exec("-n", "myproject", "delete", "is", "web", "-l", "build");
    CliResult withAll = isctl.exec("-n", "myproject", "delete", "is", "--all", "-l", "build");
    CliResult bad = isctl.exec("-n", "myproject", "delete", "is", "-l", "build in (");

    assertThat(dry)
        .succeeded()
        .outIs("imagestream.image.openshift.io \"myimage-internal\" deleted (dry run)\n");
    assertThat(none).succeeded().outIs("No resources found\n");
    assertThat(selected)
        .succeeded()
        .outIs("imagestream.image.openshift.io \"myimage-internal\" deleted\n");
    assertThat(StoreFiles.names(seed.resolve("myproject")))
        .containsExactly(
            "myimage-ref-local.yaml", "myimage-ref-source.yaml", "myimage-reference.yaml");
    assertThat(withName)
        .failedWith(2)
        .errIs(
            "error: name cannot be provided when a selector is specified"
                + " (see 'isctl delete --help')\n");
    assertThat(withAll)
        .failedWith(2)
        .errIs(
            "error: cannot set --all and --selector at the same time (see 'isctl delete --help')\n");
    assertThat(bad).failedWith(2).outIsEmpty().errStartsWith("error: invalid label selector");
  }

  @Test
  void deleteAll_deletesEveryStreamOfTheNamespaceOnly() {
    images.schema2("team/app", "v1", TestPlatform.LINUX_AMD64, "w9");
    ok("tag", host + "/team/app:v1", "a:v1", "b:v1", "other/c:v1");

    assertThat(isctl("delete", "is", "--all"))
        .succeeded()
        .outIs(
            "imagestream.image.openshift.io \"a\" deleted\n"
                + "imagestream.image.openshift.io \"b\" deleted\n");
    assertThat(StoreFiles.names(store.resolve("other"))).containsExactly("c.yaml");
  }

  @Test
  void tagOfAnHttpOnlyRegistryWithoutInsecure_saysTheTagIsSetAndItsImportFailed_inOnePlace()
      throws IOException {
    images.schema2("team/app", "v1", TestPlatform.LINUX_AMD64, "w10");
    Files.delete(store.resolve("config.yaml")); // the registry is no longer insecure

    CliResult tag = isctl("tag", host + "/team/app:v1", "web:v1");
    CliResult importImage = isctl("import-image", "web:v1");

    String why =
        "the repository "
            + host
            + "/team/app is HTTP only and requires the insecure flag to import";
    assertThat(tag)
        .failedWith(1)
        .outIs(
            "Tag web:v1 set to "
                + host
                + "/team/app:v1; the import failed (ImportSuccess=False).\n")
        .errIs("error: tag v1 failed: " + why + "\n");
    assertThat(importImage)
        .failedWith(1)
        .outStartsWith("imagestream.image.openshift.io/web imported with errors\n")
        .errIs("error: tag v1 failed: " + why + "\nerror: imported completed with errors\n");
    ImageStream web = stored("web");
    assertThat(web.spec().tag("v1")).isPresent();
    assertThat(web.status().tag("v1").orElseThrow().conditions())
        .extracting(TagEventCondition::type, TagEventCondition::status)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("ImportSuccess", "False"));
    assertThat(isctl("tag", "--insecure", host + "/team/app:v1", "web:v1"))
        .succeeded()
        .outIs("Tag web:v1 set to " + host + "/team/app:v1.\n");
  }

  @Test
  void anotherTagsFailedImport_isNotSaidOfTheTagWritten_butStillReported() {
    ok("--offline", "tag", host + "/team/nosuch:v1", "web:v1");

    CliResult alias = isctl("tag", "--alias", "web:v1", "web:latest");

    assertThat(alias)
        .failedWith(1)
        .outIs("Tag web:latest set up to track web:v1.\n")
        .errStartsWith("error: tag v1 failed: dockerimage.image.openshift.io \"");
  }
}
