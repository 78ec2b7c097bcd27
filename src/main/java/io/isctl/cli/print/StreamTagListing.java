package io.isctl.cli.print;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.isctl.model.ImageStream;
import io.isctl.model.ImageStreamTree;
import io.isctl.model.TagEvent;
import io.isctl.ops.StreamTagView;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** {@code get istag}: tags with a current image. */
record StreamTagListing(List<StreamTagView> tags) implements Listing {

  @Override
  public int size() {
    return tags.size();
  }

  /** {@code oc get istag}: NAME, IMAGE REFERENCE, UPDATED; wide adds the image's name. */
  @Override
  public List<String> headers(boolean wide) {
    return wide
        ? List.of("NAME", "IMAGE REFERENCE", "UPDATED", "IMAGENAME")
        : List.of("NAME", "IMAGE REFERENCE", "UPDATED");
  }

  @Override
  public List<String> row(int index, boolean wide, Instant now) {
    StreamTagView tag = tags.get(index);
    TagEvent current = tag.current().orElseThrow();
    String updated = HumanTime.ago(current.created(), now);
    return wide
        ? List.of(tag.name(), tag.reference(), updated, current.image())
        : List.of(tag.name(), tag.reference(), updated);
  }

  @Override
  public String name(int index) {
    return tags.get(index).name();
  }

  @Override
  public String namespace(int index) {
    return tags.get(index).stream().stream().namespace();
  }

  /** The stream's labels: the server's ImageStreamTag carries them. */
  @Override
  public Map<String, String> labels(int index) {
    return tags.get(index).stream().stream().metadata().labels();
  }

  @Override
  public ObjectNode object(int index) {
    return object(tags.get(index));
  }

  /**
   * The ImageStreamTag object: the spec tag, the stream's lookup policy, the tag's conditions and
   * its current image, by the reference Pods get.
   */
  private static ObjectNode object(StreamTagView tag) {
    TagEvent event = tag.current().orElseThrow();
    ImageStream stream = tag.stream().stream();
    ObjectNode streamTree = ImageStreamTree.write(stream);
    ObjectNode node = JsonNodeFactory.instance.objectNode();
    node.put("apiVersion", ImageStream.API_VERSION);
    node.put("kind", "ImageStreamTag");
    ObjectNode meta = node.putObject("metadata");
    meta.put("creationTimestamp", event.created());
    meta.put("name", tag.name());
    meta.put("namespace", stream.namespace());
    // The server copies the stream's labels, resourceVersion and uid into the ImageStreamTag.
    JsonNode streamMeta = streamTree.path("metadata");
    for (String field : List.of("labels", "resourceVersion", "uid")) {
      if (streamMeta.has(field)) {
        meta.set(field, streamMeta.get(field).deepCopy());
      }
    }
    node.put("generation", event.generation());
    node.set("lookupPolicy", streamTree.path("spec").path("lookupPolicy").deepCopy());
    JsonNode history = elementWith(streamTree.path("status").path("tags"), "tag", tag.tag());
    if (history.has("conditions")) {
      node.set("conditions", history.get("conditions").deepCopy());
    }
    JsonNode tagNode = elementWith(streamTree.path("spec").path("tags"), "name", tag.tag());
    if (tagNode.isMissingNode()) {
      node.putNull("tag");
    } else {
      node.set("tag", tagNode.deepCopy());
    }
    node.set(
        "image",
        ImageObjects.served(tag.image(), event.image(), tag.tagAnnotations(), tag.reference()));
    return node;
  }

  private static JsonNode elementWith(JsonNode array, String field, String value) {
    for (JsonNode element : array) {
      if (element.path(field).asText().equals(value)) {
        return element;
      }
    }
    return MissingNode.getInstance();
  }
}
