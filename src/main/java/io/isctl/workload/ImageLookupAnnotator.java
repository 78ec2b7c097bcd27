package io.isctl.workload;

import com.fasterxml.jackson.databind.JsonNode;
import io.isctl.yaml.edit.YamlEdits;
import io.isctl.yaml.edit.YamlSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * {@code oc set image-lookup -f} on manifests: image streams get {@code spec.lookupPolicy.local};
 * any other object gets {@code alpha.image.policy.openshift.io/resolve-names: "*"} on its pod
 * template's metadata when it has one (library-go's GetTemplateMetaObject), else on its own; {@code
 * --enabled=false} removes it.
 */
public final class ImageLookupAnnotator {
  private ImageLookupAnnotator() {}

  /**
   * One object of a manifest.
   *
   * @param printedName as oc's name printer prints it, e.g. {@code deployment.apps/web}
   * @param listName as {@code --list} prints it: a stream's bare name, else {@code
   *     <resource>/<name>}
   * @param local {@code true}, {@code false}, or {@code UNKNOWN} for an object without metadata
   * @param changed whether the change asked for altered it
   */
  public record ObjectLookup(String printedName, String listName, String local, boolean changed) {}

  /** The new text of a manifest and its objects. */
  public record FileResult(String text, List<ObjectLookup> objects) {}

  /**
   * Sets ({@code enabled}) or removes local lookup on every object of a manifest.
   *
   * @throws io.isctl.yaml.YamlException when the text is not YAML
   * @throws WorkloadException when an object cannot be changed in place
   */
  public static FileResult apply(String text, String source, boolean enabled) {
    YamlSource yaml = YamlSource.parse(text, source);
    YamlEdits edits = new YamlEdits(yaml);
    List<ObjectLookup> objects = new ArrayList<>();
    for (ManifestObject object : ManifestObject.all(yaml)) {
      if (object.kind().isEmpty()) {
        continue;
      }
      String local = local(object);
      boolean changed;
      try {
        changed = change(object, edits, enabled, local);
      } catch (YamlEdits.CannotEdit e) {
        throw new WorkloadException(source + ": " + object.label() + ": " + e.getMessage());
      }
      objects.add(new ObjectLookup(printedName(object), listName(object), local, changed));
    }
    return new FileResult(edits.apply(), objects);
  }

  /** The objects of a manifest and their current setting. */
  public static List<ObjectLookup> list(String text, String source) {
    List<ObjectLookup> objects = new ArrayList<>();
    for (ManifestObject object : ManifestObject.all(YamlSource.parse(text, source))) {
      if (!object.kind().isEmpty()) {
        objects.add(new ObjectLookup(printedName(object), listName(object), local(object), false));
      }
    }
    return objects;
  }

  private static boolean change(
      ManifestObject object, YamlEdits edits, boolean enabled, String local) {
    if (object.node() == null) {
      throw new YamlEdits.CannotEdit("the object comes from a YAML merge key");
    }
    if (isImageStream(object)) {
      if (local.equals(String.valueOf(enabled))) {
        return false;
      }
      edits.setAt(
          object.node(),
          List.of("spec", "lookupPolicy"),
          "local",
          new YamlEdits.Literal(String.valueOf(enabled)));
      return true;
    }
    List<String> meta = metadataPath(object);
    List<String> annotations = new ArrayList<>(meta);
    annotations.add("annotations");
    String current = object.annotation(meta, Workload.RESOLVE_NAMES);
    if (enabled) {
      if ("*".equals(current)) {
        return false;
      }
      edits.setAt(object.node(), annotations, Workload.RESOLVE_NAMES, "*");
      return true;
    }
    return current != null && edits.removeAt(object.node(), annotations, Workload.RESOLVE_NAMES);
  }

  /**
   * The template's metadata for kinds with a pod template (when the template is there), else the
   * object's.
   */
  private static List<String> metadataPath(ManifestObject object) {
    Optional<WorkloadKind> kind = WorkloadKind.of(object.apiVersion(), object.kind());
    if (kind.isEmpty() || kind.get().templateMetaPath() == null) {
      return List.of("metadata");
    }
    List<String> path = kind.get().templateMetaPath();
    boolean optionalTemplate =
        kind.get() == WorkloadKind.REPLICATION_CONTROLLER
            || kind.get() == WorkloadKind.DEPLOYMENT_CONFIG;
    JsonNode template = object.at(path.subList(0, path.size() - 1));
    if (optionalTemplate && (template == null || template.isNull())) {
      return List.of("metadata");
    }
    return path;
  }

  private static String local(ManifestObject object) {
    if (isImageStream(object)) {
      JsonNode local = object.at(List.of("spec", "lookupPolicy", "local"));
      return String.valueOf(local != null && local.asBoolean(false));
    }
    JsonNode metadata = object.metadata();
    if (metadata == null || !metadata.isObject()) {
      return "UNKNOWN";
    }
    boolean enabled =
        "*".equals(object.annotation(metadataPath(object), Workload.RESOLVE_NAMES))
            || "*".equals(object.annotation(List.of("metadata"), Workload.RESOLVE_NAMES));
    return String.valueOf(enabled);
  }

  private static boolean isImageStream(ManifestObject object) {
    String group = WorkloadKind.groupOf(object.apiVersion());
    return object.kind().equals("ImageStream")
        && (group.equals("image.openshift.io") || group.isEmpty());
  }

  /**
   * kubectl's name printer: {@code <kind>.<group>/<name>} in lower case, without the group for the
   * core one.
   */
  static String printedName(ManifestObject object) {
    String group = WorkloadKind.groupOf(object.apiVersion());
    String kind = object.kind().toLowerCase(Locale.ROOT);
    return (group.isEmpty() ? kind : kind + "." + group) + "/" + object.name();
  }

  private static String listName(ManifestObject object) {
    return isImageStream(object) ? object.name() : resource(object.kind()) + "/" + object.name();
  }

  /** apimachinery's UnsafeGuessKindToResource: the lower-case plural of a kind. */
  static String resource(String kind) {
    String singular = kind.toLowerCase(Locale.ROOT);
    if (singular.endsWith("s")) {
      return singular + "es";
    }
    if (singular.endsWith("y")) {
      return singular.substring(0, singular.length() - 1) + "ies";
    }
    return singular.isEmpty() ? singular : singular + "s";
  }
}
