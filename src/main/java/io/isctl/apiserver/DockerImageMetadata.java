package io.isctl.apiserver;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.isctl.base.JsonTrees;
import io.isctl.go.GoJsonFields;
import io.isctl.model.ImageLayer;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The {@code dockerImageMetadata} the API server derives from an image config blob
 * (openshift-apiserver's InternalImageWithMetadata): the config's fields renamed to Docker's,
 * {@code Id} = the config digest, and {@code Size} = config length + the sizes of the distinct
 * layers. Encoded as the server encodes it: a DockerImage of {@code image.openshift.io/1.0} with
 * Go's {@code omitempty} rules.
 */
public final class DockerImageMetadata {
  public static final String API_VERSION = "image.openshift.io/1.0";
  public static final String KIND = "DockerImage";

  /** What {@code dockerImageMetadataVersion} always says. */
  public static final String VERSION = "1.0";

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final List<String> IMAGE_FIELDS =
      List.of(
          "id",
          "parent",
          "comment",
          "created",
          "container",
          "container_config",
          "docker_version",
          "author",
          "config",
          "architecture",
          "size");
  private static final List<String> CONFIG_STRINGS =
      List.of("Hostname", "Domainname", "User", "Cpuset", "Image", "VolumesFrom", "WorkingDir");
  private static final List<String> CONFIG_INTS = List.of("Memory", "MemorySwap", "CpuShares");
  private static final List<String> CONFIG_BOOLS =
      List.of(
          "AttachStdin",
          "AttachStdout",
          "AttachStderr",
          "Tty",
          "OpenStdin",
          "StdinOnce",
          "NetworkDisabled");
  private static final List<String> CONFIG_LISTS =
      List.of("PortSpecs", "Env", "Cmd", "Dns", "Entrypoint", "SecurityOpts", "OnBuild");
  private static final List<String> CONFIG_SETS = List.of("ExposedPorts", "Volumes");
  private static final List<String> CONFIG_FIELDS =
      concat(
          List.of(
              CONFIG_STRINGS,
              CONFIG_INTS,
              CONFIG_BOOLS,
              CONFIG_LISTS,
              CONFIG_SETS,
              List.of("Labels")));

  /** Go's time.Time takes RFC 3339 with seconds and an optional fraction, nothing looser. */
  private static final Pattern RFC3339 =
      Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?(Z|[+-]\\d{2}:\\d{2})");

  private DockerImageMetadata() {}

  /**
   * The metadata of a single-platform image.
   *
   * @param config the config blob, already verified against {@code configDigest}
   * @param layers the manifest's layers, base first
   * @throws ImageConfigException when the blob is not a config the server can read
   */
  public static ObjectNode fromConfig(byte[] config, String configDigest, List<ImageLayer> layers) {
    try {
      return decode(config, configDigest, layers);
    } catch (GoJsonFields.TypeError e) {
      throw new ImageConfigException("failed to parse dockerImageConfig: " + e.getMessage());
    }
  }

  private static ObjectNode decode(byte[] config, String configDigest, List<ImageLayer> layers) {
    GoJsonFields image = new GoJsonFields(parse(config), IMAGE_FIELDS, "config");
    ObjectNode node = NODES.objectNode();
    node.put("Id", configDigest);
    putIfNotEmpty(node, "Parent", image.string("parent"));
    putIfNotEmpty(node, "Comment", image.string("comment"));
    node.set("Created", created(image.raw("created")));
    putIfNotEmpty(node, "Container", image.string("container"));
    node.set(
        "ContainerConfig", dockerConfig(image.raw("container_config"), "config.container_config"));
    putIfNotEmpty(node, "DockerVersion", image.string("docker_version"));
    putIfNotEmpty(node, "Author", image.string("author"));
    if (image.raw("config") != null) {
      node.set("Config", dockerConfig(image.raw("config"), "config.config"));
    }
    putIfNotEmpty(node, "Architecture", image.string("architecture"));
    image.int64("size"); // read for its type only: the server computes the size itself
    long size = size(config.length, configDigest, layers);
    if (size != 0) {
      node.put("Size", size);
    }
    node.put("apiVersion", API_VERSION);
    node.put("kind", KIND);
    return node;
  }

  /**
   * The metadata of a manifest list's Image: only its name and when it was imported, as the server
   * has no config.
   *
   * @param created the import time, RFC 3339
   */
  public static ObjectNode forManifestList(String digest, String created) {
    ObjectNode node = NODES.objectNode();
    node.put("Id", digest);
    node.put("Created", created);
    node.putObject("ContainerConfig");
    node.put("apiVersion", API_VERSION);
    node.put("kind", KIND);
    return node;
  }

  /**
   * The config's length plus each distinct layer once; a layer equal to the config counts as the
   * config.
   */
  static long size(long configLength, String configDigest, List<ImageLayer> layers) {
    Set<String> seen = new HashSet<>(Set.of(configDigest));
    long size = configLength;
    for (ImageLayer layer : layers) {
      if (seen.add(layer.name())) {
        size += layer.size();
      }
    }
    return size;
  }

  private static JsonNode parse(byte[] config) {
    try {
      JsonNode tree = JsonTrees.readFirst(config);
      if (tree == null || tree.isMissingNode()) {
        throw new ImageConfigException(
            "failed to parse dockerImageConfig: unexpected end of JSON input");
      }
      return tree;
    } catch (JacksonException e) {
      throw new ImageConfigException(
          "failed to parse dockerImageConfig: " + e.getOriginalMessage());
    }
  }

  /** {@code metav1.Time}: UTC to the second, or null for Go's zero time. */
  private static JsonNode created(JsonNode value) {
    if (value == null) {
      return NODES.nullNode();
    }
    if (!value.isTextual() || !RFC3339.matcher(value.textValue()).matches()) {
      throw GoJsonFields.typeError("config.created", "an RFC 3339 time", value);
    }
    try {
      OffsetDateTime time = OffsetDateTime.parse(value.textValue());
      if (time.toInstant().equals(OffsetDateTime.parse("0001-01-01T00:00:00Z").toInstant())) {
        return NODES.nullNode();
      }
      return NODES.textNode(Timestamps.format(time.toInstant()));
    } catch (DateTimeParseException e) {
      throw GoJsonFields.typeError("config.created", "an RFC 3339 time", value);
    }
  }

  /** A DockerConfig with every field {@code omitempty}. */
  private static ObjectNode dockerConfig(JsonNode value, String path) {
    GoJsonFields config = new GoJsonFields(value, CONFIG_FIELDS, path);
    ObjectNode node = NODES.objectNode();
    CONFIG_STRINGS.forEach(field -> putIfNotEmpty(node, field, config.string(field)));
    for (String field : CONFIG_INTS) {
      long number = config.int64(field);
      if (number != 0) {
        node.put(field, number);
      }
    }
    CONFIG_BOOLS.stream().filter(config::bool).forEach(field -> node.put(field, true));
    for (String field : CONFIG_LISTS) {
      ArrayNode list = config.strings(field);
      if (list != null) {
        node.set(field, list);
      }
    }
    for (String field : CONFIG_SETS) {
      ObjectNode set = config.set(field);
      if (set != null) {
        node.set(field, set);
      }
    }
    ObjectNode labels = config.stringMap("Labels");
    if (labels != null) {
      node.set("Labels", labels);
    }
    return node;
  }

  private static void putIfNotEmpty(ObjectNode node, String field, String value) {
    if (!value.isEmpty()) {
      node.put(field, value);
    }
  }

  private static List<String> concat(List<List<String>> lists) {
    return lists.stream().flatMap(List::stream).toList();
  }
}
