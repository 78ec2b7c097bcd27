package io.isctl.cli;

import io.isctl.cli.print.StreamDescriber;
import io.isctl.model.ImageStream;
import io.isctl.ops.StreamTagName;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code isctl describe is NAME} and {@code describe istag NAME:TAG}. */
@Command(
    name = "describe",
    mixinStandardHelpOptions = true,
    description = "Show an image stream, or one of its tags, as oc describes it, with each tag's Pod image.",
    footerHeading = "%nExamples:%n",
    footer = {"  isctl describe is myimage-ref-local -n myproject", "  isctl describe istag myimage-ref-local:mytag"},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:shown", "1:not found", "2:bad arguments"})
final class DescribeCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin GlobalOptions global;

  @Parameters(index = "0", paramLabel = "TYPE", completionCandidates = ResourceKind.Candidates.class,
      description = "is or istag.")
  String type;

  @Parameters(index = "1..*", arity = "1..*", paramLabel = "NAME",
      completionCandidates = ResourceKind.Names.class, description = "NAME, or NAME:TAG for istag.")
  List<String> names;

  @Override
  public Integer call() {
    Session session = Session.current(spec);
    ResourceKind kind = ResourceKind.parse(type);
    var out = spec.commandLine().getOut();
    boolean first = true;
    for (String name : names) {
      ImageStream stream;
      if (kind == ResourceKind.IMAGE_STREAM_TAG) {
        StreamTagName parsed = StreamTagName.parse(name, session.namespace()).requireTag();
        ImageStream whole = session.api().require(parsed.namespace(), parsed.stream());
        stream = onlyTag(whole, parsed.tag());
      } else {
        stream = session.api().require(session.namespace(), name);
      }
      if (!first) {
        out.println();
        out.println();
      }
      out.print(StreamDescriber.describe(stream, session.clock().instant()));
      first = false;
    }
    out.flush();
    return ExitCodes.OK;
  }

  private static ImageStream onlyTag(ImageStream stream, String tag) {
    var spec = stream.spec().withTags(stream.spec().tag(tag).map(List::of).orElse(List.of()));
    var status = new io.isctl.model.ImageStreamStatus(stream.status().dockerImageRepository(),
        stream.status().publicDockerImageRepository(), stream.status().tag(tag).map(List::of).orElse(List.of()), null);
    if (spec.tags().isEmpty() && status.tags().isEmpty()) {
      throw io.isctl.apiserver.ApiException.notFound("imagestreamtags.image.openshift.io", stream.name() + ":" + tag);
    }
    return stream.withSpec(spec).withStatus(status);
  }
}
