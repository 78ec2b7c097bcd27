package io.isctl.cli.print;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.isctl.model.Image;
import io.isctl.model.ImageStream;
import io.isctl.model.ImageStreamTree;
import io.isctl.model.ImageTree;
import io.isctl.model.NamedTagEventList;
import io.isctl.model.TagEvent;
import io.isctl.model.TagReference;
import io.isctl.resolve.Resolution;
import io.isctl.resolve.StreamImages;
import io.isctl.resolve.TriggerResolver;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The ways {@code get} shows streams and stream tags: oc's tables, names and API objects. */
public final class StreamViews {
  private StreamViews() {}

  /** {@code oc get is}: NAME, IMAGE REPOSITORY, TAGS, UPDATED; wide adds each tag's Pod image. */
  public static String streamTable(List<ImageStream> streams, boolean wide, Instant now) {
    Table table =
        wide
            ? new Table("NAME", "IMAGE REPOSITORY", "TAGS", "UPDATED", "POD IMAGES")
            : new Table("NAME", "IMAGE REPOSITORY", "TAGS", "UPDATED");
    for (ImageStream stream : streams) {
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
        table.row(stream.name(), repository, tagSummary(byAge), updated, podImages(stream));
      } else {
        table.row(stream.name(), repository, tagSummary(byAge), updated);
      }
    }
    return table.render();
  }

  /** {@code oc get istag}: every tag that has an image. */
  public static String streamTagTable(List<ImageStream> streams, boolean wide, Instant now) {
    Table table =
        wide
            ? new Table("NAME", "IMAGE REFERENCE", "UPDATED", "IMAGENAME")
            : new Table("NAME", "IMAGE REFERENCE", "UPDATED");
    for (ImageStream stream : streams) {
      for (NamedTagEventList history : stream.status().tags()) {
        Optional<TagEvent> latest = history.latest().filter(e -> !e.image().isEmpty());
        if (latest.isEmpty()) {
          continue;
        }
        String name = stream.name() + ":" + history.tag();
        String reference = StreamImages.referenceFor(stream, history.tag(), latest.get());
        String updated = HumanTime.ago(latest.get().created(), now);
        if (wide) {
          table.row(name, reference, updated, latest.get().image());
        } else {
          table.row(name, reference, updated);
        }
      }
    }
    return table.render();
  }

  /**
   * The ImageStreamTag object the API returns for {@code stream:tag}: the spec tag, the stream's
   * lookup policy, the tag's conditions and its current image, by the reference Pods get.
   */
  public static Optional<ObjectNode> streamTagObject(
      ImageStream stream, String tag, ImageLookup images) {
    Optional<TagEvent> latest = stream.status().latest(tag).filter(e -> !e.image().isEmpty());
    if (latest.isEmpty()) {
      return Optional.empty();
    }
    TagEvent event = latest.get();
    ObjectNode streamTree = ImageStreamTree.write(stream);
    ObjectNode node = JsonNodeFactory.instance.objectNode();
    node.put("apiVersion", ImageStream.API_VERSION);
    node.put("kind", "ImageStreamTag");
    ObjectNode meta = node.putObject("metadata");
    meta.put("creationTimestamp", event.created());
    meta.put("name", stream.name() + ":" + tag);
    meta.put("namespace", stream.namespace());
    node.put("generation", event.generation());
    node.set("lookupPolicy", streamTree.path("spec").path("lookupPolicy").deepCopy());
    JsonNode history = elementWith(streamTree.path("status").path("tags"), "tag", tag);
    if (history.has("conditions")) {
      node.set("conditions", history.get("conditions").deepCopy());
    }
    JsonNode tagNode = elementWith(streamTree.path("spec").path("tags"), "name", tag);
    if (tagNode.isMissingNode()) {
      node.putNull("tag");
    } else {
      node.set("tag", tagNode.deepCopy());
    }
    Map<String, String> tagAnnotations =
        stream.spec().tag(tag).map(TagReference::annotations).orElse(null);
    node.set(
        "image",
        imageObject(
            images.find(event.image()),
            event.image(),
            tagAnnotations,
            StreamImages.referenceFor(stream, tag, event)));
    return Optional.of(node);
  }

  /** Looks up the stored Image of a digest. */
  @FunctionalInterface
  public interface ImageLookup {
    Optional<Image> find(String name);
  }

  /**
   * The {@code image} of an ImageStreamTag or ImageStreamImage: the stored Image with its metadata
   * when there is one, else just its name; the spec tag's annotations are added to the image's, and
   * the reference is the one Pods get.
   */
  private static ObjectNode imageObject(
      Optional<Image> stored, String name, Map<String, String> tagAnnotations, String reference) {
    ObjectNode image =
        stored
            .map(ImageTree::withoutType)
            .orElseGet(
                () -> {
                  ObjectNode bare = JsonNodeFactory.instance.objectNode();
                  bare.putObject("metadata").put("name", name);
                  return bare;
                });
    if (tagAnnotations != null && !tagAnnotations.isEmpty()) {
      ObjectNode meta = (ObjectNode) image.get("metadata");
      ObjectNode annotations =
          meta.has("annotations")
              ? (ObjectNode) meta.get("annotations")
              : meta.putObject("annotations");
      tagAnnotations.forEach(annotations::put);
    }
    image.put("dockerImageReference", reference);
    return image;
  }

  private static JsonNode elementWith(JsonNode array, String field, String value) {
    for (JsonNode element : array) {
      if (element.path(field).asText().equals(value)) {
        return element;
      }
    }
    return MissingNode.getInstance();
  }

  /**
   * The ImageStreamImage object for an id (unique prefixes allowed), or empty when none or several
   * match.
   */
  public static Optional<ObjectNode> streamImageObject(
      ImageStream stream, String id, ImageLookup images) {
    Optional<StreamImages.Match> match = StreamImages.find(stream, id).filter(m -> !m.ambiguous());
    if (match.isEmpty()) {
      return Optional.empty();
    }
    TagEvent event = match.get().event();
    ObjectNode node = JsonNodeFactory.instance.objectNode();
    node.put("apiVersion", ImageStream.API_VERSION);
    node.put("kind", "ImageStreamImage");
    ObjectNode meta = node.putObject("metadata");
    meta.put("creationTimestamp", event.created());
    meta.put("name", stream.name() + "@" + event.image());
    meta.put("namespace", stream.namespace());
    node.set(
        "image",
        imageObject(
            images.find(event.image()),
            event.image(),
            null,
            StreamImages.pullSpec(stream, match.get())));
    return Optional.of(node);
  }

  /** {@code oc get isimage}: NAME, IMAGE REFERENCE, UPDATED. */
  public static String streamImageTable(List<JsonNode> objects, Instant now) {
    Table table = new Table("NAME", "IMAGE REFERENCE", "UPDATED");
    for (JsonNode object : objects) {
      table.row(
          object.path("metadata").path("name").asText(),
          object.path("image").path("dockerImageReference").asText(),
          HumanTime.ago(object.path("metadata").path("creationTimestamp").asText(), now));
    }
    return table.render();
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

  private static String podImages(ImageStream stream) {
    List<String> parts = new ArrayList<>();
    for (NamedTagEventList history : stream.status().tags()) {
      Resolution resolution = TriggerResolver.resolve(stream, history.tag());
      if (resolution.resolved()) {
        parts.add(history.tag() + "=" + resolution.image());
      }
    }
    return String.join(",", parts);
  }
}
