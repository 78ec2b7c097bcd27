package io.isctl.workload;

import com.fasterxml.jackson.databind.JsonNode;
import io.isctl.reference.NameSplit;
import io.isctl.reference.StreamNames;
import io.isctl.resolve.Resolution;
import io.isctl.workload.Workload.Container;
import io.isctl.yaml.edit.Nodes;
import io.isctl.yaml.edit.YamlEdits;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.nodes.Node;

/**
 * A DeploymentConfig's image-change triggers as the API server validates them and ocm's {@code
 * UpdateDeploymentConfigImages} applies them: non-automatic triggers are ignored; if an automatic
 * trigger resolves to nothing and has no {@code lastTriggeredImage}, the whole DeploymentConfig is
 * left alone; otherwise each trigger's image (or its last one) goes into {@code lastTriggeredImage}
 * and into every init container and container it names.
 */
final class DeploymentConfigTriggers {
  static final String MECHANISM = "DeploymentConfig trigger";

  /** Records a step for a container whose image map entry is already final. */
  interface Steps {
    void step(Container c, String mechanism, String rule, String reason, String from);
  }

  /** Marks a container unresolved. */
  interface Unresolved {
    void mark(Container c, String reason);
  }

  /** Resolves a trigger's {@code stream:tag} in a namespace (§7.1). */
  interface Tags {
    Resolution resolve(String namespace, String name);
  }

  /** One trigger with image-change parameters, as defaulted by the API server. */
  private record Params(
      int index,
      Node node,
      boolean automatic,
      List<String> containerNames,
      String namespace,
      String name,
      String last) {
    String from() {
      return namespace + "/" + name;
    }
  }

  private final Workload workload;
  private final Steps steps;
  private final Unresolved unresolved;
  private final YamlEdits edits;
  private final String source;
  private final List<String> problems;

  DeploymentConfigTriggers(
      Workload workload,
      Steps steps,
      Unresolved unresolved,
      YamlEdits edits,
      String source,
      List<String> problems) {
    this.workload = workload;
    this.steps = steps;
    this.unresolved = unresolved;
    this.edits = edits;
    this.source = source;
    this.problems = problems;
  }

  /** Applies the triggers to {@code images} (container → current image). */
  void apply(Map<Container, String> images, Tags tags) {
    List<Params> triggers = read();
    Map<Container, String> next = new LinkedHashMap<>(images);
    Map<Container, List<String[]>> notes = new LinkedHashMap<>();
    Map<Params, String> lastTriggered = new LinkedHashMap<>();
    for (Params p : triggers) {
      List<Container> named = named(p);
      if (!p.automatic()) {
        named.forEach(
            c ->
                note(
                    notes,
                    c,
                    "not automatic",
                    "the trigger from "
                        + p.from()
                        + " has automatic: false, so the controller ignores it"));
        continue;
      }
      Resolution r = tags.resolve(p.namespace(), p.name());
      if (!r.resolved() && p.last().isEmpty()) {
        block(triggers, p, r, images);
        return;
      }
      String ref = r.resolved() ? r.image() : p.last();
      String why =
          r.resolved() ? r.reason() : r.reason() + "; the controller keeps lastTriggeredImage";
      if (!p.last().equals(ref)) {
        lastTriggered.put(p, ref);
      }
      for (Container c : named) {
        next.put(c, ref);
        note(
            notes,
            c,
            r.resolved() ? r.rule() : "lastTriggeredImage",
            "trigger from " + p.from() + ": " + why);
      }
    }
    Map<Container, String> before = new HashMap<>(images);
    images.putAll(next);
    notes.forEach(
        (c, list) -> list.forEach(n -> steps.step(c, MECHANISM, n[0], n[1], before.get(c))));
    lastTriggered.forEach(
        (p, ref) -> {
          try {
            edits.setString(p.node(), "lastTriggeredImage", ref);
          } catch (YamlEdits.CannotEdit e) {
            problems.add(
                source
                    + ": "
                    + workload.label()
                    + ": spec.triggers["
                    + p.index()
                    + "].imageChangeParams.lastTriggeredImage: would become "
                    + ref
                    + " but "
                    + e.getMessage());
          }
        });
  }

  private static void note(
      Map<Container, List<String[]>> notes, Container c, String rule, String reason) {
    notes.computeIfAbsent(c, k -> new ArrayList<>()).add(new String[] {rule, reason});
  }

  /** Every automatic trigger's containers stay as they are, and are unresolved. */
  private void block(
      List<Params> triggers, Params culprit, Resolution r, Map<Container, String> images) {
    String reason =
        "trigger from "
            + culprit.from()
            + ": "
            + r.reason()
            + " and it has no lastTriggeredImage, so the controller leaves the DeploymentConfig untouched";
    for (Params p : triggers) {
      if (p.automatic()) {
        for (Container c : named(p)) {
          steps.step(c, MECHANISM, "unresolved", reason, images.get(c));
          unresolved.mark(c, reason);
        }
      }
    }
  }

