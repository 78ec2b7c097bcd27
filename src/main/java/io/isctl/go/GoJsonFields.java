package io.isctl.go;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads fields of a JSON object as Go's encoding/json fills a struct: keys match field names
 * exactly or else ignoring case, the last matching key wins, null leaves the zero value, and a
 * value of the wrong type is an error. Values come back already in the shape the struct marshals
 * to, with {@code omitempty} zero values as null.
 */
public final class GoJsonFields {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private final Map<String, JsonNode> values = new LinkedHashMap<>();
  private final String path;

  /** Picks the {@code fields} out of {@code object} (null or missing reads as no fields). */
  public GoJsonFields(JsonNode object, List<String> fields, String path) {
    this.path = path;
    if (object == null || object.isNull() || object.isMissingNode()) {
      return;
    }
    if (!object.isObject()) {
      throw typeError(path, "an object", object);
    }
    for (Map.Entry<String, JsonNode> entry : object.properties()) {
      String field = match(entry.getKey(), fields);
      if (field != null && !entry.getValue().isNull()) {
        values.put(field, entry.getValue());
      }
    }
  }

  private static String match(String key, List<String> fields) {
    if (fields.contains(key)) {
      return key;
    }
    return fields.stream().filter(key::equalsIgnoreCase).findFirst().orElse(null);
  }

  public JsonNode raw(String field) {
    return values.get(field);
  }

  /** A string field; "" when absent. */
  public String string(String field) {
    JsonNode value = values.get(field);
    if (value == null) {
      return "";
    }
    if (!value.isTextual()) {
      throw typeError(path + "." + field, "a string", value);
    }
    return value.textValue();
  }

  /** An int64 field; 0 when absent. Go takes only integer literals that fit. */
  public long int64(String field) {
    JsonNode value = values.get(field);
    if (value == null) {
      return 0;
    }
    if (!value.isIntegralNumber() || !value.canConvertToLong()) {
      throw typeError(path + "." + field, "an int64", value);
    }
    return value.longValue();
  }

  public boolean bool(String field) {
    JsonNode value = values.get(field);
    if (value == null) {
      return false;
    }
    if (!value.isBoolean()) {
      throw typeError(path + "." + field, "a bool", value);
    }
    return value.booleanValue();
  }

  /** A []string field; null when absent or empty (omitempty). A null element reads as "". */
  public ArrayNode strings(String field) {
    JsonNode value = values.get(field);
    if (value == null) {
      return null;
    }
    if (!value.isArray()) {
      throw typeError(path + "." + field, "a list of strings", value);
    }
    ArrayNode result = NODES.arrayNode();
    for (JsonNode element : value) {
      if (!element.isNull() && !element.isTextual()) {
        throw typeError(path + "." + field + "[]", "a string", element);
      }
      result.add(element.isNull() ? "" : element.textValue());
    }
    return result.isEmpty() ? null : result;
  }

  /** A map[string]string field; null when absent or empty. */
  public ObjectNode stringMap(String field) {
    return map(
        field,
        value -> {
          if (!value.isNull() && !value.isTextual()) {
            throw typeError(path + "." + field + "{}", "a string", value);
          }
          return NODES.textNode(value.isNull() ? "" : value.textValue());
        });
  }

  /**
   * A map[string]struct{} field (ports, volumes): every key maps to {}; null when absent or empty.
   */
  public ObjectNode set(String field) {
    return map(
        field,
        value -> {
          if (!value.isNull() && !value.isObject()) {
            throw typeError(path + "." + field + "{}", "an object", value);
          }
          return NODES.objectNode();
        });
  }

  private ObjectNode map(String field, java.util.function.Function<JsonNode, JsonNode> element) {
    JsonNode value = values.get(field);
    if (value == null) {
      return null;
    }
    if (!value.isObject()) {
      throw typeError(path + "." + field, "a map", value);
    }
    ObjectNode result = NODES.objectNode();
    value.properties().forEach(e -> result.set(e.getKey(), element.apply(e.getValue())));
    return result.isEmpty() ? null : result;
  }

  /** A value of the wrong type for its field, as encoding/json's UnmarshalTypeError. */
  public static final class TypeError extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    TypeError(String message) {
      super(message);
    }
  }

  public static TypeError typeError(String where, String expected, JsonNode got) {
    return new TypeError(where + ": expected " + expected + ", got " + describe(got));
  }

  private static String describe(JsonNode node) {
    if (node.isObject()) {
      return "an object";
    }
    if (node.isArray()) {
      return "a list";
    }
    String text = node.toString();
    return text.length() > 40 ? text.substring(0, 40) + "…" : text;
  }
}
