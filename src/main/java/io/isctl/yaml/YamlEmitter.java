package io.isctl.yaml;

import com.fasterxml.jackson.databind.JsonNode;
import io.isctl.go.GoText;
import io.isctl.go.GoYamlKeyOrder;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Lays out a Jackson tree as yaml.v2's encoder drives libyaml's emitter: block mappings with sorted
 * keys, block sequences (not indented under a mapping key), flow style only for {@code {}} and
 * {@code []}, 2-space indentation.
 */
final class YamlEmitter {
  private final EmitterOutput out = new EmitterOutput();
  private final ScalarWriter scalars = new ScalarWriter(out);

  private YamlEmitter() {}

  static String emit(JsonNode root) {
    YamlEmitter emitter = new YamlEmitter();
    emitter.node(root, -1, false);
    // Document end: finish the last line.
    emitter.out.writeIndent(0);
    return emitter.out.text();
  }

  /**
   * @param parentIndent the indentation of the enclosing collection, -1 at the root
   * @param mappingValue whether the node is the value of a mapping entry
   */
  private void node(JsonNode node, int parentIndent, boolean mappingValue) {
    if (node.isObject()) {
      mapping(node, parentIndent);
    } else if (node.isArray()) {
      sequence(node, parentIndent, mappingValue);
    } else {
      scalar(YamlScalar.ofValue(node), parentIndent, false);
    }
  }

  private void mapping(JsonNode map, int parentIndent) {
    if (map.isEmpty()) {
      emptyFlow("{", "}");
      return;
    }
    int indent = parentIndent < 0 ? 0 : parentIndent + 2;
    Map<String, JsonNode> entries = new LinkedHashMap<>();
    map.properties().forEach(e -> entries.put(GoText.toValidUtf8(e.getKey()), e.getValue()));
    for (String key : GoYamlKeyOrder.sorted(entries.keySet())) {
      out.writeIndent(indent);
      YamlScalar k = YamlScalar.ofString(key);
      if (k.fitsSimpleKey()) {
        scalar(k, indent, true);
        out.writeIndicator(":", false, false, false);
      } else {
        // Long or multi-line keys take the explicit "? key" / ": value" form.
        out.writeIndicator("?", true, false, true);
        scalar(k, indent, false);
        out.writeIndent(indent);
        out.writeIndicator(":", true, false, true);
      }
      node(entries.get(key), indent, true);
    }
  }

  private void sequence(JsonNode seq, int parentIndent, boolean mappingValue) {
    if (seq.isEmpty()) {
      emptyFlow("[", "]");
      return;
    }
    // "- " items line up with the key they belong to, unless the key was an explicit "? key".
    boolean indentless = mappingValue && !out.indention();
    int indent = parentIndent < 0 ? 0 : indentless ? parentIndent : parentIndent + 2;
    for (JsonNode item : seq) {
      out.writeIndent(indent);
      out.writeIndicator("-", true, false, true);
      node(item, indent, false);
    }
  }

  private void emptyFlow(String open, String close) {
    out.writeIndicator(open, true, true, false);
    out.writeIndicator(close, false, false, false);
  }

  private void scalar(YamlScalar scalar, int parentIndent, boolean simpleKey) {
    int indent = parentIndent < 0 ? 2 : parentIndent + 2;
    scalars.write(scalar.text(), scalar.style(simpleKey), indent, !simpleKey);
  }
}
