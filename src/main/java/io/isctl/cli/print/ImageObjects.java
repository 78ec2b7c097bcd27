package io.isctl.cli.print;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.isctl.model.Image;
import io.isctl.model.ImageTree;
import java.util.Map;
import java.util.Optional;

/** The {@code image} of an ImageStreamTag or ImageStreamImage object. */
final class ImageObjects {
  private ImageObjects() {}

  /**
   * The stored Image with its metadata when there is one, else just its name; the spec tag's
   * annotations are added to the image's, and the reference is the one Pods get.
   */
  static ObjectNode served(
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
    if (!tagAnnotations.isEmpty()) {
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
}
