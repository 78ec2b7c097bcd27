package io.isctl.apiserver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.isctl.model.Image;
import io.isctl.model.ImageLayer;
import io.isctl.model.ImageTree;
import io.isctl.yaml.KubeYaml;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The dockerImageMetadata the server derives from a config blob, field by field. */
class DockerImageMetadataTest {
  static final String CONFIG_DIGEST = "sha256:" + "c".repeat(64);
  static final ImageLayer A =
      new ImageLayer(
          "sha256:" + "a".repeat(64), 100, "application/vnd.oci.image.layer.v1.tar+gzip");
  static final ImageLayer B =
      new ImageLayer("sha256:" + "b".repeat(64), 20, "application/vnd.oci.image.layer.v1.tar+gzip");

  private static ObjectNode metadata(String config, List<ImageLayer> layers) {
    return DockerImageMetadata.fromConfig(
        config.getBytes(StandardCharsets.UTF_8), CONFIG_DIGEST, layers);
  }

  @Test
  void dockerSchema2Config_isRenamedToDockerFields_withTheConfigDigestAsId() {
    String config =
        """
        {"architecture":"amd64","os":"linux","author":"me","created":"2024-03-04T05:06:07.5-01:00",
         "container":"abc","docker_version":"24.0.7","comment":"c","parent":"sha256:p","id":"ignored","size":7,
         "config":{"Env":["A=1",null],"Cmd":["run"],"Entrypoint":[],"Labels":{"k":"v"},"ExposedPorts":{"80/tcp":{}},
                   "Volumes":{"/data":{}},"Memory":0,"Tty":true,"Hostname":""},
         "container_config":{"Cmd":["/bin/sh"]}}""";

    ObjectNode node = metadata(config, List.of(A));

    assertThat(node.toString())
        .isEqualTo(
            "{\"Id\":\""
                + CONFIG_DIGEST
                + "\",\"Parent\":\"sha256:p\",\"Comment\":\"c\","
                + "\"Created\":\"2024-03-04T06:06:07Z\",\"Container\":\"abc\",\"ContainerConfig\":{\"Cmd\":[\"/bin/sh\"]},"
                + "\"DockerVersion\":\"24.0.7\",\"Author\":\"me\",\"Config\":{\"Tty\":true,\"Env\":[\"A=1\",\"\"],"
                + "\"Cmd\":[\"run\"],\"ExposedPorts\":{\"80/tcp\":{}},\"Volumes\":{\"/data\":{}},\"Labels\":{\"k\":\"v\"}},"
                + "\"Architecture\":\"amd64\",\"Size\":"
                + (config.length() + 100)
                + ",\"apiVersion\":\"image.openshift.io/1.0\",\"kind\":\"DockerImage\"}");
  }

  @Test
  void minimalOciConfig_hasAnEmptyContainerConfig_aNullCreated_andNoConfig() {
    ObjectNode node = metadata("{\"architecture\":\"arm64\",\"os\":\"linux\"}", List.of());

    assertThat(node.toString())
        .isEqualTo(
            "{\"Id\":\""
                + CONFIG_DIGEST
                + "\",\"Created\":null,\"ContainerConfig\":{},"
                + "\"Architecture\":\"arm64\",\"Size\":37,\"apiVersion\":\"image.openshift.io/1.0\",\"kind\":\"DockerImage\"}");
  }

  @Test
  void size_countsTheConfigAndEachDistinctLayerOnce() {
    assertThat(DockerImageMetadata.size(10, CONFIG_DIGEST, List.of(A, B, A))).isEqualTo(130);
    ImageLayer configAsLayer = new ImageLayer(CONFIG_DIGEST, 999, "x");
    assertThat(DockerImageMetadata.size(10, CONFIG_DIGEST, List.of(configAsLayer, B)))
        .isEqualTo(30);
  }

  @Test
  void keysMatchIgnoringCase_asGoDoes_andTheLastOneWins() {
    ObjectNode node =
        metadata(
            "{\"Architecture\":\"s390x\",\"CONFIG\":{\"user\":\"1\",\"User\":\"2\"}}", List.of());

    assertThat(node.path("Architecture").asText()).isEqualTo("s390x");
    assertThat(node.path("Config").path("User").asText()).isEqualTo("2");
  }

  @Test
  void goZeroTime_isNull() {
    assertThat(
            metadata("{\"created\":\"0001-01-01T00:00:00Z\"}", List.of()).path("Created").isNull())
        .isTrue();
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @ValueSource(
      strings = {
        "[]",
        "{\"created\":\"yesterday\"}",
        "{\"created\":\"2024-03-04T05:06Z\"}",
        "{\"config\":{\"Env\":\"A=1\"}}",
        "{\"config\":{\"Env\":[1]}}",
        "{\"config\":{\"Memory\":1.5}}",
        "{\"config\":{\"Tty\":\"yes\"}}",
        "{\"config\":{\"Labels\":{\"k\":1}}}",
        "{\"config\":{\"ExposedPorts\":{\"80/tcp\":\"open\"}}}",
        "{\"container_config\":[]}",
        "{\"size\":\"big\"}",
        "{\"architecture\":\"amd64\"",
        ""
      })
  void whatGoCannotUnmarshal_isAnImageConfigError(String config) {
    assertThatThrownBy(() -> metadata(config, List.of()))
        .isInstanceOf(ImageConfigException.class)
        .hasMessageStartingWith("failed to parse dockerImageConfig: ")
        .hasMessageNotContaining("\n");
  }

  @Test
  void aHugeLabelMap_isKept_andItsImageStillReadsBackFromYaml() {
    StringBuilder labels = new StringBuilder();
    for (int i = 0; i < 50_000; i++) {
      labels
          .append(i == 0 ? "" : ",")
          .append("\"label.")
          .append(i)
          .append("\":\"")
          .append("v".repeat(40))
          .append('"');
    }
    String config = "{\"config\":{\"Labels\":{" + labels + "}}}";

    ObjectNode node = metadata(config, List.of());
    Image image =
        ImportedImages.single(
            "sha256:" + "d".repeat(64),
            "application/vnd.oci.image.manifest.v1+json",
            "quay.io/a/b@sha256:" + "d".repeat(64),
            CONFIG_DIGEST,
            config.getBytes(StandardCharsets.UTF_8),
            List.of(),
            "2026-01-01T00:00:00Z");

    assertThat(node.path("Config").path("Labels")).hasSize(50_000);
    String yaml = KubeYaml.write(ImageTree.write(image));
    assertThat(yaml.length()).isLessThan(KubeYaml.MAX_CODE_POINTS);
    Image readBack = ImageTree.read(KubeYaml.read(yaml, "image.yaml"));
    assertThat(readBack.dockerImageMetadata().path("Config").path("Labels").size())
        .isEqualTo(50_000);
    assertThat(KubeYaml.write(ImageTree.write(readBack)).equals(yaml))
        .as("the same YAML after a round trip")
        .isTrue();
  }
}
