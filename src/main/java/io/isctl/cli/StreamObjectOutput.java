package io.isctl.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.isctl.base.UsageException;
import io.isctl.model.ImageStream;
import io.isctl.model.ImageStreamTree;
import io.isctl.yaml.KubeJson;
import io.isctl.yaml.KubeYaml;
import java.io.PrintWriter;
import java.util.List;
import picocli.CommandLine.Option;

/**
 * {@code -o yaml|json|name} for commands that print the streams they changed, as oc's printers do.
 */
final class StreamObjectOutput {
  @Option(
      names = {"-o", "--output"},
      paramLabel = "FORMAT",
      converter = OutputFormat.Converter.class,
      completionCandidates = OutputFormat.Candidates.class,
      description = "Print the streams: yaml, json or name.")
  OutputFormat format;

  /** Whether {@code -o} was given. */
  boolean given() {
    return format != null;
  }

  /**
   * Refuses {@code -o wide}, which has no meaning for changed objects.
   *
   * @throws UsageException naming the command
   */
  void requireObjectFormat(String command) {
    if (format == OutputFormat.WIDE) {
      throw new UsageException(command + " supports -o yaml, json or name");
    }
  }

  /**
   * Prints the streams a command changed in the chosen format, as get prints what it found: one
   * object alone, several as a List; false when no format was chosen.
   */
  boolean print(PrintWriter out, List<ImageStream> streams) {
    if (format == null) {
      return false;
    }
    printAll(out, streams, streams.size() == 1);
    return true;
  }

  /**
   * Prints the streams in the chosen format as get does: one object when one was named, else a List
   * of them.
   */
  void printAll(PrintWriter out, List<ImageStream> streams, boolean single) {
    if (format == OutputFormat.NAME) {
      streams.forEach(stream -> out.println("imagestream.image.openshift.io/" + stream.name()));
      return;
    }
    JsonNode document;
    if (single && streams.size() == 1) {
      document = ImageStreamTree.write(streams.get(0));
    } else {
      ObjectNode list = JsonNodeFactory.instance.objectNode();
      list.put("apiVersion", "v1");
      ArrayNode items = list.putArray("items");
      streams.forEach(stream -> items.add(ImageStreamTree.write(stream)));
      list.put("kind", "List");
      list.putObject("metadata").put("resourceVersion", "");
      document = list;
    }
    out.print(format == OutputFormat.JSON ? KubeJson.write(document) : KubeYaml.write(document));
  }

  /** Prints the stream in the chosen format; false when no format was chosen. */
  boolean print(PrintWriter out, ImageStream stream) {
    if (format == null) {
      return false;
    }
    switch (format) {
      case YAML -> out.print(KubeYaml.write(ImageStreamTree.write(stream)));
      case JSON -> out.print(KubeJson.write(ImageStreamTree.write(stream)));
      default -> out.println("imagestream.image.openshift.io/" + stream.name());
    }
    return true;
  }
}
