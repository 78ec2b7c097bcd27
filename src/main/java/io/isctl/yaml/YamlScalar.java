package io.isctl.yaml;

import com.fasterxml.jackson.databind.JsonNode;
import io.isctl.go.GoText;

/** A scalar on its way out: its text, the style the encoder asks for, and what the text allows. */
record YamlScalar(String text, ScalarStyle requested, ScalarAnalysis analysis) {
  /** libyaml writes a key as a simple (implicit) key only up to this many bytes. */
  private static final int MAX_SIMPLE_KEY_BYTES = 128;

  static YamlScalar ofString(String text) {
    return new YamlScalar(text, ScalarStyle.requestedFor(text), ScalarAnalysis.of(text));
  }

  /** Null, booleans and numbers: always written plain. */
  static YamlScalar ofValue(JsonNode node) {
    String text;
    if (node.isNull()) {
      text = "null";
    } else if (node.isBoolean()) {
      text = node.booleanValue() ? "true" : "false";
    } else if (node.isNumber()) {
      text = NumberText.yaml(node);
    } else if (node.isTextual() || node.isBinary()) {
      // Binary nodes reach oc as base64 strings, as Go's []byte does.
      return ofString(GoText.toValidUtf8(node.asText()));
    } else {
      throw new IllegalArgumentException("cannot write a " + node.getNodeType() + " node as YAML");
    }
    return new YamlScalar(text, ScalarStyle.PLAIN, ScalarAnalysis.of(text));
  }

  /** Whether the key fits on the line before ":" ({@code yaml_emitter_check_simple_key}). */
  boolean fitsSimpleKey() {
    return !analysis.multiline() && GoText.utf8Length(text) <= MAX_SIMPLE_KEY_BYTES;
  }

  ScalarStyle style(boolean simpleKey) {
    return requested.settle(analysis, text.isEmpty(), simpleKey);
  }
}
