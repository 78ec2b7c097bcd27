package io.isctl.cli;

import io.isctl.base.ExitCodes;
import io.isctl.cli.print.ImageDescriber;
import io.isctl.cli.print.StreamDescriber;
import io.isctl.ops.DescribeOperation;
import io.isctl.ops.StreamImageView;
import io.isctl.ops.StreamTagView;
import io.isctl.ops.StreamView;
import java.io.PrintWriter;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code isctl describe is NAME}, {@code describe istag NAME:TAG} and {@code describe isimage
 * NAME@ID}.
 */
@Command(
    name = "describe",
    description =
        "Show an image stream, one of its tags or one of its images, as oc describes it, with each tag's Pod "
            + "image.",
    footerHeading = "%nExamples:%n",
    footer = {
      "  isctl describe is myimage-ref-local -n myproject",
      "  isctl describe istag myimage-ref-local:mytag",
      "  isctl describe isimage myimage-ref-local@sha256:42957024"
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:shown", "1:not found", "2:bad arguments"})
final class DescribeCommand implements Callable<Integer> {
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
      arity = "1..*",
      paramLabel = "NAME",
      completionCandidates = ResourceKind.Names.class,
      description = "NAME; NAME:TAG for istag, NAME@ID for isimage.")
  List<String> names;

  DescribeCommand(Session.Environment environment) {
    this.environment = environment;
  }

  @Override
  public Integer call() {
    ResourceKind kind = ResourceKind.parse(type);
    Session session = Session.of(spec, environment).reading();
    DescribeOperation describe = new DescribeOperation(session.api());
    Instant now = session.clock().instant();
    PrintWriter out = spec.commandLine().getOut();
    for (int i = 0; i < names.size(); i++) {
      String name = names.get(i);
      switch (kind) {
        case IMAGE_STREAM -> {
          StreamView stream = describe.stream(session.namespace(), name);
          separate(out, i);
          out.print(StreamDescriber.describe(stream, now));
        }
        case IMAGE_STREAM_TAG -> {
          StreamTagView tag = describe.tag(session.namespace(), name);
          separate(out, i);
          printTag(out, tag, now);
        }
        case IMAGE_STREAM_IMAGE -> {
          // The blank lines come before the image is looked up, so they stand before its error too.
          separate(out, i);
          out.print(describeImage(describe.image(session.namespace(), name), now));
        }
      }
    }
    out.flush();
    return ExitCodes.OK;
  }

  /** Two blank lines between descriptions. */
  private static void separate(PrintWriter out, int index) {
    if (index > 0) {
      out.println();
      out.println();
    }
  }

  /**
   * {@code oc describe istag}: the stream cut down to the tag, then the tag's current Image as the
   * ImageStreamTag serves it (the reference Pods get, the spec tag's annotations added), when the
   * store has that Image.
   */
  private static void printTag(PrintWriter out, StreamTagView tag, Instant now) {
    out.print(StreamDescriber.describe(tag.stream(), now));
    tag.servedImage()
        .ifPresent(
            image -> {
              out.println();
              out.print(ImageDescriber.describe(image, image.name(), now));
            });
  }

  /**
   * {@code oc describe isimage}: oc's DescribeImage of the image the ImageStreamImage serves (the
   * reference Pods get). Without a stored Image (streams written by hand, images recorded before
   * isctl kept them) only what the stream knows: the reference, the name and when it was recorded.
   */
  private static String describeImage(StreamImageView view, Instant now) {
    return view.image()
        .map(
            image ->
                ImageDescriber.describe(
                    image.withDockerImageReference(view.reference()), image.name(), now))
        .orElseGet(
            () ->
                ImageDescriber.known(
                    view.reference(), view.event().image(), view.event().created(), now));
  }
}
