package io.isctl.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.isctl.base.Printable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BiFunction;

/**
 * Reads the fields of one JSON object, checking each type and naming the field path in errors; what
 * it was not asked for is left over as {@link #rest()}.
 */
final class TreeReader {
  /** Longer strings are not quoted in errors: 32 characters cover any word a field takes. */
  private static final int MAX_QUOTED = 32;

  private static final java.util.regex.Pattern RFC3339 =
      java.util.regex.Pattern.compile(
          "\\d{4}-\\d{2}-\\d{2}[Tt]\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?([Zz]|[+-]\\d{2}:\\d{2})");

  private final ObjectNode node;
  private final String path;
  private final Set<String> consumed = new java.util.HashSet<>();

  private TreeReader(ObjectNode node, String path) {
    this.node = node;
    this.path = path;
  }

  /** A reader over {@code node}, which must be an object (null and missing read as empty). */
  static TreeReader of(JsonNode node, String path) {
    if (node == null || node.isNull() || node.isMissingNode()) {
      return new TreeReader(JsonNodeFactory.instance.objectNode(), path);
    }
    if (!node.isObject()) {
      // The whole document is no object when path is empty: a file that is no resource at all.
      String where = path.isEmpty() ? "the document" : path;
      throw new ResourceFormatException(
          where + ": expected an object, got " + (path.isEmpty() ? kindOf(node) : describe(node)));
    }
    return new TreeReader((ObjectNode) node, path);
  }

  boolean has(String field) {
    JsonNode value = node.get(field);
    return value != null && !value.isNull();
  }

  String string(String field) {
    JsonNode value = take(field);
    if (value == null || value.isNull()) {
      return "";
    }
    if (!value.isTextual()) {
      throw wrongType(field, "a string", value);
    }
    return value.textValue();
  }

  boolean bool(String field) {
    JsonNode value = take(field);
    if (value == null || value.isNull()) {
      return false;
    }
    if (!value.isBoolean()) {
      throw wrongType(field, "true or false", value);
    }
    return value.booleanValue();
  }

  /** An integer field; null when absent or null. */
  Long integer(String field) {
    JsonNode value = take(field);
    if (value == null || value.isNull()) {
      return null;
    }
    if (!value.isIntegralNumber() || !value.canConvertToLong()) {
      throw wrongType(field, "an integer", value);
    }
    return value.longValue();
  }

  /** A string-to-string map; null when absent or null. */
  Map<String, String> stringMap(String field) {
    JsonNode value = take(field);
    if (value == null || value.isNull()) {
      return null;
    }
    if (!value.isObject()) {
      throw wrongType(field, "a map of strings", value);
    }
    Map<String, String> map = new TreeMap<>();
    for (Map.Entry<String, JsonNode> entry : value.properties()) {
      if (!entry.getValue().isTextual()) {
        throw wrongType(field + "." + entry.getKey(), "a string", entry.getValue());
      }
      map.put(entry.getKey(), entry.getValue().textValue());
    }
    return map;
  }

  /**
   * A time as metav1.Time reads it: RFC 3339 in UTC or with an offset, seconds required, a fraction
   * allowed; null when absent or null.
   */
  String timestamp(String field) {
    String value = has(field) ? string(field) : null;
    take(field);
    if (value != null && !RFC3339.matcher(value).matches()) {
      throw new ResourceFormatException(
          child(field) + ": expected an RFC 3339 time, got " + shown(value));
    }
    return value;
  }

  /** A list of strings; empty when absent or null. */
  List<String> strings(String field) {
    return list(field, new StringElement());
  }

  /** A list's string element; a class, not a lambda: see {@code ImageStreamTree}. */
  private static final class StringElement implements BiFunction<JsonNode, String, String> {
    @Override
    public String apply(JsonNode value, String where) {
      if (!value.isTextual()) {
        throw new ResourceFormatException(where + ": expected a string, got " + describe(value));
      }
      return value.textValue();
    }
  }

  /**
   * An object field as it is, for raw JSON the API does not interpret; empty when absent or null.
   */
  ObjectNode rawObject(String field) {
    JsonNode value = take(field);
    if (value == null || value.isNull()) {
      return JsonNodeFactory.instance.objectNode();
    }
    if (!value.isObject()) {
      throw wrongType(field, "an object", value);
    }
    return ((ObjectNode) value).deepCopy();
  }

  TreeReader object(String field) {
    return of(take(field), child(field));
  }

  /** Each element of a list field, read by {@code element} with its indexed path. */
  <T> List<T> list(String field, BiFunction<JsonNode, String, T> element) {
    JsonNode value = take(field);
    List<T> result = new ArrayList<>();
    if (value == null || value.isNull()) {
      return result;
    }
    if (!value.isArray()) {
      throw wrongType(field, "a list", value);
    }
    for (int i = 0; i < value.size(); i++) {
      result.add(element.apply(value.get(i), child(field) + "[" + i + "]"));
    }
    return result;
  }

  String path() {
    return path;
  }

  /** The fields nobody asked for, to be written back unchanged. */
  ObjectNode rest() {
    ObjectNode rest = JsonNodeFactory.instance.objectNode();
    for (Map.Entry<String, JsonNode> e : node.properties()) {
      if (!consumed.contains(e.getKey())) {
        rest.set(e.getKey(), e.getValue().deepCopy());
      }
    }
    return rest;
  }

  private String child(String field) {
    return path.isEmpty() ? field : path + "." + field;
  }

  private JsonNode take(String field) {
    consumed.add(field);
    return node.get(field);
  }

  private ResourceFormatException wrongType(String field, String expected, JsonNode got) {
    return new ResourceFormatException(
        child(field) + ": expected " + expected + ", got " + describe(got));
  }

  /**
   * A value as an error shows it: a short word inside the object is quoted, so the user sees what
   * they wrote; anything longer may be whatever the file held, and is named by its type only.
   */
  private static String describe(JsonNode node) {
    if (node.isTextual()) {
      return shown(node.textValue());
    }
    if (node.isNumber() || node.isBoolean()) {
      return node.toString();
    }
    return kindOf(node);
  }

  /** A string field's value as an error shows it: quoted when a short word, else "a string". */
  static String shown(String value) {
    return value.isEmpty() || Printable.isShortWord(value, MAX_QUOTED)
        ? "\"" + value + "\""
        : "a string";
  }

  private static String kindOf(JsonNode node) {
    if (node.isTextual()) {
      return "a string";
    }
    if (node.isNumber()) {
      return "a number";
    }
    if (node.isBoolean()) {
      return "a boolean";
    }
    if (node.isObject()) {
      return "an object";
    }
    if (node.isArray()) {
      return "a list";
    }
    return node.toString();
  }
}
