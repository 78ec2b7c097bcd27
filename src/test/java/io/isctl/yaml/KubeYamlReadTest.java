package io.isctl.yaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.assertj.core.api.AbstractThrowableAssert;
import org.junit.jupiter.api.Test;

/**
 * {@link KubeYaml#read}: Kubernetes' scalar typing, and one-line errors for bad or hostile input.
 */
class KubeYamlReadTest {
  private static final String SOURCE = "imagestreams/myproject/x.yaml";

  private static AbstractThrowableAssert<?, ? extends Throwable> assertReadFails(String yaml) {
    return assertThatThrownBy(() -> KubeYaml.read(yaml, SOURCE))
        .isInstanceOf(YamlException.class)
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n").startsWith(SOURCE + ": "));
  }

  @Test
  void typesScalarsAsKubernetesDoes() {
    // The expected JSON is what kubectl v1.32 made of the same file.
    JsonNode doc = KubeYaml.read(Fixtures.text("scalar-types.yaml"), "scalar-types.yaml");
    assertThat(KubeJson.write(doc)).isEqualTo(Fixtures.text("scalar-types.oc.json"));
  }

  @Test
  void unquotedTimestampStaysText() {
    JsonNode doc = KubeYaml.read("created: 2019-08-08T17:50:46Z\nday: 2019-8-8\n", SOURCE);
    assertThat(doc.get("created").isTextual()).isTrue();
    assertThat(doc.get("created").textValue()).isEqualTo("2019-08-08T17:50:46Z");
    assertThat(doc.get("day").textValue()).isEqualTo("2019-8-8");
  }

  @Test
  void yaml11WordsAndNumbers() {
    JsonNode doc =
        KubeYaml.read("a: yes\nb: 'yes'\nc: 0x10\nd: \"0x10\"\ne: 1.0\nf: 2.5\ng:\n", SOURCE);
    assertThat(doc.get("a").booleanValue()).isTrue();
    assertThat(doc.get("b").textValue()).isEqualTo("yes");
    assertThat(doc.get("c").intValue()).isEqualTo(16);
    assertThat(doc.get("d").textValue()).isEqualTo("0x10");
    assertThat(doc.get("e").isIntegralNumber()).isTrue();
    assertThat(doc.get("f").doubleValue()).isEqualTo(2.5);
    assertThat(doc.get("g").isNull()).isTrue();
  }

  @Test
  void duplicateKeyIsNamedWithItsPosition() {
    assertReadFails("metadata:\n  name: a\n  name: b\n")
        .hasMessage(SOURCE + ": line 3, column 3: duplicate key \"name\"");
  }

  @Test
  void badIndentation() {
    assertReadFails("a:\n  b: 1\n c: 2\n").hasMessageStartingWith(SOURCE + ": line 3, column 2: ");
  }

  @Test
  void tabIndentation() {
    assertReadFails("a:\n\tb: 1\n")
        .hasMessageStartingWith(SOURCE + ": line 2, column 1: ")
        .hasMessageContaining("TAB");
  }

  @Test
  void unterminatedQuote() {
    assertReadFails("a: \"abc\n").hasMessageContaining("line 2");
  }

