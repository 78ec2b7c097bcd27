package io.isctl.cli;

import io.isctl.base.ExitCodes;
import io.isctl.base.Printable;
import io.isctl.base.UsageException;
import io.isctl.cli.print.Table;
import io.isctl.model.ImageStream;
import io.isctl.ops.ImageLookupFilesOperation;
import io.isctl.ops.ImageLookupOperation;
import io.isctl.ops.ImageLookupRequest;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code isctl set image-lookup}: lets plain Pods use {@code stream:tag} in the stream's namespace.
 */
@Command(
    name = "image-lookup",
    description = {
      "Change how images are resolved when Pods use a short name such as myimage:mytag.",
      "",
      "With lookup enabled (spec.lookupPolicy.local), a Pod, Deployment or other plain Kubernetes object in "
          + "the same namespace may name the image stream tag as its image; the cluster replaces it with the "
          + "tag's current image. Without names or --all, lists the streams and their setting.",
      "",
      "With -f FILE|DIR|-, works on manifests instead of the store: workloads get the annotation "
          + "alpha.image.policy.openshift.io/resolve-names: \"*\" on their pod template (a Pod, or an object "
          + "without a template, on itself), which makes the cluster look up every image of the workload in "
          + "the namespace's image streams; image streams get spec.lookupPolicy.local. --enabled=false removes "
          + "the annotation. The manifests are printed with only that changed; --in-place rewrites the files "
          + "and prints '<kind>/<name> image lookup updated' for each object it changed. --list prints the "
          + "setting of each object."
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  # Let Pods in myproject use myimage-ref-source:mytag",
      "  isctl set image-lookup myimage-ref-source -n myproject",
      "  # Turn it off again",
      "  isctl set image-lookup myimage-ref-source --enabled=false",
      "  # Every stream in the namespace",
      "  isctl set image-lookup --all",
      "  # Show the setting of each stream",
      "  isctl set image-lookup --list",
      "  # Force local lookup for every image of the workloads in k8s/, rewriting the files",
      "  isctl set image-lookup -f k8s/ --in-place",
      "  # Show the setting of each workload",
      "  isctl set image-lookup -f k8s/deployment.yaml --list",
      "  # Which files --in-place would change, changing none",
      "  isctl set image-lookup -f k8s/ --in-place --dry-run"
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:done", "1:a stream was not found", "2:bad arguments"})
final class SetImageLookupCommand implements Callable<Integer> {
  private final Session.Environment environment;
  @Spec CommandSpec spec;
  @Mixin HelpOption help;
  @Mixin GlobalOptions global;

  @Parameters(arity = "0..*", paramLabel = "NAME", description = "Image stream names.")
  List<String> names = List.of();

  @Option(names = "--all", description = "Every image stream in the namespace.")
  boolean all;

  @Option(
      names = "--enabled",
      arity = "0..1",
      defaultValue = "true",
      fallbackValue = "true",
      description = "Enable (default) or disable lookup.")
  boolean enabled;

  @Option(names = "--list", description = "Only show each stream's setting.")
  boolean list;

  @Option(
      names = {"-f", "--filename"},
      paramLabel = "FILE|DIR|-",
      description =
          "Manifests to change instead of streams in the store: a file, a folder, or - for stdin. Repeatable.")
  List<String> filenames = new java.util.ArrayList<>();

  @Option(
      names = {"-R", "--recursive"},
      description = "With -f, walk folders recursively.")
  boolean recursive;

  @Option(
      names = "--in-place",
      description = "With -f, rewrite the files that change instead of printing them.")
  boolean inPlace;

  @Mixin DryRunOption dryRun;
  @Mixin StreamObjectOutput output;

  SetImageLookupCommand(Session.Environment environment) {
    this.environment = environment;
  }

  @Override
  public Integer call() {
    output.requireObjectFormat("set image-lookup");
    Session session = Session.of(spec, environment);
    if (!filenames.isEmpty()) {
      return files(session);
    }
    if (inPlace || recursive) {
      throw new UsageException("--in-place and -R apply to -f only");
    }
    session.reading().writing(dryRun.mode());
    ImageLookupRequest request =
        new ImageLookupRequest(names, all, enabled, list, output.given(), session.namespace());
    ImageLookupOperation operation = new ImageLookupOperation(session.api());
    PrintWriter out = spec.commandLine().getOut();
    if (request.listOnly()) {
      List<ImageStream> streams = operation.select(request);
      if (output.given()) {
        // -o means what it means everywhere: the objects, here the ones --list selects.
        output.printAll(out, streams, names.size() == 1 && !all);
      } else {
        Table table = Table.narrow("NAME", "LOCAL");
        streams.forEach(s -> table.row(s.name(), String.valueOf(s.spec().lookupLocal())));
        out.print(table.render());
      }
      out.flush();
      return ExitCodes.OK;
    }
    List<ImageLookupOperation.Changed> results = operation.apply(request);
    if (output.given()) {
      output.printAll(
          out,
          results.stream().map(ImageLookupOperation.Changed::stream).toList(),
          names.size() == 1 && !all);
    } else {
      for (ImageLookupOperation.Changed result : results) {
        if (result.changed()) {
          out.println(
              "imagestream.image.openshift.io/"
                  + result.stream().name()
                  + " image lookup updated"
                  + dryRun.mode().suffix());
        }
      }
    }
    out.flush();
    return ExitCodes.OK;
  }

  /** {@code -f}: the manifests, not the store. */
  private int files(Session session) {
    if (!names.isEmpty()) {
      throw new UsageException(
          "when paths, URLs, or stdin is provided as input, you may not specify resource arguments as well");
    }
    if (all) {
      throw new UsageException("--all selects streams in the store; it may not be used with -f");
    }
    if (output.format == OutputFormat.JSON) {
      throw new UsageException("set image-lookup -f supports -o yaml or name");
    }
    List<ImageLookupFilesOperation.Output> outputs =
        ImageLookupFilesOperation.apply(
            filenames, recursive, session.cwd(), session.stdin(), enabled, list);
    PrintWriter out = spec.commandLine().getOut();
    if (list && output.format == OutputFormat.NAME) {
      outputs.forEach(
          o -> o.objects().forEach(object -> out.println(Printable.escape(object.printedName()))));
    } else if (list && output.format == OutputFormat.YAML) {
      // The objects --list reads, unchanged.
      out.print(
          ManifestOutput.concat(
              outputs.stream().map(ImageLookupFilesOperation.Output::text).toList()));
    } else if (list) {
      Table table = Table.narrow("NAME", "LOCAL");
      outputs.forEach(
          o -> o.objects().forEach(object -> table.row(object.listName(), object.local())));
      out.print(table.render());
    } else {
      if (inPlace && !dryRun.mode().on()) {
        ImageLookupFilesOperation.writeChanged(outputs);
      }
      if (output.format == OutputFormat.NAME) {
        outputs.forEach(
            o ->
                o.objects().stream()
                    .filter(ImageLookupFilesOperation.ObjectLookup::changed)
                    .forEach(object -> out.println(Printable.escape(object.printedName()))));
      } else if (inPlace) {
        outputs.forEach(
            o ->
                o.objects().stream()
                    .filter(ImageLookupFilesOperation.ObjectLookup::changed)
                    .forEach(
                        object ->
                            out.println(
                                Printable.escape(object.printedName())
                                    + " image lookup updated"
                                    + dryRun.mode().suffix())));
      } else {
        out.print(
            ManifestOutput.concat(
                outputs.stream().map(ImageLookupFilesOperation.Output::text).toList()));
      }
    }
    out.flush();
    return ExitCodes.OK;
  }
}
