package io.isctl.cli;

import io.isctl.base.UsageException;
import io.isctl.model.ImageStream;
import io.isctl.model.ImageStreamTree;
import io.isctl.yaml.KubeJson;
import io.isctl.yaml.KubeYaml;
import java.io.PrintWriter;
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
   * Prints the streams in the chosen format, YAML documents apart by {@code ---} as kubectl's
   * printer does; false when no format was chosen.
   */
  boolean print(PrintWriter out, java.util.List<ImageStream> streams) {
    if (format == null) {
      return false;
    }
    for (int i = 0; i < streams.size(); i++) {
      if (i > 0 && format == OutputFormat.YAML) {
        out.println("---");
      }
      print(out, streams.get(i));
    }
    return true;
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
