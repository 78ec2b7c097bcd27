package io.isctl.yaml;

import com.fasterxml.jackson.databind.JsonNode;
import io.isctl.go.GoStringOrder;
import io.isctl.go.GoText;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Prints a Jackson tree byte for byte as {@code oc get -o json} does: Go's json.MarshalIndent with
 * four spaces, map keys in byte order, HTML-safe string escapes and a final newline.
 */
public final class KubeJson {
  private static final String INDENT = "    ";
  private static final char[] HEX = "0123456789abcdef".toCharArray();

  /** Go compares strings by UTF-8 bytes, which is code point order (not UTF-16 order). */
  private KubeJson() {}

  /**
   * @throws IllegalArgumentException for NaN or infinite numbers, which Go's encoder rejects
   */
  public static String write(JsonNode node) {
    StringBuilder sb = new StringBuilder(512);
    value(node, 0, sb);
    return sb.append('\n').toString();
  }

  /**
   * The tree as Go's json.Marshal writes it: no spaces or newlines, map keys in byte order,
   * HTML-safe string escapes, no final newline (how kubectl's JSONPath prints a map or a list).
   *
   * @throws IllegalArgumentException for NaN or infinite numbers, which Go's encoder rejects
   */
  public static String compact(JsonNode node) {
    StringBuilder sb = new StringBuilder(128);
    compactValue(node, sb);
    return sb.toString();
  }

  private static void compactValue(JsonNode node, StringBuilder sb) {
    if (node.isObject()) {
      List<Map.Entry<String, JsonNode>> entries = new ArrayList<>(node.properties());
      entries.sort(Map.Entry.comparingByKey(GoStringOrder.COMPARATOR));
      sb.append('{');
      for (int i = 0; i < entries.size(); i++) {
        if (i > 0) {
          sb.append(',');
        }
        string(entries.get(i).getKey(), sb);
        sb.append(':');
        compactValue(entries.get(i).getValue(), sb);
      }
      sb.append('}');
    } else if (node.isArray()) {
      sb.append('[');
      for (int i = 0; i < node.size(); i++) {
        if (i > 0) {
          sb.append(',');
        }
        compactValue(node.get(i), sb);
      }
      sb.append(']');
    } else {
      value(node, 0, sb);
    }
  }

  private static void value(JsonNode node, int depth, StringBuilder sb) {
    if (node.isObject()) {
      object(node, depth, sb);
    } else if (node.isArray()) {
      array(node, depth, sb);
    } else if (node.isNull()) {
      sb.append("null");
    } else if (node.isBoolean()) {
      sb.append(node.booleanValue());
    } else if (node.isNumber()) {
      sb.append(NumberText.json(node));
    } else if (node.isTextual() || node.isBinary()) {
      string(node.asText(), sb);
    } else {
      throw new IllegalArgumentException("cannot write a " + node.getNodeType() + " node as JSON");
    }
  }

  private static void object(JsonNode node, int depth, StringBuilder sb) {
    if (node.isEmpty()) {
      sb.append("{}");
      return;
    }
    List<Map.Entry<String, JsonNode>> entries = new ArrayList<>(node.properties());
    entries.sort(Map.Entry.comparingByKey(GoStringOrder.COMPARATOR));
    sb.append('{');
    String sep = "\n";
    for (Map.Entry<String, JsonNode> e : entries) {
      sb.append(sep);
      newlineIndent(depth + 1, sb);
      string(e.getKey(), sb);
      sb.append(": ");
      value(e.getValue(), depth + 1, sb);
      sep = ",\n";
    }
    sb.append('\n');
    newlineIndent(depth, sb);
    sb.append('}');
  }

  private static void array(JsonNode node, int depth, StringBuilder sb) {
    if (node.isEmpty()) {
      sb.append("[]");
      return;
    }
    sb.append('[');
    String sep = "\n";
    for (JsonNode item : node) {
      sb.append(sep);
      newlineIndent(depth + 1, sb);
      value(item, depth + 1, sb);
      sep = ",\n";
    }
    sb.append('\n');
    newlineIndent(depth, sb);
    sb.append(']');
  }

  private static void newlineIndent(int depth, StringBuilder sb) {
    sb.append(INDENT.repeat(depth));
  }

  /** Go's appendString with HTML escaping, as json.Marshal uses it. */
  private static void string(String raw, StringBuilder sb) {
    String s = GoText.toValidUtf8(raw);
    sb.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"', '\\' -> sb.append('\\').append(c);
        case '\b' -> sb.append("\\b");
        case '\f' -> sb.append("\\f");
        case '\n' -> sb.append("\\n");
        case '\r' -> sb.append("\\r");
        case '\t' -> sb.append("\\t");
        default -> {
          if (c < 0x20 || c == '<' || c == '>' || c == '&' || c == '\u2028' || c == '\u2029') {
            sb.append("\\u")
                .append(HEX[c >> 12])
                .append(HEX[(c >> 8) & 0xF])
                .append(HEX[(c >> 4) & 0xF])
                .append(HEX[c & 0xF]);
          } else {
            sb.append(c);
          }
        }
      }
    }
    sb.append('"');
  }
}
