package io.isctl.ops;

import io.isctl.model.ImageStream;
import io.isctl.model.StreamSource;
import io.isctl.workload.ContainerReport;
import io.isctl.workload.WorkloadResolver;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * {@code isctl resolve -f}: the manifests as the cluster would run them, and what it did to each
 * container.
 */
public final class ResolveWorkloadsOperation {
  private final ImageApiServer api;

  public ResolveWorkloadsOperation(ImageApiServer api) {
    this.api = api;
  }

  /**
   * What to resolve.
   *
   * @param filenames as given to {@code -f}; "-" is standard input
   * @param recursive whether folders are walked (-R)
   * @param namespace the namespace of objects that name none
   */
  public record Request(
      List<String> filenames,
      boolean recursive,
      String namespace,
      Path cwd,
      Supplier<InputStream> stdin) {}

  /** One manifest, before and after. */
  public record Output(ManifestFiles.Manifest manifest, String text) {
    public boolean changed() {
      return !text.equals(manifest.text());
    }
  }

  /**
   * Every manifest resolved, with a report per container and the objects whose triggers the
   * controller refuses.
   *
   * @param problems one line each, naming the file and object
   */
  public record Result(List<Output> outputs, List<Container> containers, List<String> problems) {
    /** Containers whose image could not be resolved. */
    public List<Container> unresolved() {
      return containers.stream().filter(c -> c.status() == Status.UNRESOLVED).toList();
    }
  }

  /**
   * What happened to one container's image.
   *
   * @param source the file (or "-") the workload came from
   * @param kind the object's kind
   * @param name the object's name
   * @param container the container's name
   * @param init whether it is an init container
   * @param before the image as written ("" when none)
   * @param after the image the cluster would run
   * @param status whether it changed, or could not be resolved
   * @param reason why it is unresolved; "" otherwise
   * @param steps what each mechanism did, in the cluster's order
   */
  public record Container(
      String source,
      String kind,
      String name,
      String namespace,
      String container,
      boolean init,
      String before,
      String after,
      Status status,
      String reason,
      List<Step> steps) {

    public Container {
      steps = List.copyOf(steps);
    }

    static Container of(ContainerReport report) {
      return new Container(
          report.source(),
          report.kind(),
          report.name(),
          report.namespace(),
          report.container(),
          report.init(),
          report.before(),
          report.after(),
          Status.valueOf(report.status().name()),
          report.reason(),
          report.steps().stream()
              .map(s -> new Step(s.mechanism(), s.rule(), s.reason(), s.from(), s.to()))
              .toList());
    }

    /** {@code container web} or {@code init container setup}. */
    public String describe() {
      return (init ? "init container " : "container ") + container;
    }
  }

  /** The outcome for one container. */
  public enum Status {
    UNCHANGED,
    CHANGED,
    UNRESOLVED
  }

  /**
   * One mechanism's decision.
   *
   * @param mechanism {@code lookup}, {@code lookup on update}, {@code triggers annotation} or
   *     {@code DeploymentConfig trigger}
   * @param rule the rule that decided, in a few words
   * @param from the image before this step
   * @param to the image after it (equal to from when it changed nothing)
   */
  public record Step(String mechanism, String rule, String reason, String from, String to) {}

  /**
   * Resolves every manifest; writes nothing.
   *
   * @throws OperationException when a manifest cannot be read or a workload is malformed
   */
  public Result resolve(Request request) {
    List<ManifestFiles.Manifest> manifests =
        ManifestFiles.read(
            request.filenames(), request.recursive(), request.cwd(), request.stdin());
    WorkloadResolver resolver =
        new WorkloadResolver(memoized(api::get), api.store().config().hosts().internal());
    List<Output> outputs = new ArrayList<>();
    List<Container> containers = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    for (ManifestFiles.Manifest manifest : manifests) {
      WorkloadResolver.FileResult result =
          resolver.resolve(manifest.text(), manifest.name(), request.namespace());
      outputs.add(new Output(manifest, result.text()));
      result.containers().forEach(report -> containers.add(Container.of(report)));
      problems.addAll(result.problems());
    }
    return new Result(outputs, containers, problems);
  }

  /** Rewrites the files that changed (never standard input); returns them. */
  public List<Output> writeChanged(Result result) {
    List<Output> written = new ArrayList<>();
    ManifestFiles.checkWritable(
        result.outputs().stream()
            .filter(output -> output.changed() && output.manifest().path() != null)
            .map(Output::manifest)
            .toList());
    for (Output output : result.outputs()) {
      if (output.changed() && output.manifest().path() != null) {
        ManifestFiles.write(output.manifest(), output.text());
        written.add(output);
      }
    }
    return written;
  }

  /** Each stream is read once per run, however many containers name it. */
  static StreamSource memoized(StreamSource streams) {
    Map<String, Optional<ImageStream>> cache = new HashMap<>();
    return (namespace, name) ->
        cache.computeIfAbsent(namespace + "/" + name, k -> streams.find(namespace, name));
  }
}
