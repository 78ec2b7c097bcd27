package io.isctl.yaml;

import static java.util.stream.Collectors.joining;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.DoubleNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Golden tests for {@link KubeYaml#write}. Each case is {@code {"v": value}}; the expected text is
 * what kubectl v1.32 (sigs.k8s.io/yaml over goyaml.v2, the code oc uses) printed for it. The case
 * name says which yaml.v2 rule decides the output: resolve.go's types decide between plain and
 * double quotes, libyaml's analyze_scalar between plain, single quotes, double quotes and literal
 * style, and the emitter folds plain and quoted scalars past column 80.
 */
class KubeYamlWriteTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  static Stream<Arguments> goldenCases() {
    return Stream.of(
        c("plain: ordinary text stays plain", "\"plain text\"", "v: plain text\n"),
        c("quote-null: empty string resolves to null: double-quoted", "\"\"", "v: \"\"\n"),
        c("quote-null: ~ resolves to null", "\"~\"", "v: \"~\"\n"),
        c("quote-null: null resolves to null", "\"null\"", "v: \"null\"\n"),
        c("quote-null: NULL resolves to null", "\"NULL\"", "v: \"NULL\"\n"),
        c("quote-bool: true is a bool", "\"true\"", "v: \"true\"\n"),
        c("quote-bool: YAML 1.1 yes is a bool", "\"yes\"", "v: \"yes\"\n"),
        c("quote-bool: YAML 1.1 Y is a bool", "\"Y\"", "v: \"Y\"\n"),
        c("quote-bool: YAML 1.1 n is a bool", "\"n\"", "v: \"n\"\n"),
        c("quote-bool: YAML 1.1 on is a bool", "\"on\"", "v: \"on\"\n"),
        c("quote-bool: YAML 1.1 OFF is a bool", "\"OFF\"", "v: \"OFF\"\n"),
        c("plain: mixed-case tRuE is not in yaml.v2's table", "\"tRuE\"", "v: tRuE\n"),
        c("quote-int: decimal int", "\"123\"", "v: \"123\"\n"),
        c("quote-int: signed int", "\"-1\"", "v: \"-1\"\n"),
        c("quote-int: plus-signed int", "\"+1\"", "v: \"+1\"\n"),
        c("quote-int: hex int", "\"0x1F\"", "v: \"0x1F\"\n"),
        c("quote-int: 0o octal int", "\"0o17\"", "v: \"0o17\"\n"),
        c("quote-int: leading-zero octal int", "\"0777\"", "v: \"0777\"\n"),
        c("quote-int: binary int", "\"0b101\"", "v: \"0b101\"\n"),
        c("quote-int: underscores are dropped before parsing", "\"1_000\"", "v: \"1_000\"\n"),
        c("quote-float: 089 is no octal but matches the float pattern", "\"089\"", "v: \"089\"\n"),
        c("quote-float: exponent without sign", "\"1e3\"", "v: \"1e3\"\n"),
        c("quote-float: decimal float", "\"1.5\"", "v: \"1.5\"\n"),
        c("quote-float: leading point float", "\".5\"", "v: \".5\"\n"),
        c("quote-float: .inf", "\".inf\"", "v: \".inf\"\n"),
        c("quote-float: -.inf", "\"-.inf\"", "v: \"-.inf\"\n"),
        c("quote-float: .nan", "\".nan\"", "v: \".nan\"\n"),
        c("plain: float out of range is a string for yaml.v2", "\"1e999\"", "v: 1e999\n"),
        c("quote-base60: YAML 1.1 base-60 number", "\"1:20\"", "v: \"1:20\"\n"),
        c("quote-base60: base-60 with three parts", "\"12:30:45\"", "v: \"12:30:45\"\n"),
        c(
            "quote-timestamp: RFC 3339 timestamp",
            "\"2019-08-08T17:50:46Z\"",
            "v: \"2019-08-08T17:50:46Z\"\n"),
        c("quote-timestamp: date only", "\"2019-08-08\"", "v: \"2019-08-08\"\n"),
        c(
            "quote-timestamp: date with one-digit month and day",
            "\"2019-8-8\"",
            "v: \"2019-8-8\"\n"),
        c(
            "quote-timestamp: space-separated timestamp",
            "\"2019-08-08 17:50:46\"",
            "v: \"2019-08-08 17:50:46\"\n"),
        c(
            "quote-timestamp: offset and fraction",
            "\"2019-08-08T17:50:46.5+02:00\"",
            "v: \"2019-08-08T17:50:46.5+02:00\"\n"),
        c("plain: February 30th is not a date", "\"2019-02-30\"", "v: 2019-02-30\n"),
        c("plain: merge key text is not resolved (no hint for '<')", "\"<<\"", "v: <<\n"),
        c("single: alias indicator", "\"*\"", "v: '*'\n"),
        c("single: anchor indicator", "\"&a\"", "v: '&a'\n"),
        c("single: tag indicator", "\"!x\"", "v: '!x'\n"),
        c("single: literal indicator", "\"|\"", "v: '|'\n"),
        c("single: folded indicator", "\">\"", "v: '>'\n"),
        c("single: directive indicator", "\"%x\"", "v: '%x'\n"),
        c("single: reserved @", "\"@x\"", "v: '@x'\n"),
        c("single: reserved backquote", "\"`x\"", "v: '`x'\n"),
        c("single: comment at start", "\"#x\"", "v: '#x'\n"),
        c("single: flow sequence start", "\"[x\"", "v: '[x'\n"),
        c("single: flow mapping start", "\"{x\"", "v: '{x'\n"),
        c("single: double quote at start", "\"\\\"x\"", "v: '\"x'\n"),
        c("single: single quotes are doubled", "\"'quoted'\"", "v: '''quoted'''\n"),
        c("single: colon-space at start", "\": x\"", "v: ': x'\n"),
        c("single: dash-space at start", "\"- a\"", "v: '- a'\n"),
        c("single: question-space at start", "\"? x\"", "v: '? x'\n"),
        c("single: colon-space inside", "\"a: b\"", "v: 'a: b'\n"),
        c("single: space-hash inside", "\"a #b\"", "v: 'a #b'\n"),
        c("single: trailing colon", "\"key:\"", "v: 'key:'\n"),
        c("single: leading space", "\" lead\"", "v: ' lead'\n"),
        c("single: trailing space", "\"trail \"", "v: 'trail '\n"),
        c("single: document start marker", "\"---\"", "v: '---'\n"),
        c("single: document end marker", "\"...\"", "v: '...'\n"),
        c("plain: hash without space before it", "\"a#b\"", "v: a#b\n"),
        c("plain: colon without space after it", "\"http://x:80/y\"", "v: http://x:80/y\n"),
        c("plain: dash without space after it", "\"-a\"", "v: -a\n"),
        c("plain: question mark without space after it", "\"?x\"", "v: ?x\n"),
        c("plain: apostrophe inside", "\"it's\"", "v: it's\n"),
        c("double: tab is not printable for libyaml", "\"a\\tb\"", "v: \"a\\tb\"\n"),
        c("double: bell escape", "\"\\u0007\"", "v: \"\\a\"\n"),
        c("double: escape escape", "\"\\u001b\"", "v: \"\\e\"\n"),
        c("double: NUL escape", "\"\\u0000\"", "v: \"\\0\"\n"),
        c("double: carriage return forces double quotes", "\"a\\r\\nb\"", "v: \"a\\r\\nb\"\n"),
        c(
            "double: characters outside the BMP are escaped",
            "\"\\ud83d\\ude00\"",
            "v: \"\\U0001F600\"\n"),
        c(
            "double: a leading BOM escapes every character",
            "\"\\ufeffab\"",
            "v: \"\\uFEFF\\x61\\x62\"\n"),
        c("double: space before a line break", "\"a \\nb\"", "v: \"a \\nb\"\n"),
        c(
            "plain: non-ASCII printable text is written as is",
            "\"\\u00e9 \\u4e2d\\u6587\"",
            "v: \u00e9 \u4e2d\u6587\n"),
        c("plain: no-break space is printable", "\"a\\u00a0b\"", "v: a\u00a0b\n"),
        c("single: line separator is a break: no plain", "\"a\\u2028b\"", "v: 'a\u2028  b'\n"),
        c("literal: newline: literal with strip chomping", "\"a\\nb\"", "v: |-\n  a\n  b\n"),
        c("literal: one trailing newline: clip chomping", "\"a\\n\"", "v: |\n  a\n"),
        c("literal: two trailing newlines: keep chomping", "\"a\\n\\n\"", "v: |+\n  a\n\n"),
        c(
            "literal: only a newline: keep chomping and indentation indicator",
            "\"\\n\"",
            "v: |2+\n\n"),
        c("literal: leading space: indentation indicator", "\" a\\nb\"", "v: |2-\n   a\n  b\n"),
        c("literal: leading newline: indentation indicator", "\"\\na\"", "v: |2-\n\n  a\n"),
        c(
            "literal: space after a break is fine in literal style",
            "\"a\\n b\"",
            "v: |-\n  a\n   b\n"),
        c("literal: empty lines stay empty", "\"a\\n\\nb\\n\"", "v: |\n  a\n\n  b\n"),
        c(
            "fold-plain: plain folds at the first space past column 80",
            "\"This is a long condition message that goes on and on to cross the eighty column limit of yaml.v2 and then some more words follow\"",
            "v: This is a long condition message that goes on and on to cross the eighty column\n  limit of yaml.v2 and then some more words follow\n"),
        c(
            "fold-plain: a run of spaces is never split",
            "\"word word word word word word word word word word word word word word word word  two spaces here tail tail tail tail tail \"",
            "v: 'word word word word word word word word word word word word word word word word  two\n  spaces here tail tail tail tail tail '\n"),
        c(
            "fold-plain: no space, no fold",
            "\"xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\"",
            "v: xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\n"),
        c(
            "fold-single: single-quoted folds too",
            "\"'This is a long condition message that goes on and on to cross the eighty column limit of yaml.v2 and then some more words follow\"",
            "v: '''This is a long condition message that goes on and on to cross the eighty column\n  limit of yaml.v2 and then some more words follow'\n"),
        c(
            "fold-double: double-quoted folds at spaces",
            "\"\\tThis is a long condition message that goes on and on to cross the eighty column limit of yaml.v2 and then some more words follow\"",
            "v: \"\\tThis is a long condition message that goes on and on to cross the eighty column\n  limit of yaml.v2 and then some more words follow\"\n"),
        c(
            "fold-double: a space after the fold point is escaped",
            "\"\\tabcdefghi abcdefghi abcdefghi abcdefghi abcdefghi abcdefghi abcdefghi abcdefghi   next\"",
            "v: \"\\tabcdefghi abcdefghi abcdefghi abcdefghi abcdefghi abcdefghi abcdefghi abcdefghi\n  \\  next\"\n"),
        c("number: int", "1", "v: 1\n"),
        c("number: negative int", "-5", "v: -5\n"),
        c("number: whole float goes through JSON as int", "1.0", "v: 1\n"),
        c("number: float", "1.5", "v: 1.5\n"),
        c("number: float %g uses exponent from 1e21", "1e21", "v: 1e+21\n"),
        c("number: 1e20 is printed by JSON as digits, read back as float", "1e20", "v: 1e+20\n"),
        c("number: small float exponent", "0.000001", "v: 1e-06\n"),
        c("number: 0.0001 stays fixed", "0.0001", "v: 0.0001\n"),
        c("number: six integer digits stay fixed", "123456.7", "v: 123456.7\n"),
        c("number: seven integer digits switch to exponent", "1234567.5", "v: 1.2345675e+06\n"),
        c("number: negative exponent", "1.5e-7", "v: 1.5e-07\n"),
        c("number: int64 max", "9223372036854775807", "v: 9223372036854775807\n"),
        c(
            "number: beyond int64 becomes float64",
            "18446744073709551615",
            "v: 1.8446744073709552e+19\n"),
        c("number: negative zero", "-0.0", "v: 0\n"),
        c("number: true", "true", "v: true\n"),
        c("number: false", "false", "v: false\n"),
        c("number: null", "null", "v: null\n"),
        c("structure: empty map is flow {}", "{}", "v: {}\n"),
        c("structure: empty list is flow []", "[]", "v: []\n"),
        c(
            "structure: list under a key is not indented",
            "{\"tags\":[{\"name\":\"x\",\"items\":[1,2]},\"s\"]}",
            "v:\n  tags:\n  - items:\n    - 1\n    - 2\n    name: x\n  - s\n"),
        c("structure: nested lists", "[[1,[2,3]],[]]", "v:\n- - 1\n  - - 2\n    - 3\n- []\n"),
        c("structure: empty collections as items", "[{},[],null]", "v:\n- {}\n- []\n- null\n"),
        c(
            "structure: nested maps",
            "{\"a\":{\"b\":{\"c\":\"d\"}},\"e\":{}}",
            "v:\n  a:\n    b:\n      c: d\n  e: {}\n"),
        c(
            "structure: long value in a list item folds at indent 2",
            "[\"This is a long condition message that goes on and on to cross the eighty column limit of yaml.v2 and then some more words follow\"]",
            "v:\n- This is a long condition message that goes on and on to cross the eighty column\n  limit of yaml.v2 and then some more words follow\n"),
        c(
            "structure: long value in a nested map folds at the map indent + 2",
            "{\"a\":{\"b\":{\"message\":\"This is a long condition message that goes on and on to cross the eighty column limit of yaml.v2 and then some more words follow\"}}}",
            "v:\n  a:\n    b:\n      message: This is a long condition message that goes on and on to cross the eighty\n        column limit of yaml.v2 and then some more words follow\n"),
        c(
            "keys: natural key order",
            "{\"b\":1,\"a\":2,\"a10\":3,\"a9\":4,\"a_b\":5,\"ab\":6,\"A\":7,\"Z\":8,\"_x\":9,\"10\":10,\"9\":11,\"\u00e9\":12}",
            "v:\n  _x: 9\n  \"9\": 11\n  \"10\": 10\n  A: 7\n  Z: 8\n  a: 2\n  a_b: 5\n  a9: 4\n  a10: 3\n  ab: 6\n  b: 1\n  \u00e9: 12\n"),
        c(
            "keys: more than twelve keys",
            "{\"k20\":20,\"k19\":19,\"k18\":18,\"k17\":17,\"k16\":16,\"k15\":15,\"k14\":14,\"k13\":13,\"k12\":12,\"k11\":11,\"k10\":10,\"k9\":9,\"k8\":8,\"k7\":7,\"k6\":6,\"k5\":5,\"k4\":4,\"k3\":3,\"k2\":2,\"k1\":1}",
            "v:\n  k1: 1\n  k2: 2\n  k3: 3\n  k4: 4\n  k5: 5\n  k6: 6\n  k7: 7\n  k8: 8\n  k9: 9\n  k10: 10\n  k11: 11\n  k12: 12\n  k13: 13\n  k14: 14\n  k15: 15\n  k16: 16\n  k17: 17\n  k18: 18\n  k19: 19\n  k20: 20\n"),
        c(
            "keys: keys that resolve to other types are quoted",
            "{\"y\":1,\"null\":2,\"1\":3,\"\":4,\"a: b\":5,\"*\":6}",
            "v:\n  \"\": 4\n  '*': 6\n  \"1\": 3\n  'a: b': 5\n  \"null\": 2\n  \"y\": 1\n"),
        c(
            "keys: keys over 128 bytes use the explicit ? form",
            "{\"kkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkk\":\"v\",\"kkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkk\":{\"a\":[1]}}",
            "v:\n  ? kkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkk\n  : a:\n    - 1\n  ? kkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkk\n  : v\n"),
        c(
            "keys: multi-line keys use the explicit ? form",
            "{\"a\\nb\":\"v\"}",
            "v:\n  ? |-\n    a\n    b\n  : v\n"),
        c(
            "keys: explicit key with a list value",
            "{\"qqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqq\":[1,2]}",
            "v:\n  ? qqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqq\n  : - 1\n    - 2\n"));
  }

  private static Arguments c(String rule, String json, String expected) {
    return Arguments.of(rule, json, expected);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("goldenCases")
  void writesLikeOc(String rule, String json, String expected) throws Exception {
    ObjectNode doc = JsonNodeFactory.instance.objectNode();
    doc.set("v", JSON.readTree(json));
    assertThat(KubeYaml.write(doc)).isEqualTo(expected);
  }

  @Test
  void topLevelEmptyMapIsFlowStyle() {
    assertThat(KubeYaml.write(JsonNodeFactory.instance.objectNode())).isEqualTo("{}\n");
    assertThat(KubeYaml.write(JsonNodeFactory.instance.arrayNode())).isEqualTo("[]\n");
  }

  @Test
  void topLevelSequenceStartsAtColumnZero() throws Exception {
    assertThat(KubeYaml.write(JSON.readTree("[1, \"a\", {\"b\": [true]}]")))
        .isEqualTo("- 1\n- a\n- b:\n  - true\n");
  }

  @Test
  void topLevelScalarsAndNull() {
    assertThat(KubeYaml.write(TextNode.valueOf("abc"))).isEqualTo("abc\n");
    assertThat(KubeYaml.write(TextNode.valueOf("true"))).isEqualTo("\"true\"\n");
    assertThat(KubeYaml.write(JsonNodeFactory.instance.nullNode())).isEqualTo("null\n");
    assertThat(KubeYaml.write(TextNode.valueOf("a\nb"))).isEqualTo("|-\n  a\n  b\n");
  }

  @Test
  void topLevelScalarFoldsAtIndentTwo() {
    // A root scalar's continuation indent is libyaml's best_indent (2).
    String text = "word ".repeat(17) + "end";
    assertThat(KubeYaml.write(TextNode.valueOf(text)))
        .isEqualTo("word ".repeat(16) + "word\n  end\n");
  }

  @Test
  void unpairedSurrogatesBecomeReplacementCharacters() {
    ObjectNode doc = JsonNodeFactory.instance.objectNode().put("v", "a\uD800b");
    assertThat(KubeYaml.write(doc)).isEqualTo("v: a\uFFFDb\n");
  }

  @Test
  void notANumberCannotBeWritten() {
    ObjectNode doc = JsonNodeFactory.instance.objectNode();
    doc.set("v", DoubleNode.valueOf(Double.NaN));
    assertThatThrownBy(() -> KubeYaml.write(doc)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void imageStreamWithFailedImportMatchesOc() throws Exception {
    JsonNode stream = JSON.readTree(Fixtures.text("ruby-import-failed.json"));
    assertThat(KubeYaml.write(stream)).isEqualTo(Fixtures.text("ruby-import-failed.yaml"));
  }

  @Test
  void longConditionMessageFoldsInsideTheSequenceItem() throws Exception {
    JsonNode stream = JSON.readTree(Fixtures.text("ruby-import-failed.json"));
    assertThat(KubeYaml.write(stream))
        .contains(
            ""
                + "      message: 'Internal error occurred: docker.io/library/ruby:9.9-missing: manifest\n"
                + "        unknown: manifest unknown: the requested image tag was not found in the repository,\n"
                + "        check the tag and try again'\n");
  }

  /**
   * yaml.v2's key order is not transitive: here {@code "32" < 70a < … < 8a < "32"} is a cycle, so
   * Go's sort.Sort answers by the order it is handed the keys, and that is the random order of a Go
   * map (sigs.k8s.io/yaml reads the JSON into one): a rotation of the JSON order for a map this
   * small. The five texts are every output kubectl v1.32.4 (go1.23.8) printed in 60 runs of {@code
   * kubectl create configmap t --from-literal=2-=v … --dry-run=client -o yaml}, which match the
   * five rotations; the input is its {@code -o json}, map keys sorted as encoding/json sorts them.
   * A plain sort of these keys (List.sort) gives {@code 2-, 6_8, 7ba, 8a, 32, 70a, 80a}, which
   * kubectl never prints; GoSort replaying Go's algorithm gives the first text.
   */
  @Test
  void keysInACycle_printInAnOrderKubectlPrints() throws Exception {
    JsonNode configMap =
        JSON.readTree(
            """
            {"kind": "ConfigMap", "apiVersion": "v1",
             "metadata": {"name": "t", "creationTimestamp": null},
             "data": {"2-": "v", "32": "v", "6_8": "v", "70a": "v", "7ba": "v", "80a": "v",
                      "8a": "v"}}
            """);
    String head = "apiVersion: v1\ndata:\n  2-: v\n  \"6_8\": v\n";
    String tail = "kind: ConfigMap\nmetadata:\n  creationTimestamp: null\n  name: t\n";
    List<String> kubectlPrinted =
        Stream.of(
                List.of("\"32\"", "70a", "7ba", "80a", "8a"),
                List.of("70a", "7ba", "80a", "8a", "\"32\""),
                List.of("7ba", "80a", "8a", "\"32\"", "70a"),
                List.of("80a", "8a", "\"32\"", "70a", "7ba"),
                List.of("8a", "\"32\"", "70a", "7ba", "80a"))
            .map(
                keys -> head + keys.stream().map(k -> "  " + k + ": v\n").collect(joining()) + tail)
            .toList();

    assertThat(KubeYaml.write(configMap)).isIn(kubectlPrinted);
  }
}
