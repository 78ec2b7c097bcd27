package io.isctl.ops;

import io.isctl.model.ImageStream;
import io.isctl.model.TagReference;
import java.util.List;

/**
 * The import step the cluster's import controller and API server perform: fetch each tag's image from its
 * registry and record it in the stream's status.
 */
public interface ImageImporter {

  /** Whether imports can happen now; when not, tags that need one are left pending for {@code sync}. */
  boolean online();

  /**
   * Imports {@code tags} of {@code stream} and returns the stream as the server would store it afterwards,
   * with new history entries or {@code ImportSuccess=False} conditions.
   */
  ImportOutcome importTags(ImageStream stream, List<TagReference> tags);

  /** The updated stream and one line per failed tag. */
  record ImportOutcome(ImageStream stream, List<String> failures) {
    public ImportOutcome {
      failures = List.copyOf(failures);
    }
  }

  /** The importer when no registry may be contacted ({@code --offline}). */
  ImageImporter OFFLINE = new ImageImporter() {
    @Override
    public boolean online() {
      return false;
    }

    @Override
    public ImportOutcome importTags(ImageStream stream, List<TagReference> tags) {
      throw new IllegalStateException("offline: no import is possible");
    }
  };
}
