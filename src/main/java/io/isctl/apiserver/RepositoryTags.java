package io.isctl.apiserver;

import io.isctl.reference.StreamNames;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * The tags a whole-repository import takes, as OpenShift's server picks them: the registry's list
 * (an empty tag counts as {@code latest}), without repeats, in {@code PrioritizeTags} order; the
 * first 50 are imported and the rest only named ({@code status.repository.additionalTags}).
 */
public record RepositoryTags(List<String> imported, List<String> additional) {
  /** OpenShift's {@code maxImagesBulkImportedPerRepository} default. */
  public static final int MAX_BULK_IMAGES = 50;

  /** The tags to take from {@code listed}, the registry's tag list in its order. */
  public static RepositoryTags of(List<String> listed) {
    LinkedHashSet<String> tags = new LinkedHashSet<>();
    for (String tag : listed) {
      tags.add(tag.isEmpty() ? "latest" : tag);
    }
    List<String> ordered = StreamNames.prioritizeTags(new ArrayList<>(tags));
    int cut = Math.min(ordered.size(), MAX_BULK_IMAGES);
    return new RepositoryTags(
        List.copyOf(ordered.subList(0, cut)), List.copyOf(ordered.subList(cut, ordered.size())));
  }
}
