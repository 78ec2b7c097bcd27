package io.isctl.controller;

import io.isctl.model.ImageStream;
import io.isctl.model.NamedTagEventList;
import io.isctl.model.TagEvent;
import io.isctl.model.TagEventCondition;
import io.isctl.model.TagReference;
import io.isctl.reference.ImageReference;
import io.isctl.reference.InvalidReferenceException;
import java.util.ArrayList;
import java.util.List;

/**
 * Decides, as OpenShift's image import controller does, which spec tags of a stream need an import.
 */
public final class ImageImportController {

  private ImageImportController() {}

  /**
   * The importable tags (Docker images that are not references) whose spec generation is newer than
   * what the status has observed (a failed import counts as observed, so it is not retried until
   * the tag changes).
   */
  public static List<TagReference> tagsToImport(ImageStream stream) {
    List<TagReference> due = new ArrayList<>();
    for (TagReference tag : stream.spec().tags()) {
      if (!tag.importable()) {
        continue;
      }
      if (tag.generation() == null || tag.generation() > observedGeneration(stream, tag.name())) {
        due.add(tag);
      }
    }
    return due;
  }

  /**
   * The tags a scheduled import re-imports now (OpenShift's scheduled image controller): importable
   * tags with {@code importPolicy.scheduled} whose source parses, except a source by digest that
   * was already imported at the tag's generation (a digest cannot move, so it is retried only until
   * it succeeds once).
   */
  public static List<TagReference> scheduledTags(ImageStream stream) {
    List<TagReference> due = new ArrayList<>();
    for (TagReference tag : stream.spec().tags()) {
      if (!tag.importable() || !tag.importPolicy().scheduled()) {
        continue;
      }
      ImageReference from;
      try {
        from = ImageReference.parse(tag.from().name());
      } catch (InvalidReferenceException e) {
        continue;
      }
      boolean imported =
          stream
              .status()
              .latest(tag.name())
              .filter(event -> !event.image().isEmpty())
              .filter(event -> tag.generation() != null && event.generation() >= tag.generation())
              .isPresent();
      if (from.id().isEmpty() || !imported) {
        due.add(tag);
      }
    }
    return due;
  }

  /**
   * The newest generation the status has seen for a tag: its current image's, or its import
   * failure's.
   */
  static long observedGeneration(ImageStream stream, String tag) {
    NamedTagEventList history = stream.status().tag(tag).orElse(null);
    if (history == null) {
      return 0;
    }
    long observed = history.latest().map(TagEvent::generation).orElse(0L);
    for (TagEventCondition condition : history.conditions()) {
      if (TagEventCondition.IMPORT_SUCCESS.equals(condition.type())) {
        observed = Math.max(observed, condition.generation());
        break;
      }
    }
    return observed;
  }
}
