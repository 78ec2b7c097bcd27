package io.isctl.model;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

/** Reads {@link ClusterConfig} from the documents of a store's {@code config.yaml}. */
public final class ClusterConfigTree {
  private ClusterConfigTree() {}

  /** The label that marks a control-plane Node (and the older name it had). */
  private static final List<String> CONTROL_PLANE_LABELS =
      List.of("node-role.kubernetes.io/control-plane", "node-role.kubernetes.io/master");

  /**
   * Merges the documents (and the items of {@code kind: List} documents, as {@code oc get -o yaml}
   * prints several objects): the Image resource named {@code cluster}, every mirror set, and the
   * first control-plane Node (else the first Node), whose platform is the API server's.
   *
   * @throws ResourceFormatException when a known field has the wrong type
   */
  public static ClusterConfig read(List<JsonNode> documents) {
    List<TreeReader> resources = new ArrayList<>();
    for (int i = 0; i < documents.size(); i++) {
      TreeReader doc = TreeReader.of(documents.get(i), "document " + (i + 1));
      if (doc.string("kind").equals("List")) {
        resources.addAll(doc.list("items", new ResourceReader()));
      } else {
        resources.add(doc);
      }
    }
    return merge(resources);
  }

  // The lists' element readers are classes, not method references: each of those a process links
  // costs about 0.1 ms of bootstrap at every start (issue 15).

  /** Reads a string element. */
  private static final BiFunction<JsonNode, String, String> TEXT =
      new BiFunction<>() {
        @Override
        public String apply(JsonNode node, String path) {
          return text(node, path);
        }
      };

  private static final class ResourceReader implements BiFunction<JsonNode, String, TreeReader> {
    @Override
    public TreeReader apply(JsonNode node, String path) {
      return TreeReader.of(node, path);
    }
  }

  private static final class MirrorReader
      implements BiFunction<JsonNode, String, ClusterConfig.Mirror> {
    @Override
    public ClusterConfig.Mirror apply(JsonNode node, String path) {
      return mirror(node, path);
    }
  }

  private static ClusterConfig merge(List<TreeReader> resources) {
    RegistryHostnames hosts = RegistryHostnames.DEFAULT;
    List<String> insecure = new ArrayList<>();
    List<String> allowed = new ArrayList<>();
    List<String> blocked = new ArrayList<>();
    List<ClusterConfig.Mirror> tagMirrors = new ArrayList<>();
    List<ClusterConfig.Mirror> digestMirrors = new ArrayList<>();
    Platform platform = null;
    boolean controlPlane = false;
    for (TreeReader doc : resources) {
      String kind = doc.string("kind");
      switch (kind) {
        case "Image" -> {
          TreeReader status = doc.object("status");
          String internal =
              status.has("internalRegistryHostname")
                  ? status.string("internalRegistryHostname")
                  : RegistryHostnames.DEFAULT_INTERNAL;
          List<String> external = status.list("externalRegistryHostnames", TEXT);
          hosts = new RegistryHostnames(internal, external.isEmpty() ? "" : external.get(0));
          TreeReader sources = doc.object("spec").object("registrySources");
          insecure.addAll(sources.list("insecureRegistries", TEXT));
          allowed.addAll(sources.list("allowedRegistries", TEXT));
          blocked.addAll(sources.list("blockedRegistries", TEXT));
        }
        case "ImageTagMirrorSet" ->
            tagMirrors.addAll(doc.object("spec").list("imageTagMirrors", new MirrorReader()));
        case "ImageDigestMirrorSet" ->
            digestMirrors.addAll(doc.object("spec").list("imageDigestMirrors", new MirrorReader()));
        case "Node" -> {
          Map<String, String> labels = doc.object("metadata").stringMap("labels");
          labels = labels == null ? Map.of() : labels;
          boolean isControlPlane = CONTROL_PLANE_LABELS.stream().anyMatch(labels::containsKey);
          if (platform == null || (isControlPlane && !controlPlane)) {
            platform = nodePlatform(doc.path(), labels, doc.object("status").object("nodeInfo"));
            controlPlane = isControlPlane;
          }
        }
        default -> {} // Other cluster resources may share the file; isctl has no use for them.
      }
    }
    return new ClusterConfig(
        hosts, insecure, allowed, blocked, tagMirrors, digestMirrors, platform);
  }

  /**
   * A Node's {@code kubernetes.io/os} and {@code kubernetes.io/arch} labels, else what its kubelet
   * reported in {@code status.nodeInfo}; linux and amd64 for what neither says.
   */
  private static Platform nodePlatform(
      String path, Map<String, String> labels, TreeReader nodeInfo) {
    String os = labels.getOrDefault("kubernetes.io/os", nodeInfo.string("operatingSystem"));
    String arch = labels.getOrDefault("kubernetes.io/arch", nodeInfo.string("architecture"));
    String text =
        (os.isEmpty() ? Platform.LINUX_AMD64.os() : os)
            + "/"
            + (arch.isEmpty() ? Platform.LINUX_AMD64.architecture() : arch);
    return Platform.parse(text)
        .orElseThrow(
            () ->
                new ResourceFormatException(
                    path + ": not a platform the importer can prefer: " + text));
  }

  private static ClusterConfig.Mirror mirror(JsonNode node, String path) {
    TreeReader mirror = TreeReader.of(node, path);
    return new ClusterConfig.Mirror(
        mirror.string("source"),
        mirror.list("mirrors", TEXT),
        "NeverContactSource".equals(mirror.string("mirrorSourcePolicy")));
  }

  private static String text(JsonNode node, String path) {
    if (node == null || !node.isTextual()) {
      throw new ResourceFormatException(path + ": expected a string");
    }
    return node.textValue();
  }
}
