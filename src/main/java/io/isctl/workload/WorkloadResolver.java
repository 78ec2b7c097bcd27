package io.isctl.workload;

import com.fasterxml.jackson.databind.JsonNode;
import io.isctl.model.ImageStream;
import io.isctl.model.StreamSource;
import io.isctl.reference.NameSplit;
import io.isctl.reference.StreamNames;
import io.isctl.resolve.LookupResolver;
import io.isctl.resolve.Resolution;
import io.isctl.resolve.TriggerResolver;
import io.isctl.workload.ContainerReport.Status;
import io.isctl.workload.ContainerReport.Step;
import io.isctl.workload.Workload.Container;
import io.isctl.yaml.edit.YamlEdits;
import io.isctl.yaml.edit.YamlSource;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the cluster does to the container images of the workloads in one manifest, in its order:
 * image-policy admission when the object is created (local lookup, §6.2), then the image trigger
 * controller (DeploymentConfig {@code imageChangeParams}, §7.2, or the {@code
 * image.openshift.io/triggers} annotation, §7.3), whose update passes admission again for the
 * images it changed. The result is the same text with only image fields (and {@code
 * lastTriggeredImage}) changed.
 */
public final class WorkloadResolver {
  private final StreamSource streams;
  private final LookupResolver lookup;

  /**
   * @param streams the image streams, as the API server returns them (repositories filled in)
   * @param internalRegistry the integrated registry's hostname, "" when none
   */
  public WorkloadResolver(StreamSource streams, String internalRegistry) {
    this.streams = streams;
    this.lookup = new LookupResolver(streams, internalRegistry);
  }

  /**
   * The outcome for one manifest file.
   *
   * @param text the new text; identical to the input when nothing changed
   * @param containers one report per container of every workload, in file order
   * @param problems objects the trigger controller refuses (bad annotation, bad field path), one
   *     line each
   */
  public record FileResult(String text, List<ContainerReport> containers, List<String> problems) {
    public boolean changed(String original) {
      return !text.equals(original);
    }
  }

  /**
   * Resolves every workload of a manifest.
   *
   * @param source names the file in messages
   * @param defaultNamespace the namespace of objects that name none
   * @throws io.isctl.yaml.YamlException when the text is not YAML
   * @throws WorkloadException when a workload has a field of the wrong type
   */
  public FileResult resolve(String text, String source, String defaultNamespace) {
    YamlSource yaml = YamlSource.parse(text, source);
    YamlEdits edits = new YamlEdits(yaml);
    List<ContainerReport> reports = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    for (ManifestObject object : ManifestObject.all(yaml)) {
      Optional<WorkloadKind> kind = WorkloadKind.of(object.apiVersion(), object.kind());
      if (kind.isPresent()) {
        Workload workload = Workload.of(object, kind.get(), defaultNamespace, source);
        new Run(workload, source, edits, reports, problems).run();
      }
    }
    String result;
    try {
      result = edits.apply();
    } catch (YamlEdits.CannotEdit e) {
      throw new WorkloadException(source + ": " + e.getMessage());
    }
    return new FileResult(result, reports, problems);
  }

  /** The §7.1 pull spec for {@code [ns/]stream:tag} as a trigger names it. */
  private Resolution triggerImage(String namespace, String name) {
    NameSplit split = StreamNames.splitImageStreamTag(name);
    if (!split.separatorFound()) {
      return Resolution.unresolved(name, "\"" + name + "\" is not of the form <stream>:<tag>");
    }
    Optional<ImageStream> stream = streams.find(namespace, split.name());
    if (stream.isEmpty()) {
      return Resolution.unresolved(name, "no image stream " + namespace + "/" + split.name());
    }
    return TriggerResolver.resolve(stream.get(), split.suffix());
  }

  /** The mechanisms applied to one workload. */
  private final class Run {
    private final Workload workload;
    private final String source;
    private final YamlEdits edits;
    private final List<ContainerReport> reports;
    private final List<String> problems;
    private final Map<Container, String> images = new LinkedHashMap<>();
    private final Map<Container, List<Step>> steps = new HashMap<>();
    private final Map<Container, String> unresolved = new HashMap<>();
    private final boolean admission;
    private final boolean forceLocal;

    Run(
        Workload workload,
        String source,
        YamlEdits edits,
        List<ContainerReport> reports,
        List<String> problems) {
      this.workload = workload;
      this.source = source;
      this.edits = edits;
      this.reports = reports;
      this.problems = problems;
      this.admission = workload.kind().admission() && !workload.controllerOwned();
      this.forceLocal = workload.resolveNames();
      for (Container c : workload.containers()) {
        images.put(c, c.image());
        steps.put(c, new ArrayList<>());
      }
    }

