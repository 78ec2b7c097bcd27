package io.isctl.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.isctl.apiserver.ApiException;
import io.isctl.base.ExitCodes;
import io.isctl.base.UsageException;
import io.isctl.cli.print.StreamViews;
import io.isctl.model.ImageStream;
import io.isctl.model.ImageStreamTree;
import io.isctl.ops.ImageApiServer;
import io.isctl.ops.StreamTagName;
import io.isctl.yaml.KubeJson;
import io.isctl.yaml.KubeYaml;
import java.io.PrintWriter;
import java.util.ArrayList;
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
    mixinStandardHelpOptions = true,
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
    Session session = Session.of(spec, environment);
    ImageApiServer api = session.api();
    String namespace = session.namespace();
    ResourceKind kind = ResourceKind.parse(type);
    PrintWriter out = spec.commandLine().getOut();
    List<ImageStream> streams = new ArrayList<>();
    List<JsonNode> objects = new ArrayList<>();
    List<String> qualifiedNames = new ArrayList<>();
    switch (kind) {
      case IMAGE_STREAM -> {
        if (names.isEmpty()) {
          for (String name : api.store().names(namespace)) {
            api.get(namespace, name).ifPresent(streams::add);
          }
        } else {
          names.forEach(name -> streams.add(api.require(namespace, name)));
        }
        streams.forEach(
            s -> {
              objects.add(ImageStreamTree.write(s));
              qualifiedNames.add(s.name());
            });
      }
      case IMAGE_STREAM_TAG -> collectTags(api, namespace, streams, objects, qualifiedNames);
      case IMAGE_STREAM_IMAGE -> collectImages(api, namespace, streams, objects, qualifiedNames);
    }
    if (output == null || output == OutputFormat.WIDE) {
      boolean wide = output == OutputFormat.WIDE;
      String table =
          switch (kind) {
            case IMAGE_STREAM -> StreamViews.streamTable(streams, wide, session.clock().instant());
            case IMAGE_STREAM_TAG ->
                StreamViews.streamTagTable(streams, wide, session.clock().instant());
            case IMAGE_STREAM_IMAGE ->
                StreamViews.streamImageTable(objects, session.clock().instant());
          };
      if (objects.isEmpty()) {
        spec.commandLine().getErr().println("No resources found in " + namespace + " namespace.");
      } else {
        out.print(table);
      }
    } else if (output == OutputFormat.NAME) {
      qualifiedNames.forEach(name -> out.println(kind.qualifiedName() + "/" + name));
    } else {
      JsonNode document = objects.size() == 1 && !names.isEmpty() ? objects.get(0) : list(objects);
      out.print(output == OutputFormat.JSON ? KubeJson.write(document) : KubeYaml.write(document));
    }
    out.flush();
    return ExitCodes.OK;
  }

  private void collectTags(
      ImageApiServer api,
      String namespace,
      List<ImageStream> streams,
      List<JsonNode> objects,
      List<String> qualifiedNames) {
    if (names.isEmpty()) {
      for (String name : api.store().names(namespace)) {
        api.get(namespace, name)
            .ifPresent(
                stream -> {
                  streams.add(stream);
                  stream
                      .status()
                      .tags()
                      .forEach(
                          h ->
                              StreamViews.streamTagObject(stream, h.tag(), api::image)
                                  .ifPresent(
                                      o -> {
                                        objects.add(o);
                                        qualifiedNames.add(stream.name() + ":" + h.tag());
                                      }));
                });
      }
      return;
    }
    for (String name : names) {
      StreamTagName parsed = StreamTagName.parse(name, namespace).requireTag();
      ImageStream stream = api.require(parsed.namespace(), parsed.stream());
      ObjectNode object =
          StreamViews.streamTagObject(stream, parsed.tag(), api::image)
              .orElseThrow(
                  () ->
                      ApiException.notFound(
                          "imagestreamtags.image.openshift.io",
                          parsed.stream() + ":" + parsed.tag()));
      ImageStream only =
          stream.withStatus(
              stream
                  .status()
                  .tag(parsed.tag())
                  .map(
                      h ->
                          new io.isctl.model.ImageStreamStatus(
                              stream.status().dockerImageRepository(),
                              stream.status().publicDockerImageRepository(),
                              List.of(h),
                              null))
                  .orElse(stream.status()));
      streams.add(only);
      objects.add(object);
      qualifiedNames.add(parsed.stream() + ":" + parsed.tag());
    }
  }

  /** {@code get isimage NAME@ID...}: images must be named, as the API has no list of them. */
  private void collectImages(
      ImageApiServer api,
      String namespace,
      List<ImageStream> streams,
      List<JsonNode> objects,
      List<String> qualifiedNames) {
    if (names.isEmpty()) {
      throw new UsageException("get isimage needs NAME@ID: image stream images cannot be listed");
    }
    for (String name : names) {
      StreamTagName parsed = StreamTagName.parse(name, namespace).requireImage();
      String streamName = parsed.imageStream();
      String id = parsed.imageId();
      ImageStream stream = api.require(parsed.namespace(), streamName);
      ObjectNode object =
          StreamViews.streamImageObject(stream, id, api::image)
              .orElseThrow(
                  () ->
                      ApiException.notFound(
                          "imagestreamimages.image.openshift.io", streamName + "@" + id));
      streams.add(stream);
      objects.add(object);
      qualifiedNames.add(object.path("metadata").path("name").asText());
    }
  }

  /** kubectl's wrapper for several objects. */
  private static ObjectNode list(List<JsonNode> objects) {
    ObjectNode list = JsonNodeFactory.instance.objectNode();
    list.put("apiVersion", "v1");
    ArrayNode items = list.putArray("items");
    objects.forEach(items::add);
    list.put("kind", "List");
    list.putObject("metadata").put("resourceVersion", "");
    return list;
  }
}
