package io.isctl.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Converts between an Image and its JSON tree, with the API's omission rules ({@code omitempty} on
 * every top-level field but metadata). Unknown fields are carried through.
 */
public final class ImageTree {
  private ImageTree() {}

  /**
   * Reads an Image from a parsed document.
   *
   * @throws ResourceFormatException when a field has the wrong type or the object is not an Image
   */
  public static Image read(JsonNode document) {
    TreeReader root = TreeReader.of(document, "");
    String kind = root.string("kind");
    if (!Image.KIND.equals(kind)) {
      throw new ResourceFormatException("kind: expected Image, got " + TreeReader.shown(kind));
    }
    String apiVersion = root.string("apiVersion");
    if (!apiVersion.isEmpty() && !ImageStream.API_VERSION.equals(apiVersion)) {
      throw new ResourceFormatException(
          "apiVersion: expected image.openshift.io/v1, got " + TreeReader.shown(apiVersion));
    }
    ObjectMeta metadata = ImageStreamTree.readMeta(root.object("metadata"));
    return new Image(
        metadata,
        root.string("dockerImageReference"),
        root.rawObject("dockerImageMetadata"),
        root.string("dockerImageMetadataVersion"),
        root.list("dockerImageLayers", ImageTree::readLayer),
        root.string("dockerImageManifestMediaType"),
        root.list("dockerImageManifests", ImageTree::readManifest),
        root.rest());
  }

  /** The Image as the API serves it from {@code /apis/image.openshift.io/v1/images}. */
  public static ObjectNode write(Image image) {
    ObjectNode root = withoutType(image);
    root.put("apiVersion", ImageStream.API_VERSION);
    root.put("kind", Image.KIND);
    return root;
  }

  /**
   * The Image as it appears inside an ImageStreamTag or ImageStreamImage: no apiVersion or kind.
   */
  public static ObjectNode withoutType(Image image) {
    ObjectNode root = image.extra().deepCopy();
    root.set("metadata", ImageStreamTree.writeMeta(image.metadata()));
    ImageStreamTree.putIfNotEmpty(root, "dockerImageReference", image.dockerImageReference());
    if (!image.dockerImageMetadata().isEmpty()) {
      root.set("dockerImageMetadata", image.dockerImageMetadata().deepCopy());
    }
    ImageStreamTree.putIfNotEmpty(
        root, "dockerImageMetadataVersion", image.dockerImageMetadataVersion());
    if (!image.dockerImageLayers().isEmpty()) {
      ArrayNode layers = root.putArray("dockerImageLayers");
      image
          .dockerImageLayers()
          .forEach(
              layer ->
                  layers
                      .addObject()
                      .put("mediaType", layer.mediaType())
                      .put("name", layer.name())
                      .put("size", layer.size()));
    }
    ImageStreamTree.putIfNotEmpty(
        root, "dockerImageManifestMediaType", image.dockerImageManifestMediaType());
    if (!image.dockerImageManifests().isEmpty()) {
      ArrayNode manifests = root.putArray("dockerImageManifests");
      image
          .dockerImageManifests()
          .forEach(
              m -> {
                ObjectNode node =
                    manifests
                        .addObject()
                        .put("architecture", m.architecture())
                        .put("digest", m.digest())
                        .put("manifestSize", m.manifestSize())
                        .put("mediaType", m.mediaType())
                        .put("os", m.os());
                ImageStreamTree.putIfNotEmpty(node, "variant", m.variant());
              });
    }
    return root;
  }

  private static ImageLayer readLayer(JsonNode element, String path) {
    TreeReader layer = TreeReader.of(element, path);
    Long size = layer.integer("size");
    return new ImageLayer(layer.string("name"), size == null ? 0 : size, layer.string("mediaType"));
  }

  private static ImageManifest readManifest(JsonNode element, String path) {
    TreeReader manifest = TreeReader.of(element, path);
    Long size = manifest.integer("manifestSize");
    return new ImageManifest(
        manifest.string("digest"),
        manifest.string("mediaType"),
        size == null ? 0 : size,
        manifest.string("architecture"),
        manifest.string("os"),
        manifest.string("variant"));
  }
}
