package io.isctl.model;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The desired state of a stream.
 *
 * @param lookupLocal {@code lookupPolicy.local}: short names in the namespace resolve to this
 *     stream
 * @param dockerImageRepository deprecated whole-repository import source; "" when unset
 * @param tags spec tags, unique by name and sorted by name as the server keeps them
 */
public record ImageStreamSpec(
    boolean lookupLocal, String dockerImageRepository, List<TagReference> tags, ObjectNode extra) {

  public static final ImageStreamSpec EMPTY = new ImageStreamSpec(false, "", List.of(), null);

  public ImageStreamSpec {
    dockerImageRepository = dockerImageRepository == null ? "" : dockerImageRepository;
    tags = sortedUnique(tags);
    extra = Extra.orEmpty(extra);
  }

  /**
   * The server keeps tags in a map: a later duplicate wins, and output is sorted by name (byte
   * order).
   */
  private static List<TagReference> sortedUnique(List<TagReference> tags) {
    // A TreeMap, not a sort with a comparator: no lambda linked at start-up (issue 15).
    Map<String, TagReference> byName = new TreeMap<>();
    for (TagReference tag : tags == null ? List.<TagReference>of() : tags) {
      byName.put(tag.name(), tag);
    }
    return List.copyOf(byName.values());
  }

  public Optional<TagReference> tag(String name) {
    for (TagReference tag : tags) {
      if (tag.name().equals(name)) {
        return Optional.of(tag);
      }
    }
    return Optional.empty();
  }

  public ImageStreamSpec withTag(TagReference tag) {
    List<TagReference> copy = new ArrayList<>(tags);
    copy.removeIf(t -> t.name().equals(tag.name()));
    copy.add(tag);
    return new ImageStreamSpec(lookupLocal, dockerImageRepository, copy, extra);
  }

  public ImageStreamSpec withoutTag(String name) {
    List<TagReference> copy = new ArrayList<>(tags);
    copy.removeIf(t -> t.name().equals(name));
    return new ImageStreamSpec(lookupLocal, dockerImageRepository, copy, extra);
  }

  public ImageStreamSpec withTags(List<TagReference> newTags) {
    return new ImageStreamSpec(lookupLocal, dockerImageRepository, newTags, extra);
  }

  public ImageStreamSpec withLookupLocal(boolean local) {
    return new ImageStreamSpec(local, dockerImageRepository, tags, extra);
  }

  /** Written out: see {@link ImageStream#equals}. */
  @Override
  public boolean equals(Object other) {
    return other instanceof ImageStreamSpec that
        && lookupLocal == that.lookupLocal
        && Objects.equals(dockerImageRepository, that.dockerImageRepository)
        && Objects.equals(tags, that.tags)
        && Objects.equals(extra, that.extra);
  }

  @Override
  public int hashCode() {
    return Objects.hash(lookupLocal, dockerImageRepository, tags, extra);
  }
}