  /**
   * The init containers, then the containers, whose names the trigger lists; unknown names are
   * reported.
   */
  private List<Container> named(Params p) {
    List<Container> result = new ArrayList<>();
    for (boolean init : new boolean[] {true, false}) {
      for (Container c : workload.containers()) {
        if (c.init() == init && p.containerNames().contains(c.name())) {
          result.add(c);
        }
      }
    }
    for (String name : p.containerNames()) {
      if (result.stream().noneMatch(c -> c.name().equals(name))) {
        String problem =
            source
                + ": "
                + workload.label()
                + ": spec.triggers["
                + p.index()
                + "].imageChangeParams.containerNames: no container named \""
                + name
                + "\": the controller ignores it";
        if (!problems.contains(problem)) {
          problems.add(problem);
        }
      }
    }
    return result;
  }

  /** The triggers with image-change parameters, validated as the API server does. */
  private List<Params> read() {
    JsonNode triggers = workload.object().at(List.of("spec", "triggers"));
    if (triggers == null || triggers.isNull()) {
      return List.of();
    }
    if (!triggers.isArray()) {
      throw bad("spec.triggers", "must be a list");
    }
    List<Params> result = new ArrayList<>();
    for (int i = 0; i < triggers.size(); i++) {
      String at = "spec.triggers[" + i + "]";
      JsonNode trigger = triggers.get(i);
      if (!trigger.isObject()) {
        throw bad(at, "must be an object");
      }
      String type = string(trigger, "type", at + ".type");
      if (type.isEmpty()) {
        throw bad(at + ".type", "Required value");
      }
      JsonNode params = trigger.get("imageChangeParams");
      if (params == null || params.isNull()) {
        if (type.equals("ImageChange")) {
          throw bad(at + ".imageChangeParams", "Required value");
        }
        continue;
      }
      if (!params.isObject()) {
        throw bad(at + ".imageChangeParams", "must be an object");
      }
      Params p = params(i, at + ".imageChangeParams", params, type.equals("ImageChange"));
      if (p != null) {
        result.add(p);
      }
    }
    return result;
  }

  private Params params(int index, String at, JsonNode params, boolean validate) {
    JsonNode from = params.get("from");
    if (from != null && !from.isNull() && !from.isObject()) {
      throw bad(at + ".from", "must be an object");
    }
    String kind = string(from, "kind", at + ".from.kind");
    String name = string(from, "name", at + ".from.name");
    String namespace = string(from, "namespace", at + ".from.namespace");
    List<String> names = strings(params, "containerNames", at + ".containerNames");
    JsonNode automatic = params.get("automatic");
    if (automatic != null && !automatic.isNull() && !automatic.isBoolean()) {
      throw bad(at + ".automatic", "must be a boolean");
    }
    String last = string(params, "lastTriggeredImage", at + ".lastTriggeredImage");
    kind = kind.isEmpty() ? "ImageStreamTag" : kind;
    if (validate) {
      validate(at, kind, name, namespace, names);
    }
    if (!kind.equals("ImageStreamTag")) {
      return null;
    }
    Node node = workload.object().nodeAt(List.of("spec", "triggers"));
    node = node == null ? null : Nodes.at(node, List.of(index, "imageChangeParams"));
    return new Params(
        index,
        node,
        automatic != null && automatic.asBoolean(),
        names,
        namespace.isEmpty() ? workload.namespace() : namespace,
        name,
        last);
  }

  private void validate(String at, String kind, String name, String namespace, List<String> names) {
    if (name.isEmpty()) {
      throw bad(at + ".from", "Required value");
    }
    if (!kind.equals("ImageStreamTag")) {
      throw bad(
          at + ".from.kind", "Invalid value: \"" + kind + "\": kind must be an ImageStreamTag");
    }
    NameSplit split = StreamNames.splitImageStreamTag(name);
    if (!split.separatorFound()) {
      throw bad(
          at + ".from.name",
          "Invalid value: \"" + name + "\": must be in the form of <name>:<tag>");
    }
    StreamNames.validateStreamName(split.name())
        .ifPresent(
            e -> {
              throw bad(at + ".from.name", "Invalid value: \"" + name + "\": " + e);
            });
    if (!namespace.isEmpty() && StreamNames.validateNamespace(namespace).isPresent()) {
      throw bad(
          at + ".from.namespace",
          "Invalid value: \"" + namespace + "\": namespace must be a valid subdomain");
    }
    if (names.isEmpty()) {
      throw bad(at + ".containerNames", "Required value");
    }
  }

  private String string(JsonNode object, String field, String at) {
    JsonNode value = object == null ? null : object.get(field);
    if (value == null || value.isNull()) {
      return "";
    }
    if (!value.isTextual()) {
      throw bad(at, "must be a string");
    }
    return value.asText();
  }

  private List<String> strings(JsonNode object, String field, String at) {
    JsonNode value = object.get(field);
    if (value == null || value.isNull()) {
      return List.of();
    }
    if (!value.isArray()) {
      throw bad(at, "must be a list");
    }
    List<String> result = new ArrayList<>();
    for (JsonNode item : value) {
      if (!item.isTextual()) {
        throw bad(at, "must be a list of strings");
      }
      result.add(item.asText());
    }
    return result;
  }

  private WorkloadException bad(String field, String problem) {
    return Workload.bad(source, workload.object(), field, problem);
  }
}