    void run() {
      if (workload.kind().admission() && workload.controllerOwned()) {
        images
            .keySet()
            .forEach(
                c ->
                    step(
                        c,
                        "lookup",
                        "skipped",
                        "the object has an owner reference with controller: true, which admission leaves alone",
                        c.image()));
      }
      if (admission) {
        images.keySet().forEach(c -> admit(c, "lookup"));
      }
      Map<Container, String> afterAdmission = new HashMap<>(images);
      if (workload.kind() == WorkloadKind.DEPLOYMENT_CONFIG) {
        new DeploymentConfigTriggers(workload, this::step, this::unresolve, edits, source, problems)
            .apply(images, this::triggerImage);
      } else if (workload.kind().annotationTriggers()) {
        annotationTriggers();
      } else if (workload.object().annotation(List.of("metadata"), Workload.TRIGGERS) != null) {
        problems.add(
            source
                + ": "
                + workload.label()
                + ": "
                + Workload.TRIGGERS
                + ": ignored: no trigger controller watches "
                + workload.kind().kind()
                + " objects");
      }
      // An image a trigger wrote replaces whatever admission could not resolve in the one written.
      for (Container c : images.keySet()) {
        if (!images.get(c).equals(afterAdmission.get(c))) {
          unresolved.remove(c);
        }
      }
      // The controller's update passes admission again, for the containers whose image it changed;
      // job
      // templates are immutable, so admission never rewrites them on update.
      if (admission && workload.kind() != WorkloadKind.JOB) {
        for (Container c : images.keySet()) {
          if (!images.get(c).equals(afterAdmission.get(c))) {
            admit(c, "lookup on update");
          }
        }
      }
      finish();
    }

    private Resolution triggerImage(String namespace, String name) {
      return WorkloadResolver.this.triggerImage(namespace, name);
    }

    private void admit(Container c, String mechanism) {
      String image = images.get(c);
      if (image.isEmpty()) {
        return;
      }
      Resolution r = lookup.resolve(image, workload.namespace(), forceLocal);
      if (r.resolved()) {
        images.put(c, r.image());
        step(c, mechanism, r.rule(), r.reason(), image);
      } else if (r.isAsWritten() && mechanism.equals("lookup")) {
        step(c, mechanism, r.rule(), r.reason(), image);
      } else if (mechanism.equals("lookup")) {
        step(c, mechanism, r.rule(), r.reason(), image);
        unresolved.put(c, r.reason());
      }
    }

    /** Records a step that took the image from {@code from} to the container's current image. */
    private void step(Container c, String mechanism, String rule, String reason, String from) {
      steps.get(c).add(new Step(mechanism, rule, reason, from, images.get(c)));
    }

    private void unresolve(Container c, String reason) {
      unresolved.put(c, reason);
    }

    private void annotationTriggers() {
      new AnnotationTriggers(workload, source, problems)
          .decide(images, this::triggerImage)
          .ifPresent(this::apply);
    }

    private void apply(AnnotationTriggers.Decision decision) {
      Map<Container, String> before = new HashMap<>(images);
      decision
          .images()
          .forEach(
              (c, image) -> {
                images.put(c, image);
                unresolved.remove(c);
              });
      // Each step goes from the image before the controller ran to the one after it.
      for (AnnotationTriggers.Note note : decision.notes()) {
        Container c = note.container();
        steps
            .get(c)
            .add(
                new Step(
                    AnnotationTriggers.MECHANISM,
                    note.rule(),
                    note.reason(),
                    before.get(c),
                    images.get(c)));
        if (note.unresolves()) {
          unresolve(c, note.reason());
        }
      }
    }

    private void finish() {
      for (Container c : workload.containers()) {
        String after = images.get(c);
        String reason = unresolved.getOrDefault(c, "");
        if (reason.isEmpty() && after.isEmpty()) {
          reason = "the container has no image";
        }
        if (!after.equals(c.image())) {
          try {
            if (c.node() == null) {
              throw new YamlEdits.CannotEdit("the container comes from a YAML merge key");
            }
            edits.setString(c.node(), "image", after);
          } catch (YamlEdits.CannotEdit e) {
            reason =
                "would become " + after + " but " + e.getMessage() + ": isctl leaves it as written";
            after = c.image();
          }
        }
        Status status =
            !reason.isEmpty()
                ? Status.UNRESOLVED
                : after.equals(c.image()) ? Status.UNCHANGED : Status.CHANGED;
        reports.add(
            new ContainerReport(
                source,
                workload.kind().kind(),
                workload.object().name(),
                workload.namespace(),
                c.name(),
                c.init(),
                c.image(),
                after,
                status,
                reason,
                steps.get(c)));
      }
    }
  }

  /** The value of a JSON field as text, "" when absent or not a string. */
  static String text(JsonNode node, String field) {
    return ManifestObject.text(node, field);
  }
}
