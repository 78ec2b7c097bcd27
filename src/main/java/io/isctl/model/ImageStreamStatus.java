package io.isctl.model;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * What the server observed: repositories and each tag's history.
 *
 * @param dockerImageRepository always written, may be ""
 * @param publicDockerImageRepository "" when no external registry hostname is set
 * @param tags unique by tag, sorted by tag
 */
public record ImageStreamStatus(
    String dockerImageRepository,
    String publicDockerImageRepository,
    List<NamedTagEventList> tags,
    ObjectNode extra) {

  public static final ImageStreamStatus EMPTY = new ImageStreamStatus("", "", List.of(), null);

  public ImageStreamStatus {
    dockerImageRepository = dockerImageRepository == null ? "" : dockerImageRepository;
    publicDockerImageRepository =
        publicDockerImageRepository == null ? "" : publicDockerImageRepository;
    tags = sortedUnique(tags);
    extra = Extra.orEmpty(extra);
  }

  private static List<NamedTagEventList> sortedUnique(List<NamedTagEventList> tags) {
    // A TreeMap, not a sort with a comparator: no lambda linked at start-up (issue 15).
    Map<String, NamedTagEventList> byName = new TreeMap<>();
    for (NamedTagEventList tag : tags == null ? List.<NamedTagEventList>of() : tags) {
      byName.put(tag.tag(), tag);
    }
    return List.copyOf(byName.values());
  }

  public Optional<NamedTagEventList> tag(String name) {
    for (NamedTagEventList tag : tags) {
      if (tag.tag().equals(name)) {
        return Optional.of(tag);
      }
    }
    return Optional.empty();
  }

  /** The current image of a tag: the newest history entry. */
  public Optional<TagEvent> latest(String tagName) {
    Optional<NamedTagEventList> tag = tag(tagName);
    return tag.isPresent() ? tag.get().latest() : Optional.empty();
  }

  /**
   * A copy with the tag replaced; a tag with neither items nor conditions is dropped, as the server
   * does.
   */
  public ImageStreamStatus withTag(NamedTagEventList tag) {
    List<NamedTagEventList> copy = new ArrayList<>(tags);
    copy.removeIf(t -> t.tag().equals(tag.tag()));
    if (!tag.items().isEmpty() || !tag.conditions().isEmpty()) {
      copy.add(tag);
    }
    return new ImageStreamStatus(dockerImageRepository, publicDockerImageRepository, copy, extra);
  }

  public ImageStreamStatus withoutTag(String name) {
    List<NamedTagEventList> copy = new ArrayList<>(tags);
    copy.removeIf(t -> t.tag().equals(name));
    return new ImageStreamStatus(dockerImageRepository, publicDockerImageRepository, copy, extra);
  }

  public ImageStreamStatus withRepositories(String repository, String publicRepository) {
    return new ImageStreamStatus(repository, publicRepository, tags, extra);
  }

  /** Written out: see {@link ImageStream#equals}. */
  @Override
  public boolean equals(Object other) {
    return other instanceof ImageStreamStatus that
        && Objects.equals(dockerImageRepository, that.dockerImageRepository)
        && Objects.equals(publicDockerImageRepository, that.publicDockerImageRepository)
        && Objects.equals(tags, that.tags)
        && Objects.equals(extra, that.extra);
  }

  @Override
  public int hashCode() {
    return Objects.hash(dockerImageRepository, publicDockerImageRepository, tags, extra);
  }
}
