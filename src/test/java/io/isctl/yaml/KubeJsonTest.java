package io.isctl.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Golden tests for {@link KubeJson#write}: each case is the value {@code v} of a document as
 * kubectl v1.32 printed it with {@code -o json} (Go's json.MarshalIndent with four spaces).
 */
class KubeJsonTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  static Stream<Arguments> goldenCases() {
    return Stream.of(
        c("HTML characters are escaped", "\"a<b>&c\"", "\"a\\u003cb\\u003e\\u0026c\""),
        c(
            "control characters use short escapes where Go has them",
            "\"\\b\\f\\n\\r\\t\\u0001\\u001f\"",
            "\"\\b\\f\\n\\r\\t\\u0001\\u001f\""),
        c(
            "line and paragraph separators are escaped",
            "\"a\\u2028b\\u2029c\"",
            "\"a\\u2028b\\u2029c\""),
        c("quotes and backslashes", "\"say \\\"hi\\\" \\\\ bye\"", "\"say \\\"hi\\\" \\\\ bye\""),
        c(
            "non-ASCII and DEL are written as they are",
            "\"\\u00e9\\u4e2d\\ud83d\\ude00\\u007f\"",
            "\"\u00e9\u4e2d\ud83d\ude00\u007f\""),
        c("whole float prints as int", "1.0", "1"),
        c("float exponent from 1e21", "1e21", "1e+21"),
        c("1e20 prints as digits", "1e20", "100000000000000000000"),
        c("negative exponents lose the leading zero", "1e-7", "1e-7"),
        c("1e-6 stays fixed", "0.000001", "0.000001"),
        c("int64 max", "9223372036854775807", "9223372036854775807"),
        c("beyond int64 prints as float64", "18446744073709551615", "18446744073709552000"),
        c(
            "empty object and array",
            "{\"o\":{},\"a\":[]}",
            "{\n        \"a\": [],\n        \"o\": {}\n    }"),
        c(
            "keys in byte order",
            "{\"b\":1,\"B\":2,\"a10\":3,\"a9\":4,\"_\":5,\"\\u00e9\":6,\"z\":7,\"\\ue000\":8,\"\\ud83d\\ude00\":9}",
            "{\n        \"B\": 2,\n        \"_\": 5,\n        \"a10\": 3,\n        \"a9\": 4,\n        \"b\": 1,\n        \"z\": 7,\n        \"\u00e9\": 6,\n        \"\ue000\": 8,\n        \"\ud83d\ude00\": 9\n    }"),
        c(
            "nested",
            "{\"tags\":[{\"name\":\"x\",\"items\":[1,{\"k\":null}]},true]}",
            "{\n        \"tags\": [\n            {\n                \"items\": [\n                    1,\n                    {\n                        \"k\": null\n                    }\n                ],\n                \"name\": \"x\"\n            },\n            true\n        ]\n    }"));
  }

  private static Arguments c(String rule, String json, String expectedValue) {
    return Arguments.of(rule, json, expectedValue);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("goldenCases")
  void writesLikeOc(String rule, String json, String expectedValue) throws Exception {
    ObjectNode doc = JsonNodeFactory.instance.objectNode();
    doc.set("v", JSON.readTree(json));
    assertThat(KubeJson.write(doc)).isEqualTo("{\n    \"v\": " + expectedValue + "\n}\n");
  }

  @Test
  void topLevelEmptyObject() {
    assertThat(KubeJson.write(JsonNodeFactory.instance.objectNode())).isEqualTo("{}\n");
  }

  @Test
  void imageStreamMatchesOc() throws Exception {
    JsonNode stream = JSON.readTree(Fixtures.text("ruby-import-failed.json"));
    assertThat(KubeJson.write(stream)).isEqualTo(Fixtures.text("ruby-import-failed.oc.json"));
  }

  @Test
  void negativeZeroKeepsItsSignAsInGo() throws Exception {
    // encoding/json prints float64 -0 as "-0"; the YAML writer reads that back as int 0.
    ObjectNode doc = JsonNodeFactory.instance.objectNode().put("v", -0.0);
    assertThat(KubeJson.write(doc)).isEqualTo("{\n    \"v\": -0\n}\n");
    assertThat(KubeYaml.write(doc)).isEqualTo("v: 0\n");
  }
}
