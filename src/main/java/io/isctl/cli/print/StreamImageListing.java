package io.isctl.cli.print;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.isctl.model.ImageStream;
import io.isctl.ops.StreamImageView;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** {@code get isimage}. */
record StreamImageListing(List<StreamImageView> images) implements Listing {

  @Override
  public boolean isEmpty() {
    return images.isEmpty();
  }

  /** {@code oc get isimage}: NAME, IMAGE REFERENCE, UPDATED (wide adds nothing). */
  @Override
  public String table(boolean wide, Instant now) {
    Table table = new Table("NAME", "IMAGE REFERENCE", "UPDATED");
    for (StreamImageView image : images) {
      table.row(image.name(), image.reference(), HumanTime.ago(image.event().created(), now));
    }
    return table.render();
  }

  @Override
  public List<String> names() {
    return images.stream().map(StreamImageView::name).toList();
  }

  @Override
  public List<ObjectNode> objects() {
    return images.stream().map(StreamImageListing::object).toList();
  }

  /** The ImageStreamImage object: the image, by the reference Pods get. */
  private static ObjectNode object(StreamImageView image) {
    ObjectNode node = JsonNodeFactory.instance.objectNode();
    node.put("apiVersion", ImageStream.API_VERSION);
    node.put("kind", "ImageStreamImage");
    ObjectNode meta = node.putObject("metadata");
    meta.put("creationTimestamp", image.event().created());
    meta.put("name", image.name());
    meta.put("namespace", image.stream().namespace());
    node.set(
        "image",
        ImageObjects.served(image.image(), image.event().image(), Map.of(), image.reference()));
    return node;
  }
}
