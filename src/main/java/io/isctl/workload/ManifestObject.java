package io.isctl.workload;

import com.fasterxml.jackson.databind.JsonNode;
import io.isctl.yaml.edit.Nodes;
import io.isctl.yaml.edit.YamlSource;
import java.util.ArrayList;
import java.util.List;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * One Kubernetes object of a manifest: a document, or an item of a {@code kind: List} (or any
 * {@code *List} with items), with its value and its YAML node.
 */
record ManifestObject(JsonNode value, Node node) {

  /**
   * Every object of the source, Lists flattened in order; documents that are not objects are
   * skipped.
   */
  static List<ManifestObject> all(YamlSource source) {
    List<ManifestObject> objects = new ArrayList<>();
    for (YamlSource.Document document : source.documents()) {
      collect(document.value(), document.node(), objects);
    }
    return objects;
  }

  private static void collect(JsonNode value, Node node, List<ManifestObject> into) {
    if (!value.isObject()) {
      return;
    }
    JsonNode items = value.get("items");
    if (text(value, "kind").endsWith("List") && items != null && items.isArray()) {
      Node itemNodes = Nodes.child(node, "items");
      for (int i = 0; i < items.size(); i++) {
        Node itemNode =
            itemNodes instanceof SequenceNode seq && i < seq.getValue().size()
                ? seq.getValue().get(i)
                : null;
        collect(items.get(i), itemNode, into);
      }
      return;
    }
    into.add(new ManifestObject(value, node));
  }

  static String text(JsonNode node, String field) {
    JsonNode value = node == null ? null : node.get(field);
    return value != null && value.isTextual() ? value.asText() : "";
  }

  String apiVersion() {
    return text(value, "apiVersion");
  }

  String kind() {
    return text(value, "kind");
  }

  JsonNode metadata() {
    return value.get("metadata");
  }

  String name() {
    return text(metadata(), "name");
  }

  /** {@code metadata.namespace}, or "" when the object does not say. */
  String namespace() {
    return text(metadata(), "namespace");
  }

  /** Kind/name, as messages name the object. */
  String label() {
    String name = name().isEmpty() ? text(metadata(), "generateName") + "*" : name();
    return (kind().isEmpty() ? "object" : kind()) + "/" + name;
  }

  /** The value at a path of keys, or null. */
  JsonNode at(List<String> path) {
    JsonNode current = value;
    for (String key : path) {
      if (current == null || !current.isObject()) {
        return null;
      }
      current = current.get(key);
    }
    return current;
  }

  /** The YAML node at a path of keys, or null (also when the path goes through a merge key). */
  Node nodeAt(List<String> path) {
    return node == null ? null : Nodes.at(node, new ArrayList<>(path));
  }

  /** An annotation of the map at {@code metaPath} (a metadata object), or null. */
  String annotation(List<String> metaPath, String key) {
    JsonNode meta = at(metaPath);
    JsonNode annotations = meta == null ? null : meta.get("annotations");
    JsonNode value = annotations == null || !annotations.isObject() ? null : annotations.get(key);
    return value != null && value.isTextual() ? value.asText() : null;
  }
}
