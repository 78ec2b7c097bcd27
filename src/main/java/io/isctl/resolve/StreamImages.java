package io.isctl.resolve;

import io.isctl.apiserver.ApiException;
import io.isctl.model.ImageStream;
import io.isctl.model.NamedTagEventList;
import io.isctl.model.ReferencePolicyType;
import io.isctl.model.TagEvent;
import io.isctl.reference.StreamNames;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The images of a stream by id (ImageStreamImage), where ids may be unique prefixes. */
public final class StreamImages {
  private StreamImages() {}

  /**
   * A found image: the first history entry that holds it and the tag that entry belongs to.
   *
   * @param matches every distinct image id the prefix matched; more than one is an ambiguity
   */
  public record Match(TagEvent event, String tag, List<String> matches) {
    public boolean ambiguous() {
      return matches.size() > 1;
    }

    /** The server's Conflict for an id that is the prefix of several images. */
    public ApiException ambiguity(String id) {
      return ApiException.multipleImages(id, matches);
    }
  }

  /**
   * The image {@code id} names, as {@code GET imagestreamimages/<name>@<id>} answers: one image, or
   * an error in the server's words.
   *
   * <p>Since OpenShift 4.13 that endpoint picks one of several matching images arbitrarily (Go's
   * map order); isctl answers as before 4.13, and as the server still does when a tag names the
   * image ({@code ResolveImageID}): Conflict, "multiple images match the prefix".
   *
   * @throws ApiException NotFound for {@code imagestreamimage "<name>@<id>"}, or Conflict
   */
  public static Match require(ImageStream stream, String id) {
    Match match =
        find(stream, id)
            .orElseThrow(
                () ->
                    ApiException.notFound(
                        ApiException.IMAGE_STREAM_IMAGE, stream.name() + "@" + id));
    if (match.ambiguous()) {
      throw match.ambiguity(id);
    }
    return match;
  }

  /** The image {@code id} names in the stream's history, or empty when nothing matches. */
  public static Optional<Match> find(ImageStream stream, String id) {
    List<String> images = new ArrayList<>();
    TagEvent first = null;
    String firstTag = null;
    for (NamedTagEventList history : stream.status().tags()) {
      for (TagEvent event : history.items()) {
        if (event.image().isEmpty() || !StreamNames.digestOrImageMatch(event.image(), id)) {
          continue;
        }
        if (!images.contains(event.image())) {
          images.add(event.image());
        }
        if (first == null) {
          first = event;
          firstTag = history.tag();
        }
      }
    }
    return first == null
        ? Optional.empty()
        : Optional.of(new Match(first, firstTag, List.copyOf(images)));
  }

  /**
   * The reference the ImageStreamImage endpoint hands out for a match: through the integrated
   * registry when its tag's reference policy is Local, else as recorded.
   */
  public static String pullSpec(ImageStream stream, Match match) {
    return referenceFor(stream, match.tag(), match.event());
  }

  /**
   * The pull spec the server hands out for a history entry of {@code tag} ({@code
   * ResolveReferenceForTagEvent}): {@code <status repository>@<image>} under referencePolicy Local,
   * else the entry's own reference.
   */
  public static String referenceFor(ImageStream stream, String tag, TagEvent event) {
    boolean local =
        stream
            .spec()
            .tag(tag)
            .map(t -> t.referencePolicy() == ReferencePolicyType.LOCAL)
            .orElse(false);
    String repository = stream.status().dockerImageRepository();
    return local && !repository.isEmpty() && !event.image().isEmpty()
        ? repository + "@" + event.image()
        : event.dockerImageReference();
  }
}
