package io.isctl.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** ImageStreams as oc prints them read back and write out to the same text. */
class KubeYamlRoundTripTest {
  @ParameterizedTest
  @ValueSource(
      strings = {
        "myimage-ref-source.yaml",
        "myimage-reference.yaml",
        "myimage-internal.yaml",
        "ruby-import-failed.yaml"
      })
  void yamlRoundTripsByteForByte(String fixture) {
    String text = Fixtures.text(fixture);
    JsonNode stream = KubeYaml.read(Fixtures.bytes(fixture), fixture);
    assertThat(KubeYaml.write(stream)).isEqualTo(text);
  }

  @ParameterizedTest
  @ValueSource(strings = {"ruby-import-failed"})
  void yamlReadsToTheSameJsonAsOc(String fixture) {
    JsonNode stream = KubeYaml.read(Fixtures.text(fixture + ".yaml"), fixture);
    assertThat(KubeJson.write(stream)).isEqualTo(Fixtures.text(fixture + ".oc.json"));
  }
}
