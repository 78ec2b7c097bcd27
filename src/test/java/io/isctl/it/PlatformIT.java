package io.isctl.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.isctl.model.TagEvent;
import io.isctl.testing.CliResult;
import io.isctl.testing.Launcher;
import io.isctl.testing.LocalRegistry;
import io.isctl.testing.PushedImage;
import io.isctl.testing.StoreFiles;
import io.isctl.testing.TestImages;
import io.isctl.testing.TestPlatform;
import io.isctl.testing.TestUser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 13, "Registries and platforms", run as a user runs them ({@code bin/isctl}): a Legacy
 * import of a manifest list picks the platform of the cluster's control-plane Node in config.yaml,
 * {@code --platform} picks another for one command, {@code describe} shows the platform the tag
 * got; and podman's {@code --authfile} is {@code --registry-config}.
 */
class PlatformIT {
  @RegisterExtension static final LocalRegistry REGISTRY = LocalRegistry.open();

  @RegisterExtension
  static final LocalRegistry PRIVATE_REGISTRY = LocalRegistry.basicAuth(TestUser.ALICE);

  /** As {@code oc get nodes -o yaml} lists them: a worker first, then the control plane. */
  private static final String NODES =
      """
      ---
      apiVersion: v1
      kind: List
      items:
      - apiVersion: v1
        kind: Node
        metadata:
          name: worker-0
          labels:
            kubernetes.io/arch: amd64
            kubernetes.io/os: linux
            node-role.kubernetes.io/worker: ""
      - apiVersion: v1
        kind: Node
        metadata:
          name: master-0
          labels:
            kubernetes.io/arch: arm64
            kubernetes.io/os: linux
            node-role.kubernetes.io/master: ""
        status:
          nodeInfo:
            architecture: arm64
            operatingSystem: linux
      """;

  @TempDir Path dir;
  private Path store;
  private String host;
  private PushedImage list;

  @BeforeEach
  void armCluster() throws IOException {
    store = dir.resolve("store");
    host = REGISTRY.hostPort();
    StoreFiles.markInsecure(store, host);
    Files.writeString(
        store.resolve("config.yaml"), Files.readString(store.resolve("config.yaml")) + NODES);
    list = new TestImages(REGISTRY).dockerManifestList("team/multi", "1", "platform-it");
  }

  private CliResult isctl(String... args) {
    return new Launcher(dir)
        .env("ISCTL_STORE", store.toString())
        .env("ISCTL_NAMESPACE", "team")
        .exec(args);
  }

  private String image(String stream, String tag) {
    return StoreFiles.stream(store.resolve("team/" + stream + ".yaml"))
        .status()
        .latest(tag)
        .map(TagEvent::image)
        .orElse("");
  }

  @Test
  void aLegacyImportOfAList_picksTheControlPlanesPlatform_andDescribeShowsIt() {
    CliResult tag = isctl("tag", host + "/team/multi:1", "web:1");
    CliResult describe = isctl("describe", "is", "web");

    assertThat(tag).succeeded();
    assertThat(image("web", "1")).isEqualTo(list.child("arm64").digest());
    assertThat(describe).succeeded().outContains("\n1\n", "  Platform: arm64\n");
  }

  @Test
  void platform_choosesAnotherForOneCommand_tagAndImportImage() {
    CliResult amd64 = isctl("tag", "--platform=linux/amd64", host + "/team/multi:1", "web:amd64");
    CliResult arm64 =
        isctl(
            "import-image",
            "app:1",
            "--from=" + host + "/team/multi:1",
            "--confirm",
            "--platform",
            "linux/arm64/v8");
    CliResult cluster = isctl("tag", host + "/team/multi:1", "web:cluster");

    assertThat(amd64).succeeded();
    assertThat(image("web", "amd64")).isEqualTo(list.child("amd64").digest());
    assertThat(arm64).succeeded().outContains("Platform: arm64");
    assertThat(image("app", "1")).isEqualTo(list.child("arm64").digest());
    assertThat(cluster).succeeded();
    assertThat(image("web", "cluster"))
        .as("the next command imports as the cluster again")
        .isEqualTo(list.child("arm64").digest());
  }

  @Test
  void aPreserveOriginalTag_showsEveryPlatformOfItsList() {
    isctl("tag", "--import-mode=PreserveOriginal", host + "/team/multi:1", "web:all");

    assertThat(isctl("describe", "is", "web"))
        .succeeded()
        .outContains("  Platform: linux/amd64, linux/arm64/v8\n");
  }

  @Test
  void aPlatformThatIsNoPlatform_isAUsageError_andNothingIsWritten() {
    CliResult result = isctl("tag", "--platform=arm64", host + "/team/multi:1", "web:1");

    assertThat(result)
        .failedWith(2)
        .outIsEmpty()
        .errIs(
            "error: invalid --platform \"arm64\": expected os/arch[/variant], such as linux/arm64"
                + " or linux/arm/v7 (see 'isctl tag --help')\n");
    assertThat(store.resolve("team")).doesNotExist();
  }

  @Test
  void authfile_isRegistryConfig_underPodmansName() throws IOException {
    String digest =
        new TestImages(PRIVATE_REGISTRY)
            .schema2("team/private", "v1", TestPlatform.LINUX_AMD64, "auth")
            .digest();
    StoreFiles.markInsecure(store, PRIVATE_REGISTRY.hostPort());
    String pair = TestUser.ALICE.username() + ":" + TestUser.ALICE.password();
    Path auth = dir.resolve("auth.json");
    Files.writeString(
        auth,
        "{\"auths\":{\""
            + PRIVATE_REGISTRY.hostPort()
            + "\":{\"auth\":\""
            + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8))
            + "\"}}}");
    Files.writeString(dir.resolve("empty.json"), "{}");
    String source = PRIVATE_REGISTRY.hostPort() + "/team/private:v1";

    CliResult without =
        isctl("--registry-config", dir.resolve("empty.json").toString(), "tag", source, "web:none");
    CliResult authfile = isctl("--authfile", auth.toString(), "tag", source, "web:v1");
    CliResult both =
        isctl(
            "--authfile",
            auth.toString(),
            "--registry-config",
            dir.resolve("empty.json").toString(),
            "tag",
            source,
            "web:both");

    assertThat(without).failedWith(1).errContains("you may not have access");
    assertThat(authfile).succeeded();
    assertThat(image("web", "v1")).isEqualTo(digest);
    assertThat(both)
        .failedWith(2)
        .errStartsWith("error: --registry-config and --authfile name two files; give one of them");
    assertThat(isctl("tag", "--help").out())
        .contains("--authfile=FILE", "$REGISTRY_AUTH_FILE", "XDG_RUNTIME_DIR");
  }
}
