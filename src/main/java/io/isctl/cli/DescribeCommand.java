package io.isctl.cli;

import io.isctl.apiserver.ApiException;
import io.isctl.base.ExitCodes;
import io.isctl.cli.print.ImageDescriber;
import io.isctl.cli.print.StreamDescriber;
import io.isctl.model.Image;
import io.isctl.model.ImageStream;
import io.isctl.model.ObjectMeta;
import io.isctl.model.TagEvent;
import io.isctl.model.TagReference;
import io.isctl.ops.OperationException;
import io.isctl.ops.StreamTagName;
import io.isctl.resolve.StreamImages;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
    mixinStandardHelpOptions = true,
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
    Session session = Session.of(spec, environment);
    ResourceKind kind = ResourceKind.parse(type);
    var out = spec.commandLine().getOut();
    boolean first = true;
    for (String name : names) {
      ImageStream stream;
      String imagePart = "";
      if (kind == ResourceKind.IMAGE_STREAM_IMAGE) {
        if (!first) {
          out.println();
          out.println();
        }
        out.print(
            describeImage(session, StreamTagName.parse(name, session.namespace()).requireImage()));
        first = false;
        continue;
      }
      if (kind == ResourceKind.IMAGE_STREAM_TAG) {
        StreamTagName parsed = StreamTagName.parse(name, session.namespace()).requireTag();
        ImageStream whole = session.api().require(parsed.namespace(), parsed.stream());
        stream = onlyTag(whole, parsed.tag());
        imagePart = imagePart(session, whole, parsed.tag());
      } else {
        stream = session.api().require(session.namespace(), name);
      }
      if (!first) {
        out.println();
        out.println();
      }
      out.print(StreamDescriber.describe(stream, session.clock().instant()));
      if (!imagePart.isEmpty()) {
        out.println();
        out.print(imagePart);
      }
      first = false;
    }
    out.flush();
    return ExitCodes.OK;
  }

  /**
   * What {@code oc describe istag} shows: the tag's current Image as the ImageStreamTag serves it
   * (the reference Pods get, the spec tag's annotations added), when the store has that Image; else
   * "".
   */
  private static String imagePart(Session session, ImageStream stream, String tag) {
    Optional<TagEvent> latest = stream.status().latest(tag).filter(e -> !e.image().isEmpty());
    if (latest.isEmpty()) {
      return "";
    }
    return session
        .api()
        .image(latest.get().image())
        .map(
            image -> {
              ObjectMeta meta = image.metadata();
              Map<String, String> annotations =
                  stream.spec().tag(tag).map(TagReference::annotations).orElse(null);
              if (annotations != null) {
                for (Map.Entry<String, String> annotation : annotations.entrySet()) {
                  meta = meta.withAnnotation(annotation.getKey(), annotation.getValue());
                }
              }
              Image served =
                  image
                      .withMetadata(meta)
                      .withDockerImageReference(
                          StreamImages.referenceFor(stream, tag, latest.get()));
              return ImageDescriber.describe(served, image.name(), session.clock().instant());
            })
        .orElse("");
  }

  /**
   * {@code oc describe isimage}: oc's DescribeImage of the image the ImageStreamImage serves (the
   * reference Pods get). Without a stored Image (streams written by hand, images recorded before
   * isctl kept them) only what the stream knows: the reference, the name and when it was recorded.
   */
  private static String describeImage(Session session, StreamTagName name) {
    ImageStream stream = session.api().require(name.namespace(), name.imageStream());
    Optional<StreamImages.Match> match = StreamImages.find(stream, name.imageId());
    if (match.isEmpty()) {
      throw ApiException.notFound("imagestreamimages.image.openshift.io", name.nameAndTag());
    }
    if (match.get().ambiguous()) {
      throw new OperationException(match.get().ambiguity(name.imageId()));
    }
    TagEvent event = match.get().event();
    String pullSpec = StreamImages.pullSpec(stream, match.get());
    Optional<Image> image = session.api().image(event.image());
    if (image.isPresent()) {
      return ImageDescriber.describe(
          image.get().withDockerImageReference(pullSpec),
          image.get().name(),
          session.clock().instant());
    }
    return ImageDescriber.known(
        pullSpec, event.image(), event.created(), session.clock().instant());
  }

  private static ImageStream onlyTag(ImageStream stream, String tag) {
    var spec = stream.spec().withTags(stream.spec().tag(tag).map(List::of).orElse(List.of()));
    var status =
        new io.isctl.model.ImageStreamStatus(
            stream.status().dockerImageRepository(),
            stream.status().publicDockerImageRepository(),
            stream.status().tag(tag).map(List::of).orElse(List.of()),
            null);
    if (spec.tags().isEmpty() && status.tags().isEmpty()) {
      throw ApiException.notFound("imagestreamtags.image.openshift.io", stream.name() + ":" + tag);
    }
    return stream.withSpec(spec).withStatus(status);
  }
}
