package io.isctl.query;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.LongNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.isctl.go.GoFloatFormat;
import io.isctl.go.GoStringOrder;
import io.isctl.yaml.KubeJson;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A JSON tree read as kubectl holds an object it prints: Go's unstructured content, where a map is
 * {@code map[string]interface{}}, a list {@code []interface{}}, a whole number that fits int64 an
 * int64 (even when written 1.0: see {@link #unstructured}) and any other number a float64. Two
 * values have no JSON form: a {@link com.fasterxml.jackson.databind.node.MissingNode} is Go's
 * invalid value (nothing at all), a {@link com.fasterxml.jackson.databind.node.ShortNode} one byte
 * of a string (uint8), which {@code *} and {@code ..} yield when they meet a string.
 */
final class GoValues {
  private GoValues() {}

  /** Go's nil: JSON null, or nothing at all. */
  static boolean isNil(JsonNode value) {
    return value.isNull() || value.isMissingNode();
  }

  static boolean isByte(JsonNode value) {
    return value.isShort();
  }

  /**
   * The tree as kubectl's unstructured decoding holds it: a whole number written as a float (1.0)
   * that fits int64 becomes an int64. The same tree when it has none, else a copy.
   */
  static JsonNode unstructured(JsonNode tree) {
    return hasWholeFloat(tree) ? normalized(tree) : tree;
  }

  private static boolean hasWholeFloat(JsonNode node) {
    if (node.isContainerNode()) {
      for (JsonNode child : node) {
        if (hasWholeFloat(child)) {
          return true;
        }
      }
      return false;
    }
    return isWholeFloat(node);
  }

  private static boolean isWholeFloat(JsonNode node) {
    if (!node.isFloatingPointNumber()) {
      return false;
    }
    double d = node.doubleValue();
    return d == Math.rint(d) && Math.abs(d) < 0x1p63;
  }

  private static JsonNode normalized(JsonNode node) {
    if (node.isObject()) {
      ObjectNode copy = JsonNodeFactory.instance.objectNode();
      node.properties().forEach(e -> copy.set(e.getKey(), normalized(e.getValue())));
      return copy;
    }
    if (node.isArray()) {
      ArrayNode copy = JsonNodeFactory.instance.arrayNode(node.size());
      node.forEach(element -> copy.add(normalized(element)));
      return copy;
    }
    return isWholeFloat(node) ? LongNode.valueOf((long) node.doubleValue()) : node;
  }

  /**
   * An int64: a whole number that fits (a byte is a uint8, not an int64; a float stays a float, as
   * a number literal with a point in a template does).
   */
  static boolean isInt64(JsonNode value) {
    return value.isIntegralNumber() && !value.isShort() && value.canConvertToLong();
  }

  static boolean isFloat64(JsonNode value) {
    return value.isNumber() && !value.isShort() && !isInt64(value);
  }

  /** The Go type reflection reports for the value, as kubectl's messages name it. */
  static String typeName(JsonNode value) {
    if (value.isObject()) {
      return "map[string]interface {}";
    }
    if (value.isArray()) {
      return "[]interface {}";
    }
    if (value.isTextual()) {
      return "string";
    }
    if (value.isBoolean()) {
      return "bool";
    }
    if (value.isShort()) {
      return "uint8";
    }
    if (value.isNumber()) {
      return isInt64(value) ? "int64" : "float64";
    }
    return "interface {}";
  }

  /**
   * A JSONPath result as kubectl prints it: maps and lists as compact JSON, null as {@code null},
   * anything else as Go's fmt.Print shows it.
   */
  static String text(JsonNode value) {
    if (value.isObject() || value.isArray()) {
      return KubeJson.compact(value);
    }
    if (value.isNull()) {
      return "null";
    }
    return scalar(value);
  }

  /**
   * Go's fmt.Sprint of the value, as custom columns print it: {@code map[a:1 b:[x y]]}, {@code
   * <nil>}, strings as they are.
   */
  static String sprint(JsonNode value) {
    StringBuilder out = new StringBuilder();
    sprint(value, out);
    return out.toString();
  }

  private static void sprint(JsonNode value, StringBuilder out) {
    if (value.isObject()) {
      List<Map.Entry<String, JsonNode>> entries = new ArrayList<>(value.properties());
      // fmt prints a map's keys in sorted order.
      entries.sort(Map.Entry.comparingByKey(GoStringOrder.COMPARATOR));
      out.append("map[");
      for (int i = 0; i < entries.size(); i++) {
        if (i > 0) {
          out.append(' ');
        }
        out.append(entries.get(i).getKey()).append(':');
        sprint(entries.get(i).getValue(), out);
      }
      out.append(']');
    } else if (value.isArray()) {
      out.append('[');
      for (int i = 0; i < value.size(); i++) {
        if (i > 0) {
          out.append(' ');
        }
        sprint(value.get(i), out);
      }
      out.append(']');
    } else if (isNil(value)) {
      out.append("<nil>");
    } else {
      out.append(scalar(value));
    }
  }

  private static String scalar(JsonNode value) {
    if (value.isTextual()) {
      return value.textValue();
    }
    if (value.isBoolean()) {
      return String.valueOf(value.booleanValue());
    }
    if (value.isShort()) {
      return String.valueOf(value.intValue());
    }
    if (isInt64(value)) {
      return String.valueOf(value.longValue());
    }
    if (value.isNumber()) {
      return GoFloatFormat.formatG(value.doubleValue());
    }
    return "";
  }

  /** An int64 value. */
  static long longValue(JsonNode value) {
    return value.longValue();
  }
}
