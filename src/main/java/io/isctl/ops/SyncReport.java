package io.isctl.ops;

import io.isctl.model.ImageStream;
import java.util.List;

/**
 * What one {@code sync} pass did.
 *
 * @param changes one entry per tag looked at, in stream and tag order
 * @param failures one line per tag or registry that failed ({@code ns/name:tag: message})
 * @param notes things worth saying at a higher log level (why pushes were not looked for)
 * @param additionalTags per stream whose repository was imported whole, the tags past the first 50
 * @param streams the streams the pass changed, as it left them
 */
public record SyncReport(
    List<TagChange> changes,
    List<String> failures,
    List<String> notes,
    List<AdditionalTags> additionalTags,
    List<ImageStream> streams) {

  public SyncReport {
    changes = List.copyOf(changes);
    failures = List.copyOf(failures);
    notes = List.copyOf(notes);
    additionalTags = List.copyOf(additionalTags);
    streams = List.copyOf(streams);
  }

  /** A repository's tags that a whole-repository import left out, as the server names them. */
  public record AdditionalTags(String stream, List<String> tags) {
    public AdditionalTags {
      tags = List.copyOf(tags);
    }
  }

  /** What happened to one tag. */
  public enum Kind {
    /** the integrated registry serves a new image for it */
    PUSHED,
    /** an import recorded a new image */
    IMPORTED,
    /** it follows another tag of the stream, which changed */
    FOLLOWED,
    /** looked at, nothing new */
    UNCHANGED
  }

  /**
   * One tag's outcome.
   *
   * @param streamTag {@code namespace/stream:tag}
   * @param image the tag's current image (its pull spec when it has no id)
   * @param source for FOLLOWED, the tag it follows
   */
  public record TagChange(String streamTag, Kind kind, String image, String source) {}
}
