package io.isctl.workload;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.isctl.base.JsonTrees;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The {@code image.openshift.io/triggers} annotation, decoded as Go's encoding/json decodes it into
 * library-go's {@code []ObjectFieldTrigger}: field names match case-insensitively, unknown fields
 * are ignored, a wrong type is an error.
 */
final class TriggerAnnotation {
  /** One trigger. */
  record Trigger(
      String fromKind,
      String fromName,
      String fromNamespace,
      String fromApiVersion,
      String fieldPath,
      boolean paused) {
    /** {@code [ns/]name} as written. */
    String from() {
      return fromNamespace.isEmpty() ? fromName : fromNamespace + "/" + fromName;
    }
  }

  /** A selector of a container in a field path: by index, or by name. */
  record ContainerPath(boolean init, String selector, String remainder) {}

  private TriggerAnnotation() {}

  /**
   * The triggers of an annotation value.
   *
   * @throws IllegalArgumentException with the controller's message: bad JSON, or duplicate field
   *     paths
   */
  static List<Trigger> parse(String annotation) {
    if (annotation.isBlank()) {
      throw new IllegalArgumentException("unexpected end of JSON input");
    }
    JsonNode root;
    try {
      root = JsonTrees.read(annotation);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("invalid JSON: " + e.getOriginalMessage());
    }
    if (root == null || root.isMissingNode() || root.isNull()) {
      return List.of();
    }
    if (!root.isArray()) {
      throw new IllegalArgumentException(
          "json: cannot unmarshal "
              + jsonType(root)
              + " into Go value of type []trigger.ObjectFieldTrigger");
    }
    List<Trigger> triggers = new ArrayList<>();
    for (JsonNode item : root) {
      triggers.add(trigger(item));
    }
    for (int i = 0; i < triggers.size(); i++) {
      for (int j = i + 1; j < triggers.size(); j++) {
        if (triggers.get(i).fieldPath().equals(triggers.get(j).fieldPath())) {
          throw new IllegalArgumentException("duplicate triggers are not allowed");
        }
      }
    }
    return triggers;
  }

  private static Trigger trigger(JsonNode item) {
    if (item.isNull()) {
      return new Trigger("", "", "", "", "", false);
    }
    if (!item.isObject()) {
      throw new IllegalArgumentException(
          "json: cannot unmarshal "
              + jsonType(item)
              + " into Go value of type trigger.ObjectFieldTrigger");
    }
    JsonNode from = field(item, "from");
    if (from != null && !from.isNull() && !from.isObject()) {
      throw new IllegalArgumentException(
          "json: cannot unmarshal "
              + jsonType(from)
              + " into Go struct field ObjectFieldTrigger.from of type trigger.ObjectReference");
    }
    return new Trigger(
        string(from, "kind", "from.kind"),
        string(from, "name", "from.name"),
        string(from, "namespace", "from.namespace"),
        string(from, "apiVersion", "from.apiVersion"),
        string(item, "fieldPath", "fieldPath"),
        bool(item, "paused"));
  }

  /** Go matches an exact field name first, else the last case-insensitive match. */
  private static JsonNode field(JsonNode object, String name) {
    if (object == null || !object.isObject()) {
      return null;
    }
    JsonNode exact = object.get(name);
    if (exact != null) {
      return exact;
    }
    JsonNode found = null;
    for (Map.Entry<String, JsonNode> e : object.properties()) {
      if (e.getKey().equalsIgnoreCase(name)) {
        found = e.getValue();
      }
    }
    return found;
  }

  private static String string(JsonNode object, String name, String path) {
    JsonNode value = field(object, name);
    if (value == null || value.isNull()) {
      return "";
    }
    if (!value.isTextual()) {
      throw new IllegalArgumentException(
          "json: cannot unmarshal "
              + jsonType(value)
              + " into Go struct field ObjectFieldTrigger."
              + path
              + " of type string");
    }
    return value.asText();
  }

  private static boolean bool(JsonNode object, String name) {
    JsonNode value = field(object, name);
    if (value == null || value.isNull()) {
      return false;
    }
    if (!value.isBoolean()) {
      throw new IllegalArgumentException(
          "json: cannot unmarshal "
              + jsonType(value)
              + " into Go struct field ObjectFieldTrigger."
              + name
              + " of type bool");
    }
    return value.asBoolean();
  }

  private static String jsonType(JsonNode node) {
    if (node.isTextual()) {
      return "string";
    }
    if (node.isNumber()) {
      return "number";
    }
    if (node.isBoolean()) {
      return "bool";
    }
    return node.isArray() ? "array" : "object";
  }

  /**
   * library-go's parseContainerReference: {@code containers[SEL]} or {@code initContainers[SEL]},
   * then what follows the closing bracket without its leading dot.
   */
  static Optional<ContainerPath> containerPath(String path) {
    boolean init;
    String rest;
    if (path.startsWith("containers[")) {
      init = false;
      rest = path.substring("containers[".length());
    } else if (path.startsWith("initContainers[")) {
      init = true;
      rest = path.substring("initContainers[".length());
    } else {
      return Optional.empty();
    }
    int end = rest.indexOf(']');
    if (end < 0) {
      return Optional.empty();
    }
    String remainder = rest.substring(end + 1);
    if (remainder.startsWith(".")) {
      remainder = remainder.substring(1);
    }
    return Optional.of(new ContainerPath(init, rest.substring(0, end), remainder));
  }

  /**
   * library-go's findContainerBySelector: a number (strconv.Atoi) picks by index among containers
   * or init containers; {@code ?(@.name=="NAME")} picks by name, init containers first, whichever
   * list the path named.
   */
  static Optional<Workload.Container> find(
      List<Workload.Container> containers, ContainerPath path) {
    String selector = path.selector();
    Integer index = atoi(selector);
    if (index != null) {
      return containers.stream()
          .filter(c -> c.init() == path.init() && c.index() == index)
          .findFirst();
    }
    String prefix = "?(@.name==\"";
    String suffix = "\")";
    String name = selector;
    if (name.startsWith(prefix)) {
      name = name.substring(prefix.length());
    }
    if (name.endsWith(suffix)) {
      name = name.substring(0, name.length() - suffix.length());
    }
    if (name.equals(selector)) {
      return Optional.empty();
    }
    String wanted = name;
    return containers.stream()
        .filter(c -> c.init() && c.name().equals(wanted))
        .findFirst()
        .or(
            () ->
                containers.stream().filter(c -> !c.init() && c.name().equals(wanted)).findFirst());
  }

  /** Go's strconv.Atoi: optional sign, decimal digits, within int range. */
  private static Integer atoi(String s) {
    if (s.isEmpty() || !s.matches("[+-]?[0-9]+")) {
      return null;
    }
    try {
      return Integer.parseInt(s);
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
