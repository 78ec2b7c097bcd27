package io.isctl.model;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/** Reads {@link ClusterConfig} from the documents of a store's {@code config.yaml}. */
public final class ClusterConfigTree {
  private ClusterConfigTree() {}

  /**
   * Merges the documents: the Image resource named {@code cluster} and every mirror set.
   *
   * @throws ResourceFormatException when a known field has the wrong type
   */
  public static ClusterConfig read(List<JsonNode> documents) {
    RegistryHostnames hosts = RegistryHostnames.DEFAULT;
    List<String> insecure = new ArrayList<>();
    List<String> allowed = new ArrayList<>();
    List<String> blocked = new ArrayList<>();
    List<ClusterConfig.Mirror> tagMirrors = new ArrayList<>();
    List<ClusterConfig.Mirror> digestMirrors = new ArrayList<>();
    for (int i = 0; i < documents.size(); i++) {
      TreeReader doc = TreeReader.of(documents.get(i), "document " + (i + 1));
      String kind = doc.string("kind");
      switch (kind) {
        case "Image" -> {
          TreeReader status = doc.object("status");
          String internal =
              status.has("internalRegistryHostname")
                  ? status.string("internalRegistryHostname")
                  : RegistryHostnames.DEFAULT_INTERNAL;
          List<String> external = status.list("externalRegistryHostnames", ClusterConfigTree::text);
          hosts = new RegistryHostnames(internal, external.isEmpty() ? "" : external.get(0));
          TreeReader sources = doc.object("spec").object("registrySources");
          insecure.addAll(sources.list("insecureRegistries", ClusterConfigTree::text));
          allowed.addAll(sources.list("allowedRegistries", ClusterConfigTree::text));
          blocked.addAll(sources.list("blockedRegistries", ClusterConfigTree::text));
        }
        case "ImageTagMirrorSet" ->
            tagMirrors.addAll(
                doc.object("spec").list("imageTagMirrors", ClusterConfigTree::mirror));
        case "ImageDigestMirrorSet" ->
            digestMirrors.addAll(
                doc.object("spec").list("imageDigestMirrors", ClusterConfigTree::mirror));
        default -> {} // Other cluster resources may share the file; isctl has no use for them.
      }
    }
    return new ClusterConfig(hosts, insecure, allowed, blocked, tagMirrors, digestMirrors);
  }

  private static ClusterConfig.Mirror mirror(JsonNode node, String path) {
    TreeReader mirror = TreeReader.of(node, path);
    return new ClusterConfig.Mirror(
        mirror.string("source"),
        mirror.list("mirrors", ClusterConfigTree::text),
        "NeverContactSource".equals(mirror.string("mirrorSourcePolicy")));
  }

  private static String text(JsonNode node, String path) {
    if (node == null || !node.isTextual()) {
      throw new ResourceFormatException(path + ": expected a string");
    }
    return node.textValue();
  }
}
