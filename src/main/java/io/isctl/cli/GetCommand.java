package io.isctl.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.isctl.base.ExitCodes;
import io.isctl.cli.print.Listing;
import io.isctl.ops.GetOperation;
import io.isctl.ops.GetRequest;
import io.isctl.yaml.KubeJson;
import io.isctl.yaml.KubeYaml;
import java.io.PrintWriter;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code isctl get is|istag|isimage [NAME...]}: oc's tables, or the objects as YAML or JSON. */
@Command(
    name = "get",
    description = "Display image streams (is), image stream tags (istag) or images (isimage).",
    footerHeading = "%nExamples:%n",
    footer = {
      "  isctl get is -n myproject",
      "  isctl get is myimage-ref-source -o yaml",
      "  isctl get is -o wide          # with the image each tag hands to Pods",
      "  isctl get istag myimage-ref-local:mytag -o json"
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:shown", "1:not found", "2:bad arguments"})
final class GetCommand implements Callable<Integer> {
  private final Session.Environment environment;
  @Spec CommandSpec spec;
  @Mixin HelpOption help;
  @Mixin GlobalOptions global;

  @Parameters(
      index = "0",
      paramLabel = "TYPE",
      completionCandidates = ResourceKind.Candidates.class,
      description = "is, istag or isimage.")
  String type;

  @Parameters(
      index = "1..*",
      paramLabel = "NAME",
      completionCandidates = ResourceKind.Names.class,
      description = "Names (NAME, NAME:TAG or NAME@ID).")
  List<String> names = List.of();

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FORMAT",
      converter = OutputFormat.Converter.class,
      completionCandidates = OutputFormat.Candidates.class,
      description = "yaml, json, name or wide.")
  OutputFormat output;

  GetCommand(Session.Environment environment) {
    this.environment = environment;
  }

  @Override
  public Integer call() {
    ResourceKind kind = ResourceKind.parse(type);
    Session session = Session.of(spec, environment).reading();
    GetOperation get = new GetOperation(session.api());
    String namespace = session.namespace();
    GetRequest request = new GetRequest(names, namespace, output == OutputFormat.WIDE);
    Listing found =
        switch (kind) {
          case IMAGE_STREAM -> Listing.streams(get.streams(request));
          case IMAGE_STREAM_TAG -> Listing.tags(get.tags(request));
          case IMAGE_STREAM_IMAGE -> Listing.images(get.images(request));
        };
    print(found, kind, namespace, session.clock().instant());
    return ExitCodes.OK;
  }

  private void print(Listing found, ResourceKind kind, String namespace, Instant now) {
    PrintWriter out = spec.commandLine().getOut();
    if (output == null || output == OutputFormat.WIDE) {
      if (found.isEmpty()) {
        spec.commandLine().getErr().println("No resources found in " + namespace + " namespace.");
      } else {
        out.print(found.table(output == OutputFormat.WIDE, now));
      }
    } else if (output == OutputFormat.NAME) {
      found.names().forEach(name -> out.println(kind.qualifiedName() + "/" + name));
    } else {
      List<ObjectNode> objects = found.objects();
      JsonNode document = objects.size() == 1 && !names.isEmpty() ? objects.get(0) : list(objects);
      out.print(output == OutputFormat.JSON ? KubeJson.write(document) : KubeYaml.write(document));
    }
    out.flush();
  }

  /** kubectl's wrapper for several objects. */
  private static ObjectNode list(List<ObjectNode> objects) {
    ObjectNode list = JsonNodeFactory.instance.objectNode();
    list.put("apiVersion", "v1");
    ArrayNode items = list.putArray("items");
    objects.forEach(items::add);
    list.put("kind", "List");
    list.putObject("metadata").put("resourceVersion", "");
    return list;
  }
}
