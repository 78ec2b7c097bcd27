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

/** {@code get is}. */
record StreamListing(List<StreamView> streams) implements Listing {

  @Override
  public boolean isEmpty() {
    return streams.isEmpty();
  }

  /** {@code oc get is}: NAME, IMAGE REPOSITORY, TAGS, UPDATED; wide adds each tag's Pod image. */
  @Override
  public String table(boolean wide, Instant now) {
    Table table =
        wide
            ? new Table("NAME", "IMAGE REPOSITORY", "TAGS", "UPDATED", "POD IMAGES")
            : new Table("NAME", "IMAGE REPOSITORY", "TAGS", "UPDATED");
    for (StreamView view : streams) {
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
      if (wide) {
        table.row(stream.name(), repository, tagSummary(byAge), updated, podImages(view));
      } else {
        table.row(stream.name(), repository, tagSummary(byAge), updated);
      }
    }
    return table.render();
  }

  @Override
  public List<String> names() {
    return streams.stream().map(view -> view.stream().name()).toList();
  }

  @Override
  public List<ObjectNode> objects() {
    return streams.stream().map(view -> ImageStreamTree.write(view.stream())).toList();
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
