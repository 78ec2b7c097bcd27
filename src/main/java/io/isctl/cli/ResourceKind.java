package io.isctl.cli;

import io.isctl.base.UsageException;
import io.isctl.cli.complete.CompletionContext;
import io.isctl.cli.complete.LiveCandidates;
import io.isctl.cli.complete.StoreCandidates;
import java.util.List;
import java.util.Locale;

/**
 * The image resources {@code get}, {@code describe} and {@code delete} accept, by any of oc's
 * names.
 */
enum ResourceKind {
  IMAGE_STREAM("imagestream.image.openshift.io"),
  IMAGE_STREAM_TAG("imagestreamtag.image.openshift.io"),
  IMAGE_STREAM_IMAGE("imagestreamimage.image.openshift.io");

  private final String qualifiedName;

  ResourceKind(String qualifiedName) {
    this.qualifiedName = qualifiedName;
  }

  /** As {@code -o name} prints it. */
  String qualifiedName() {
    return qualifiedName;
  }

  static ResourceKind parse(String typed) {
    return switch (typed.toLowerCase(Locale.ROOT)) {
      case "is",
          "imagestream",
          "imagestreams",
          "imagestream.image.openshift.io",
          "imagestreams.image.openshift.io" ->
          IMAGE_STREAM;
      case "istag",
          "imagestreamtag",
          "imagestreamtags",
          "imagestreamtag.image.openshift.io",
          "imagestreamtags.image.openshift.io" ->
          IMAGE_STREAM_TAG;
      case "isimage",
          "imagestreamimage",
          "imagestreamimages",
          "imagestreamimage.image.openshift.io",
          "imagestreamimages.image.openshift.io" ->
          IMAGE_STREAM_IMAGE;
      default ->
          throw new UsageException(
              "the server doesn't have a resource type \""
                  + typed
                  + "\" (isctl knows is, istag and isimage)");
    };
  }

  /** Names of the kind typed before them: {@code NAME}, {@code NAME:TAG} or {@code NAME@ID}. */
  static final class Names extends LiveCandidates {
    @Override
    public List<String> complete(CompletionContext context, String prefix) {
      ResourceKind kind;
      try {
        kind = parse(context.positionals().get(0));
      } catch (RuntimeException e) {
        return List.of();
      }
      return switch (kind) {
        case IMAGE_STREAM -> StoreCandidates.streams(context, prefix);
        case IMAGE_STREAM_TAG -> StoreCandidates.tags(context, prefix);
        case IMAGE_STREAM_IMAGE -> StoreCandidates.images(context, prefix);
      };
    }
  }

  /** Completion candidates for the resource argument. */
  static final class Candidates extends java.util.ArrayList<String> {
    Candidates() {
      super(java.util.List.of("is", "istag", "isimage"));
    }
  }
}
