package io.isctl.workload;

import com.fasterxml.jackson.databind.JsonNode;
import io.isctl.yaml.edit.Nodes;
import java.util.ArrayList;
import java.util.List;
import org.yaml.snakeyaml.nodes.Node;

/**
 * An object with a pod spec, its containers located both as values and as YAML nodes.
 *
 * @param namespace the object's namespace, or the default one when it names none
 */
record Workload(
    ManifestObject object, WorkloadKind kind, String namespace, List<Container> containers) {

  static final String RESOLVE_NAMES = "alpha.image.policy.openshift.io/resolve-names";
  static final String TRIGGERS = "image.openshift.io/triggers";

  /**
   * A container or init container.
   *
   * @param image the image as written; "" when absent or null
   * @param node its YAML map, or null when the text reaches it through a merge key
   * @param field its field path, e.g. {@code spec.template.spec.containers[0]}
   */
  record Container(boolean init, int index, String name, String image, Node node, String field) {
    String describe() {
      return (init ? "init container " : "container ") + name;
    }
  }

  /**
   * The workload view of an object of a known kind.
   *
   * @throws WorkloadException when a field the cluster would reject has the wrong type
   */
  static Workload of(
      ManifestObject object, WorkloadKind kind, String defaultNamespace, String source) {
    String namespace = object.namespace().isEmpty() ? defaultNamespace : object.namespace();
    checkObject(object, List.of("metadata"), source);
    List<Container> containers = new ArrayList<>();
    JsonNode spec = object.at(kind.podSpecPath());
    if (spec != null && !spec.isNull()) {
      checkObject(object, kind.podSpecPath(), source);
      containers.addAll(containers(object, kind, "initContainers", true, source));
      containers.addAll(containers(object, kind, "containers", false, source));
    }
    return new Workload(object, kind, namespace, List.copyOf(containers));
  }

  private static void checkObject(ManifestObject object, List<String> path, String source) {
    for (int i = 1; i <= path.size(); i++) {
      JsonNode value = object.at(path.subList(0, i));
      if (value != null && !value.isNull() && !value.isObject()) {
        throw bad(source, object, String.join(".", path.subList(0, i)), "must be an object");
      }
    }
  }

  private static List<Container> containers(
      ManifestObject object, WorkloadKind kind, String field, boolean init, String source) {
    List<String> path = new ArrayList<>(kind.podSpecPath());
    path.add(field);
    JsonNode list = object.at(path);
    String fieldPath = String.join(".", path);
    if (list == null || list.isNull()) {
      return List.of();
    }
    if (!list.isArray()) {
      throw bad(source, object, fieldPath, "must be a list");
    }
    Node listNode = object.nodeAt(path);
    List<Container> result = new ArrayList<>();
    for (int i = 0; i < list.size(); i++) {
      JsonNode c = list.get(i);
      String at = fieldPath + "[" + i + "]";
      if (!c.isObject()) {
        throw bad(source, object, at, "must be an object");
      }
      JsonNode name = c.get("name");
      if (name != null && !name.isNull() && !name.isTextual()) {
        throw bad(source, object, at + ".name", "must be a string");
      }
      JsonNode image = c.get("image");
      if (image != null && !image.isNull() && !image.isTextual()) {
        throw bad(source, object, at + ".image", "must be a string");
      }
      Node node = listNode == null ? null : Nodes.at(listNode, List.of(i));
      result.add(
          new Container(
              init,
              i,
              name == null || name.isNull() ? "" : name.asText(),
              image == null || image.isNull() ? "" : image.asText(),
              node,
              at));
    }
    return result;
  }

  static WorkloadException bad(String source, ManifestObject object, String field, String problem) {
    return new WorkloadException(source + ": " + object.label() + ": " + field + ": " + problem);
  }

  String label() {
    return object.label();
  }

  /**
   * The metadata whose annotations govern the pod template: the template's, or the object's own for
   * a Pod.
   */
  List<String> templateMeta() {
    return kind.templateMetaPath() == null ? List.of("metadata") : kind.templateMetaPath();
  }

  /** alg's ResolveAllNames: the template's annotation, else the object's. */
  boolean resolveNames() {
    return "*".equals(object.annotation(templateMeta(), RESOLVE_NAMES))
        || "*".equals(object.annotation(List.of("metadata"), RESOLVE_NAMES));
  }

  /** Admission skips objects with an owner reference whose controller is true. */
  boolean controllerOwned() {
    JsonNode owners = object.at(List.of("metadata", "ownerReferences"));
    if (owners == null || !owners.isArray()) {
      return false;
    }
    for (JsonNode owner : owners) {
      JsonNode controller = owner.get("controller");
      if (controller != null && controller.isBoolean() && controller.asBoolean()) {
        return true;
      }
    }
    return false;
  }
}
