package io.isctl.workload;

import static io.isctl.workload.SeedStreams.SOURCE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.isctl.workload.ContainerReport.Status;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Only the image scalars change, in their own style; JSON stays JSON. */
class TextEditsTest {
  @TempDir Path dir;
  WorkloadResolver resolver;

  @org.junit.jupiter.api.BeforeEach
  void streams() {
    resolver = SeedStreams.resolver(dir, "myimage-ref-source");
  }

  WorkloadResolver.FileResult resolve(String text) {
    return resolver.resolve(text, "m.yaml", "myproject");
  }

  static String pod(String imageLine) {
    return "apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  containers:\n  - name: c\n    "
        + imageLine
        + "\n";
  }

  @Test
  void quotingStyles_areKept() {
    assertThat(resolve(pod("image: 'myimage-ref-source:mytag'  # pinned")).text())
        .isEqualTo(pod("image: '" + SOURCE + "'  # pinned"));
    assertThat(resolve(pod("image: \"myimage-ref-source:mytag\"")).text())
        .isEqualTo(pod("image: \"" + SOURCE + "\""));
    assertThat(resolve(pod("image: myimage-ref-source:mytag")).text())
        .isEqualTo(pod("image: " + SOURCE));
  }

  @Test
  void flowMappings_andCrlf_andWideCharacters_keepTheirPlaces() {
    String text =
        "# 🚀 deploy\r\napiVersion: v1\r\nkind: Pod\r\nmetadata: {name: \"é🚀\"}\r\nspec:\r\n"
            + "  containers: [{name: c, image: myimage-ref-source:mytag, args: [\"🚀\"]}]\r\n";
    assertThat(resolve(text).text())
        .isEqualTo(text.replace("image: myimage-ref-source:mytag", "image: " + SOURCE));
  }

  @Test
  void json_staysValidJson_withInsertedKeysQuoted() throws Exception {
    String text =
        """
        {
          "apiVersion": "apps.openshift.io/v1",
          "kind": "DeploymentConfig",
          "metadata": {"name": "dc"},
          "spec": {
            "triggers": [{"type": "ImageChange", "imageChangeParams": {"automatic": true,
              "containerNames": ["app"], "from": {"kind": "ImageStreamTag", "name": "myimage-ref-source:mytag"}}}],
            "template": {"spec": {"containers": [{"name": "app", "image": "x"}, {"name": "b"}]}}
          }
        }
        """;
    String out = resolve(text).text();
    var tree = new ObjectMapper().readTree(out);
    assertThat(tree.at("/spec/triggers/0/imageChangeParams/lastTriggeredImage").asText())
        .isEqualTo(SOURCE);
    assertThat(tree.at("/spec/template/spec/containers/0/image").asText()).isEqualTo(SOURCE);
    assertThat(out).contains("{\"lastTriggeredImage\": \"" + SOURCE + "\", \"automatic\": true,");
  }

  @Test
  void aliasedImage_isNotRewritten_andIsReported() {
    String text =
        """
        apiVersion: v1
        kind: Pod
        metadata:
          name: p
          labels:
            image: &img myimage-ref-source:mytag
        spec:
          containers:
          - name: c
            image: *img
        """;
    var result = resolve(text);
    assertThat(result.text()).isEqualTo(text);
    assertThat(result.containers().get(0).status()).isEqualTo(Status.UNRESOLVED);
    assertThat(result.containers().get(0).reason())
        .contains("would become " + SOURCE)
        .contains("alias");
  }

  @Test
  void imageFromAMergeKey_isNotRewritten_andIsReported() {
    String text =
        """
        apiVersion: v1
        kind: Pod
        metadata:
          name: p
        spec:
          containers:
          - <<: {name: c, image: myimage-ref-source:mytag}
        """;
    var result = resolve(text);
    assertThat(result.text()).isEqualTo(text);
    assertThat(result.containers().get(0).reason()).contains("merge key");
  }

  @Test
  void wrongTypes_areBadWorkloads_namingTheField() {
    assertThatThrownBy(() -> resolve(pod("image: [a]")))
        .isInstanceOf(WorkloadException.class)
        .hasMessage("m.yaml: Pod/p: spec.containers[0].image: must be a string");
    assertThatThrownBy(
            () ->
                resolve("apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec: {containers: 3}\n"))
        .hasMessage("m.yaml: Pod/p: spec.containers: must be a list");
  }

  @Test
  void invalidYaml_namesFileAndLine() {
    assertThatThrownBy(() -> resolve("a: [\n"))
        .isInstanceOf(io.isctl.yaml.YamlException.class)
        .hasMessageStartingWith("m.yaml: line");
  }

  @Test
  void nonObjects_andEmptyDocuments_passThrough() {
    String text = "---\n# nothing\n---\n- just\n- a list\n---\nplain\n...\n";
    var result = resolve(text);
    assertThat(result.text()).isEqualTo(text);
    assertThat(result.containers()).isEmpty();
  }
}
