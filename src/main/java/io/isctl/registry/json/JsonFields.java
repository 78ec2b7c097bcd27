package io.isctl.registry.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The fields of the registry's JSON objects, read from a Jackson tree into the {@code *Json}
 * records without an {@code ObjectMapper} (whose set-up cost a registry command ~35 ms). As
 * Jackson's data binding read them before: fields matched by exact name, unknown ones ignored, the
 * last of duplicate keys kept, a missing or null field null (0 for a number). As Go's
 * encoding/json, which registries and OpenShift decode with, and unlike data binding: a value of
 * the wrong JSON type is refused, not converted (a number where text belongs, text or a fraction
 * where an integer does).
 */
final class JsonFields {
  /** What a record reads itself from. */
  interface Reader<T> {
    T read(JsonNode node) throws IOException;
  }

  /** A value of the wrong shape. An {@code IOException}, as data binding's were. */
  static final class ShapeException extends IOException {
    ShapeException(String message) {
      super(message);
    }
  }

  private JsonFields() {}

  /** {@code node} when it is an object; else refused, naming what it should have been. */
  static JsonNode object(JsonNode node, String type) throws ShapeException {
    if (!node.isObject()) {
      throw new ShapeException("cannot read " + type + " from " + kind(node));
    }
    return node;
  }

  /** The field's value, or null when it is missing or JSON null. */
  static JsonNode field(JsonNode object, String name) {
    JsonNode value = object.get(name);
    return value == null || value.isNull() ? null : value;
  }

  static String text(JsonNode object, String name) throws ShapeException {
    return textValue(field(object, name), name);
  }

  private static String textValue(JsonNode value, String name) throws ShapeException {
    if (value == null || value.isNull()) {
      return null;
    }
    if (!value.isTextual()) {
      throw mismatch(name, "text", value);
    }
    return value.textValue();
  }

  /** An integer field that fits a long; 0 when missing or null. */
  static long int64(JsonNode object, String name) throws ShapeException {
    Long value = boxedInt64(object, name);
    return value == null ? 0 : value;
  }

  /** An integer field that fits an int; 0 when missing or null. */
  static int int32(JsonNode object, String name) throws ShapeException {
    JsonNode value = field(object, name);
    if (value == null) {
      return 0;
    }
    if (!value.isIntegralNumber() || !value.canConvertToInt()) {
      throw mismatch(name, "an integer of 32 bits", value);
    }
    return value.intValue();
  }

  /** An integer field that fits a long, or null. */
  static Long boxedInt64(JsonNode object, String name) throws ShapeException {
    JsonNode value = field(object, name);
    if (value == null) {
      return null;
    }
    if (!value.isIntegralNumber() || !value.canConvertToLong()) {
      throw mismatch(name, "an integer of 64 bits", value);
    }
    return value.longValue();
  }

  /** An array of text (its nulls kept), or null. */
  static List<String> texts(JsonNode object, String name) throws ShapeException {
    JsonNode value = array(object, name);
    if (value == null) {
      return null;
    }
    List<String> texts = new ArrayList<>(value.size());
    for (JsonNode item : value) {
      texts.add(textValue(item, name + "[]"));
    }
    return texts;
  }

  /** An array of objects each {@code reader} reads (nulls kept), or null. */
  static <T> List<T> list(JsonNode object, String name, Reader<T> reader) throws IOException {
    JsonNode value = array(object, name);
    if (value == null) {
      return null;
    }
    List<T> items = new ArrayList<>(value.size());
    for (JsonNode item : value) {
      items.add(item.isNull() ? null : reader.read(item));
    }
    return items;
  }

  /** An object of text values (nulls kept), in the document's order, or null. */
  static Map<String, String> textMap(JsonNode object, String name) throws ShapeException {
    JsonNode value = objectField(object, name);
    if (value == null) {
      return null;
    }
    Map<String, String> map = new LinkedHashMap<>();
    for (Map.Entry<String, JsonNode> entry : value.properties()) {
      map.put(entry.getKey(), textValue(entry.getValue(), name + "." + entry.getKey()));
    }
    return map;
  }

  /** An object of objects each {@code reader} reads (nulls kept), in order, or null. */
  static <T> Map<String, T> map(JsonNode object, String name, Reader<T> reader) throws IOException {
    JsonNode value = objectField(object, name);
    if (value == null) {
      return null;
    }
    Map<String, T> map = new LinkedHashMap<>();
    for (Map.Entry<String, JsonNode> entry : value.properties()) {
      JsonNode item = entry.getValue();
      map.put(entry.getKey(), item.isNull() ? null : reader.read(item));
    }
    return map;
  }

  /**
   * An object of any values, as data binding makes untyped ones: maps, lists, text, booleans,
   * Integer, Long or BigInteger by size, Double, null.
   */
  static Map<String, Object> untypedMap(JsonNode object, String name) throws ShapeException {
    JsonNode value = objectField(object, name);
    if (value == null) {
      return null;
    }
    Map<String, Object> map = new LinkedHashMap<>();
    for (Map.Entry<String, JsonNode> entry : value.properties()) {
      map.put(entry.getKey(), untyped(entry.getValue()));
    }
    return map;
  }

  private static Object untyped(JsonNode node) {
    if (node.isObject()) {
      Map<String, Object> map = new LinkedHashMap<>();
      for (Map.Entry<String, JsonNode> entry : node.properties()) {
        map.put(entry.getKey(), untyped(entry.getValue()));
      }
      return map;
    }
    if (node.isArray()) {
      List<Object> list = new ArrayList<>(node.size());
      for (JsonNode item : node) {
        list.add(untyped(item));
      }
      return list;
    }
    if (node.isTextual()) {
      return node.textValue();
    }
    if (node.isBoolean()) {
      return node.booleanValue();
    }
    if (node.isNumber()) {
      return node.numberValue();
    }
    return null;
  }

  /** The field when it is an array, null when missing or null; else refused. */
  private static JsonNode array(JsonNode object, String name) throws ShapeException {
    JsonNode value = field(object, name);
    if (value != null && !value.isArray()) {
      throw mismatch(name, "an array", value);
    }
    return value;
  }

  /** The field when it is an object, null when missing or null; else refused. */
  private static JsonNode objectField(JsonNode object, String name) throws ShapeException {
    JsonNode value = field(object, name);
    if (value != null && !value.isObject()) {
      throw mismatch(name, "an object", value);
    }
    return value;
  }

  private static ShapeException mismatch(String name, String expected, JsonNode value) {
    return new ShapeException(name + ": expected " + expected + ", not " + kind(value));
  }

  private static String kind(JsonNode node) {
    if (node.isTextual()) {
      return "text";
    }
    if (node.isNumber()) {
      return "a number";
    }
    if (node.isBoolean()) {
      return "a boolean";
    }
    if (node.isArray()) {
      return "an array";
    }
    return node.isObject() ? "an object" : "null";
  }
}
