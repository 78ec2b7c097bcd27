package io.isctl.apiserver;

import io.isctl.model.ImageStreamStatus;
import io.isctl.model.NamedTagEventList;
import io.isctl.model.TagEvent;
import java.util.ArrayList;
import java.util.List;

/** The server's rule for adding an event to a tag's history ({@code AddTagEventToImageStream}). */
public final class TagHistory {
  private TagHistory() {}

  /** The status with {@code next} recorded on {@code tag}; the same object when nothing changes. */
  public static ImageStreamStatus add(ImageStreamStatus status, String tag, TagEvent next) {
    NamedTagEventList current = status.tag(tag).orElse(null);
    if (current == null || current.items().isEmpty()) {
      return status.withTag(NamedTagEventList.of(tag, List.of(next), List.of()));
    }
    List<TagEvent> items = new ArrayList<>(current.items());
    TagEvent previous = items.get(0);
    boolean sameRef = previous.dockerImageReference().equals(next.dockerImageReference());
    boolean sameImage = previous.image().equals(next.image());
    if (sameRef && sameImage && previous.generation() == next.generation()) {
      return status;
    }
    if (sameRef || sameImage) {
      // One of the two still matches: the entry is corrected in place, never duplicated, and keeps
      // its time.
      items.set(
          0,
          new TagEvent(
              previous.created(), next.dockerImageReference(), next.image(), next.generation()));
    } else {
      items.add(0, next);
    }
    return status.withTag(current.withItems(items).withConditions(List.of()));
  }
}
