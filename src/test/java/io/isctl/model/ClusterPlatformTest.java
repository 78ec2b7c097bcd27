package io.isctl.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.isctl.yaml.KubeYaml;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The cluster's platform in config.yaml: the Node the API server runs on, as {@code oc get node -o
 * yaml} prints it; and {@code --platform}'s {@code os/arch[/variant]}.
 */
class ClusterPlatformTest {

  private static Platform platform(String yaml) {
    return ClusterConfigTree.read(KubeYaml.readAll(yaml.getBytes(StandardCharsets.UTF_8), "config"))
        .platform();
  }

  @Test
  void noNode_isLinuxAmd64() {
    assertThat(
            platform(
                "apiVersion: config.openshift.io/v1\nkind: Image\nmetadata: {name: cluster}\n"))
        .isEqualTo(Platform.LINUX_AMD64);
  }

  @Test
  void aNodesLabels_nameItsPlatform() {
    assertThat(
            platform(
                """
                apiVersion: v1
                kind: Node
                metadata:
                  name: n
                  labels: {kubernetes.io/os: linux, kubernetes.io/arch: s390x}
                status:
                  nodeInfo: {architecture: amd64, operatingSystem: linux}
                """))
        .isEqualTo(new Platform("linux", "s390x", ""));
  }

  @Test
  void withoutLabels_whatItsKubeletReported() {
    assertThat(
            platform(
                """
                apiVersion: v1
                kind: Node
                metadata: {name: n}
                status:
                  nodeInfo: {architecture: ppc64le, operatingSystem: linux}
                """))
        .isEqualTo(new Platform("linux", "ppc64le", ""));
  }

  @Test
  void theControlPlaneNode_winsOverWorkers_inAListOrApart() {
    String worker =
        """
        apiVersion: v1
        kind: Node
        metadata:
          name: worker
          labels: {kubernetes.io/arch: amd64, node-role.kubernetes.io/worker: ""}
        """;
    String controlPlane =
        """
        apiVersion: v1
        kind: Node
        metadata:
          name: cp
          labels: {kubernetes.io/arch: arm64, node-role.kubernetes.io/control-plane: ""}
        """;
    assertThat(platform(worker + "---\n" + controlPlane))
        .isEqualTo(new Platform("linux", "arm64", ""));
    assertThat(platform(controlPlane + "---\n" + worker))
        .isEqualTo(new Platform("linux", "arm64", ""));
    String list =
        "apiVersion: v1\nkind: List\nitems:\n"
            + ("- " + worker.replace("\n", "\n  ")).stripTrailing()
            + "\n"
            + ("- " + controlPlane.replace("\n", "\n  ")).stripTrailing()
            + "\n";
    assertThat(platform(list)).isEqualTo(new Platform("linux", "arm64", ""));
  }

  @Test
  void aLabelThatIsNoPlatform_isRefusedNamingTheDocument() {
    assertThatThrownBy(
            () ->
                platform(
                    "apiVersion: v1\nkind: Node\nmetadata:\n  name: n\n  labels: {kubernetes.io/arch: \"ARM 64\"}\n"))
        .isInstanceOf(ResourceFormatException.class)
        .hasMessageContaining("document 1")
        .hasMessageContaining("linux/ARM 64");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "linux/arm64|linux|arm64|",
        "linux/arm/v7|linux|arm|v7",
        "windows/amd64|windows|amd64|",
      })
  void platformOption_osArchVariant(String text, String os, String arch, String variant) {
    assertThat(Platform.parse(text))
        .contains(new Platform(os, arch, variant == null ? "" : variant));
    assertThat(Platform.parse(text).orElseThrow()).hasToString(text);
  }

  @ParameterizedTest(name = "\"{0}\"")
  @CsvSource(
      delimiter = '|',
      value = {"arm64", "linux/", "/arm64", "linux/arm/v7/x", "Linux/AMD64", "linux/arm 64", "''"})
  void platformOption_refusesWhatIsNoPlatform(String text) {
    assertThat(Platform.parse(text)).isEqualTo(Optional.empty());
  }
}
