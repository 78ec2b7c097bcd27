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
  public int size() {
    return images.size();
  }

  /** {@code oc get isimage}: NAME, IMAGE REFERENCE, UPDATED (wide adds nothing). */
  @Override
  public List<String> headers(boolean wide) {
    return List.of("NAME", "IMAGE REFERENCE", "UPDATED");
  }

  @Override
  public List<String> row(int index, boolean wide, Instant now) {
    StreamImageView image = images.get(index);
    return List.of(image.name(), image.reference(), HumanTime.ago(image.event().created(), now));
  }

  @Override
  public String name(int index) {
    return images.get(index).name();
  }

  @Override
  public String namespace(int index) {
    return images.get(index).stream().namespace();
  }

  @Override
  public Map<String, String> labels(int index) {
    return Map.of();
  }

  @Override
  public ObjectNode object(int index) {
    return object(images.get(index));
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
