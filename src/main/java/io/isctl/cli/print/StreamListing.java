package io.isctl.cli.print;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.isctl.model.ImageStream;
import io.isctl.model.ImageStreamTree;
import io.isctl.model.NamedTagEventList;
import io.isctl.model.TagEvent;
import io.isctl.ops.StreamView;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** {@code get is}. */
record StreamListing(List<StreamView> streams) implements Listing {

  @Override
  public int size() {
    return streams.size();
  }

  /** {@code oc get is}: NAME, IMAGE REPOSITORY, TAGS, UPDATED; wide adds each tag's Pod image. */
  @Override
  public List<String> headers(boolean wide) {
    return wide
        ? List.of("NAME", "IMAGE REPOSITORY", "TAGS", "UPDATED", "POD IMAGES")
        : List.of("NAME", "IMAGE REPOSITORY", "TAGS", "UPDATED");
  }

  @Override
  public List<String> row(int index, boolean wide, Instant now) {
    StreamView view = streams.get(index);
    ImageStream stream = view.stream();
    String repository =
        stream.status().publicDockerImageRepository().isEmpty()
            ? stream.status().dockerImageRepository()
            : stream.status().publicDockerImageRepository();
    List<NamedTagEventList> byAge = newestFirst(stream);
    String updated =
        byAge.isEmpty() || byAge.get(0).latest().isEmpty()
            ? ""
            : HumanTime.ago(byAge.get(0).latest().get().created(), now);
    return wide
        ? List.of(stream.name(), repository, tagSummary(byAge), updated, podImages(view))
        : List.of(stream.name(), repository, tagSummary(byAge), updated);
  }

  @Override
  public String name(int index) {
    return streams.get(index).stream().name();
  }

  @Override
  public String namespace(int index) {
    return streams.get(index).stream().namespace();
  }

  @Override
  public Map<String, String> labels(int index) {
    return streams.get(index).stream().metadata().labels();
  }

  @Override
  public ObjectNode object(int index) {
    return ImageStreamTree.write(streams.get(index).stream());
  }

  private static List<NamedTagEventList> newestFirst(ImageStream stream) {
    List<NamedTagEventList> tags = new ArrayList<>(stream.status().tags());
    tags.sort(
        Comparator.comparing((NamedTagEventList t) -> t.latest().map(TagEvent::created).orElse(""))
            .reversed()
            .thenComparing(NamedTagEventList::tag));
    return tags;
  }

  /** Up to three tags, newest first, as oc abbreviates them. */
  private static String tagSummary(List<NamedTagEventList> tags) {
    List<String> names =
        tags.stream().filter(t -> !t.items().isEmpty()).map(NamedTagEventList::tag).toList();
    if (names.size() <= 3) {
      return String.join(",", names);
    }
    return String.join(",", names.subList(0, 3)) + " + " + (names.size() - 3) + " more...";
  }

  private static String podImages(StreamView view) {
    List<String> parts = new ArrayList<>();
    for (StreamView.PodImage image : view.podImages()) {
      parts.add(image.tag() + "=" + image.image());
    }
    return String.join(",", parts);
  }
}
