package io.isctl.cli;

import io.isctl.cli.print.Table;
import io.isctl.model.ImageStream;
import io.isctl.model.ImageStreamTree;
import io.isctl.ops.ImageLookupOperation;
import io.isctl.ops.ImageLookupRequest;
import io.isctl.ops.UsageException;
import io.isctl.yaml.KubeJson;
import io.isctl.yaml.KubeYaml;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code isctl set image-lookup}: lets plain Pods use {@code stream:tag} in the stream's namespace. */
@Command(
    name = "image-lookup",
    mixinStandardHelpOptions = true,
    description = {
        "Change how images are resolved when Pods use a short name such as myimage:mytag.",
        "",
        "With lookup enabled (spec.lookupPolicy.local), a Pod, Deployment or other plain Kubernetes object in "
            + "the same namespace may name the image stream tag as its image; the cluster replaces it with the "
            + "tag's current image. Without names or --all, lists the streams and their setting."},
    footerHeading = "%nExamples:%n",
    footer = {
        "  # Let Pods in myproject use myimage-ref-source:mytag",
        "  isctl set image-lookup myimage-ref-source -n myproject",
        "  # Turn it off again",
        "  isctl set image-lookup myimage-ref-source --enabled=false",
        "  # Every stream in the namespace",
        "  isctl set image-lookup --all",
        "  # Show the setting of each stream",
        "  isctl set image-lookup --list"},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:done", "1:a stream was not found", "2:bad arguments"})
final class SetImageLookupCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin GlobalOptions global;

  @Parameters(arity = "0..*", paramLabel = "NAME", description = "Image stream names.")
  List<String> names = List.of();

  @Option(names = "--all", description = "Every image stream in the namespace.")
  boolean all;

  @Option(names = "--enabled", arity = "0..1", defaultValue = "true", fallbackValue = "true",
      description = "Enable (default) or disable lookup.")
  boolean enabled;

  @Option(names = "--list", description = "Only show each stream's setting.")
  boolean list;

  @Option(names = {"-o", "--output"}, paramLabel = "FORMAT", converter = OutputFormat.Converter.class,
      completionCandidates = OutputFormat.Candidates.class, description = "Print the changed objects: yaml, json or name.")
  OutputFormat output;

  @Override
  public Integer call() {
    if (output == OutputFormat.WIDE) {
      throw new UsageException("set image-lookup supports -o yaml, json or name");
    }
    Session session = Session.current(spec);
    ImageLookupRequest request = new ImageLookupRequest(names, all, enabled, list, output != null, session.namespace());
    ImageLookupOperation operation = new ImageLookupOperation(session.api());
    PrintWriter out = spec.commandLine().getOut();
    if (request.listOnly()) {
      Table table = new Table("NAME", "LOCAL");
      operation.select(request).forEach(s -> table.row(s.name(), String.valueOf(s.spec().lookupLocal())));
      out.print(table.render());
      out.flush();
      return ExitCodes.OK;
    }
    for (ImageLookupOperation.Changed result : operation.apply(request)) {
      ImageStream stream = result.stream();
      if (output == OutputFormat.YAML) {
        out.print(KubeYaml.write(ImageStreamTree.write(stream)));
      } else if (output == OutputFormat.JSON) {
        out.print(KubeJson.write(ImageStreamTree.write(stream)));
      } else if (output == OutputFormat.NAME) {
        out.println("imagestream.image.openshift.io/" + stream.name());
      } else if (result.changed()) {
        out.println("imagestream.image.openshift.io/" + stream.name() + " image lookup updated");
      }
    }
    out.flush();
    return ExitCodes.OK;
  }
}
