package io.isctl.workload;

import io.isctl.resolve.Resolution;
import io.isctl.workload.Workload.Container;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The {@code image.openshift.io/triggers} annotation as the image trigger controller applies it
 * (§7.3): each trigger names a stream tag and a container's {@code image} field by path; paused
 * triggers and tags with no image yet change nothing, and a trigger the controller cannot apply (a
 * field path outside the pod template, or naming no container) leaves the whole object alone.
 */
final class AnnotationTriggers {
  static final String MECHANISM = "triggers annotation";

  /** Resolves a trigger's {@code stream:tag} in a namespace (§7.1). */
  interface Tags {
    Resolution resolve(String namespace, String name);
  }

  /**
   * What the controller does to one object.
   *
   * @param images the containers whose image it sets, and to what
   * @param notes one per trigger that names a container, in the annotation's order
   */
  record Decision(Map<Container, String> images, List<Note> notes) {}

  /**
   * What one trigger did to its container.
   *
   * @param unresolves whether the container is left unresolved for {@code reason}
   */
  record Note(Container container, String rule, String reason, boolean unresolves) {}

  /** Thrown inside {@link #decide} when the controller refuses the object. */
  private static final class Refused extends Exception {
    private static final long serialVersionUID = 1L;

    Refused(String problem) {
      super(problem, null, false, false);
    }
  }

  private final Workload workload;
  private final String source;
  private final List<String> problems;
  private final String basePath;

  AnnotationTriggers(Workload workload, String source, List<String> problems) {
    this.workload = workload;
    this.source = source;
    this.problems = problems;
    this.basePath = workload.kind().podSpecFieldPath() + ".";
  }

  /**
   * The controller's decision for the object's containers, whose current images are {@code images};
   * empty when there is no annotation or the controller applies none of it (the problem is
   * recorded). The controller applies all or nothing.
   */
  Optional<Decision> decide(Map<Container, String> images, Tags tags) {
    String annotation = workload.object().annotation(List.of("metadata"), Workload.TRIGGERS);
    if (annotation == null) {
      return Optional.empty();
    }
    try {
      Map<Container, String> pending = new LinkedHashMap<>();
      List<Note> notes = new ArrayList<>();
      for (TriggerAnnotation.Trigger trigger : parse(annotation)) {
        apply(trigger, images, tags, pending, notes);
      }
      return Optional.of(new Decision(pending, notes));
    } catch (Refused e) {
      problems.add(problem(e.getMessage()));
      return Optional.empty();
    }
  }

  private static List<TriggerAnnotation.Trigger> parse(String annotation) throws Refused {
    try {
      return TriggerAnnotation.parse(annotation);
    } catch (IllegalArgumentException e) {
      throw new Refused(e.getMessage());
    }
  }

  private void apply(
      TriggerAnnotation.Trigger trigger,
      Map<Container, String> images,
      Tags tags,
      Map<Container, String> pending,
      List<Note> notes)
      throws Refused {
    Optional<Container> target = target(trigger);
    if (trigger.paused()) {
      target.ifPresent(
          c ->
              notes.add(
                  new Note(
                      c, "paused", "the trigger from " + trigger.from() + " is paused", false)));
      return;
    }
    if (!trigger.fieldPath().startsWith(basePath)) {
      // The controller skips this trigger and applies the others.
      problems.add(
          problem(
              "field path "
                  + trigger.fieldPath()
                  + " is not under "
                  + basePath
                  + ": the controller ignores the trigger"));
      return;
    }
    String namespace =
        trigger.fromNamespace().isEmpty() ? workload.namespace() : trigger.fromNamespace();
    Resolution r = tags.resolve(namespace, trigger.fromName());
    String reason = "trigger from " + trigger.from() + ": " + r.reason();
    if (!r.resolved()) {
      target.ifPresent(c -> notes.add(new Note(c, r.rule(), reason, true)));
      return;
    }
    Optional<TriggerAnnotation.ContainerPath> path =
        TriggerAnnotation.containerPath(trigger.fieldPath().substring(basePath.length()));
    if (path.isEmpty() || !path.get().remainder().equals("image")) {
      throw new Refused("field path is not valid: " + trigger.fieldPath());
    }
    Container c =
        target.orElseThrow(() -> new Refused("no such container: " + trigger.fieldPath()));
    if (!pending.getOrDefault(c, images.get(c)).equals(r.image())) {
      pending.put(c, r.image());
    }
    notes.add(new Note(c, r.rule(), reason, false));
  }

  /** The container a trigger's field path names, if any. */
  private Optional<Container> target(TriggerAnnotation.Trigger trigger) {
    String path =
        trigger.fieldPath().startsWith(basePath)
            ? trigger.fieldPath().substring(basePath.length())
            : "";
    return TriggerAnnotation.containerPath(path)
        .flatMap(p -> TriggerAnnotation.find(workload.containers(), p));
  }

  private String problem(String what) {
    return source + ": " + workload.label() + ": " + Workload.TRIGGERS + ": " + what;
  }
}