  @Test
  void billionLaughsFailsFast() {
    StringBuilder bomb =
        new StringBuilder(
            "a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
    for (char c = 'b'; c <= 'j'; c++) {
      String prev = "*" + (char) (c - 1);
      bomb.append(c)
          .append(": &")
          .append(c)
          .append(" [")
          .append(String.join(",", List.of(prev, prev, prev, prev, prev, prev, prev, prev, prev)))
          .append("]\n");
    }
    assertTimeoutPreemptively(
        Duration.ofSeconds(5),
        () -> assertReadFails(bomb.toString()).hasMessageContaining("alias"));
  }

  @Test
  void aliasesExpandToIndependentCopies() {
    ObjectNode doc =
        (ObjectNode) KubeYaml.read("a: &x {k: [1]}\nb: *x\nc: &s text\nd: *s\n", SOURCE);
    assertThat(doc.get("b")).isEqualTo(doc.get("a"));
    ((ObjectNode) doc.get("b")).put("k", 2);
    assertThat(doc.get("a").get("k").get(0).intValue()).isEqualTo(1);
    assertThat(doc.get("d").textValue()).isEqualTo("text");
  }

  @Test
  void unknownOrSelfReferencingAlias() {
    assertReadFails("a: *x\n")
        .hasMessage(SOURCE + ": line 1, column 4: unknown anchor 'x' referenced");
    assertReadFails("a: &a [*a]\n").hasMessageContaining("unknown anchor 'a'");
  }

  @Test
  void mergeKeysFollowYamlV2Order() {
    // Later entries win, merged or not; in a list of maps the first map wins.
    JsonNode doc =
        KubeYaml.read(
            ""
                + "base: &b {p: 1, q: 2}\n"
                + "m1: {<<: *b, q: 3}\n"
                + "m2: {q: 3, <<: *b}\n"
                + "m3: {<<: [{w: 1}, {w: 2, v: 3}]}\n",
            SOURCE);
    assertThat(doc.get("m1").toString()).isEqualTo("{\"p\":1,\"q\":3}");
    assertThat(doc.get("m2").toString()).isEqualTo("{\"q\":2,\"p\":1}");
    assertThat(doc.get("m3").toString()).isEqualTo("{\"w\":1,\"v\":3}");
    assertReadFails("a: {<<: 1}\n").hasMessageContaining("map merge requires");
  }

  @Test
  void deepFlowNestingIsRefused() {
    assertReadFails("[".repeat(10_000) + "]".repeat(10_000))
        .hasMessage(SOURCE + ": line 1, column 101: nesting is deeper than 100 levels");
  }

  @Test
  void deepBlockNestingIsRefused() {
    assertReadFails("- ".repeat(10_000) + "x\n")
        .hasMessageContaining("nesting is deeper than 100 levels");
  }

  @Test
  void hundredLevelsAreFine() {
    JsonNode doc = KubeYaml.read("[".repeat(100) + "]".repeat(100), SOURCE);
    assertThat(doc.isArray()).isTrue();
  }

  @Test
  void oversizedInputFailsBeforeParsing() {
    String big = "a: " + "x".repeat(YamlTreeReader.MAX_CODE_POINTS) + "\n";
    assertTimeoutPreemptively(
        Duration.ofSeconds(2),
        () ->
            assertReadFails(big)
                .hasMessage(SOURCE + ": document exceeds the limit of 8388608 code points"));
  }

  @Test
  void badUtf8IsReportedWithPosition() {
    byte[] bytes = {'a', ':', '\n', ' ', 'b', ':', ' ', 'x', (byte) 0xFF, '\n'};
    assertThatThrownBy(() -> KubeYaml.read(bytes, "f.yaml"))
        .isInstanceOf(YamlException.class)
        .hasMessage("f.yaml: line 2, column 6: invalid UTF-8 byte 0xFF at offset 8");
  }

  @Test
  void utf8BytesWithBomAreRead() {
    byte[] bytes = "\uFEFFname: café\n".getBytes(StandardCharsets.UTF_8);
    assertThat(KubeYaml.read(bytes, "f.yaml").get("name").textValue()).isEqualTo("café");
  }

  @Test
  void controlCharactersAreRefused() {
    assertReadFails("a: b\u0007c\n")
        .hasMessage(SOURCE + ": line 1, column 5: special character U+0007 is not allowed");
  }

  @Test
  void valuesJsonCannotHoldAreRefused() {
    assertReadFails("a: .inf\n")
        .hasMessage(SOURCE + ": line 1, column 4: .inf cannot be represented in JSON");
    assertReadFails("a: !!binary aGVsbG8=\n").hasMessageContaining("!!binary");
    assertReadFails("a: !!int abc\n").hasMessageContaining("cannot decode !!str `abc` as a !!int");
    assertReadFails("~: a\n").hasMessageContaining("unsupported map key: null");
    assertReadFails("? [a]\n: b\n").hasMessageContaining("mapping keys must be scalars");
  }

  @Test
  void emptyInput() {
    assertThat(KubeYaml.readAll("", SOURCE)).isEmpty();
    assertThat(KubeYaml.readAll("# just a comment\n", SOURCE)).isEmpty();
    assertThatThrownBy(() -> KubeYaml.read("", SOURCE))
        .isInstanceOf(YamlException.class)
        .hasMessage(SOURCE + ": no YAML document found");
  }

  @Test
  void readAllSkipsEmptyAndNullDocuments() {
    List<JsonNode> docs = KubeYaml.readAll("a: 1\n---\n---\nnull\n---\nb: 2\n...\n", SOURCE);
    assertThat(docs).extracting(JsonNode::toString).containsExactly("{\"a\":1}", "{\"b\":2}");
  }

  @Test
  void readWantsExactlyOneDocument() {
    assertThatThrownBy(() -> KubeYaml.read("a: 1\n---\nb: 2\n", SOURCE))
        .isInstanceOf(YamlException.class)
        .hasMessage(SOURCE + ": expected one YAML document, found 2");
  }

  @Test
  void anchorsDoNotCrossDocuments() {
    assertThatThrownBy(() -> KubeYaml.readAll("a: &x 1\n---\nb: *x\n", SOURCE))
        .isInstanceOf(YamlException.class)
        .hasMessage(SOURCE + ": line 3, column 4: unknown anchor 'x' referenced");
  }
}
