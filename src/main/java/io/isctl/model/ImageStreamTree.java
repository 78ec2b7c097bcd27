package io.isctl.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * Converts between an ImageStream and its JSON tree, applying the defaults the API server applies
 * when it decodes a v1 object ({@code referencePolicy.type: Source}, {@code importMode: Legacy})
 * and writing the fields with oc's omission rules. Unknown fields are carried through.
 */
public final class ImageStreamTree {
  private ImageStreamTree() {}

  /**
   * Reads a stream from a parsed document.
   *
   * @throws ResourceFormatException when a field has the wrong type or the object is not an
   *     ImageStream
   */
  public static ImageStream read(JsonNode document) {
    TreeReader root = TreeReader.of(document, "");
    String apiVersion = root.string("apiVersion");
    String kind = root.string("kind");
    if (!ImageStream.KIND.equals(kind)) {
      throw new ResourceFormatException(
          "kind: expected ImageStream, got " + TreeReader.shown(kind));
    }
    if (!apiVersion.isEmpty()
        && !ImageStream.API_VERSION.equals(apiVersion)
        && !"v1".equals(apiVersion)) {
      throw new ResourceFormatException(
          "apiVersion: expected image.openshift.io/v1, got " + TreeReader.shown(apiVersion));
    }
    ObjectMeta metadata = readMeta(root.object("metadata"));
    ImageStreamSpec spec = readSpec(root.object("spec"));
    ImageStreamStatus status = readStatus(root.object("status"));
    return new ImageStream(metadata, spec, status, root.rest());
  }

  /** The stream as a JSON tree, fields as oc writes them. */
  public static ObjectNode write(ImageStream stream) {
    ObjectNode root = stream.extra().deepCopy();
    root.put("apiVersion", ImageStream.API_VERSION);
    root.put("kind", ImageStream.KIND);
    root.set("metadata", writeMeta(stream.metadata()));
    root.set("spec", writeSpec(stream.spec()));
    root.set("status", writeStatus(stream.status()));
    return root;
  }

  static ObjectMeta readMeta(TreeReader meta) {
    String name = meta.string("name");
    String namespace = meta.string("namespace");
    Long generation = meta.integer("generation");
    String created = meta.timestamp("creationTimestamp");
    Map<String, String> annotations = meta.stringMap("annotations");
    ObjectNode rest = meta.rest();
    checkOtherMetadata(TreeReader.of(rest, meta.path()));
    return new ObjectMeta(name, namespace, generation, created, annotations, rest);
  }

  /**
   * The metadata fields isctl keeps without reading must still have the types the API server
   * decodes them to: a file {@code oc apply} would refuse is refused here, with the field named.
   */
  private static void checkOtherMetadata(TreeReader meta) {
    meta.stringMap("labels");
    for (String field : List.of("uid", "resourceVersion", "generateName", "selfLink")) {
      meta.string(field);
    }
    meta.timestamp("deletionTimestamp");
    meta.integer("deletionGracePeriodSeconds");
    meta.strings("finalizers");
    meta.list("ownerReferences", new OwnerReferenceCheck());
    meta.list("managedFields", new ManagedFieldsCheck());
  }

  // The lists' element readers are classes, not lambdas or method references: each of those a
  // process links costs about 0.1 ms of bootstrap at every start, and reading one stream linked a
  // dozen (issue 15; a class from the class-data archive costs a fifth of that).

  /** Checks the types of an owner reference's fields. */
  private static final class OwnerReferenceCheck implements BiFunction<JsonNode, String, Object> {
    @Override
    public Object apply(JsonNode node, String where) {
      TreeReader owner = TreeReader.of(node, where);
      for (String field : List.of("apiVersion", "kind", "name", "uid")) {
        owner.string(field);
      }
      owner.bool("controller");
      owner.bool("blockOwnerDeletion");
      return owner;
    }
  }

  /** Checks the types of a managed-fields entry's fields. */
  private static final class ManagedFieldsCheck implements BiFunction<JsonNode, String, Object> {
    @Override
    public Object apply(JsonNode node, String where) {
      TreeReader entry = TreeReader.of(node, where);
      for (String field :
          List.of("manager", "operation", "apiVersion", "fieldsType", "subresource")) {
        entry.string(field);
      }
      entry.timestamp("time");
      entry.rawObject("fieldsV1");
      return entry;
    }
  }

  private static final class TagReader implements BiFunction<JsonNode, String, TagReference> {
    @Override
    public TagReference apply(JsonNode element, String path) {
      return readTag(element, path);
    }
  }

  private static final class TagHistoryReader
      implements BiFunction<JsonNode, String, NamedTagEventList> {
    @Override
    public NamedTagEventList apply(JsonNode element, String path) {
      return readTagHistory(element, path);
    }
  }

  private static final class EventReader implements BiFunction<JsonNode, String, TagEvent> {
    @Override
    public TagEvent apply(JsonNode element, String path) {
      return readEvent(element, path);
    }
  }

  private static final class ConditionReader
      implements BiFunction<JsonNode, String, TagEventCondition> {
    @Override
    public TagEventCondition apply(JsonNode element, String path) {
      return readCondition(element, path);
    }
  }

  static ObjectNode writeMeta(ObjectMeta meta) {
    ObjectNode node = meta.extra().deepCopy();
    if (!meta.annotations().isEmpty()) {
      ObjectNode annotations = node.putObject("annotations");
      meta.annotations().forEach(annotations::put);
    }
    if (meta.creationTimestamp() != null) {
      node.put("creationTimestamp", meta.creationTimestamp());
    }
    if (meta.generation() != null && meta.generation() != 0) {
      node.put("generation", meta.generation());
    }
    putIfNotEmpty(node, "name", meta.name());
    putIfNotEmpty(node, "namespace", meta.namespace());
    return node;
  }

  private static ImageStreamSpec readSpec(TreeReader spec) {
    boolean local = spec.object("lookupPolicy").bool("local");
    String repository = spec.string("dockerImageRepository");
    return new ImageStreamSpec(local, repository, spec.list("tags", new TagReader()), spec.rest());
  }

  private static ObjectNode writeSpec(ImageStreamSpec spec) {
    ObjectNode node = spec.extra().deepCopy();
    node.putObject("lookupPolicy").put("local", spec.lookupLocal());
    putIfNotEmpty(node, "dockerImageRepository", spec.dockerImageRepository());
    if (!spec.tags().isEmpty()) {
      spec.tags().forEach(tag -> node.withArray("tags").add(writeTag(tag)));
    }
    return node;
  }

  private static TagReference readTag(JsonNode element, String path) {
    TreeReader tag = TreeReader.of(element, path);
    String name = tag.string("name");
    Map<String, String> annotations = tag.stringMap("annotations");
    boolean hasFrom = tag.has("from");
    TreeReader fromReader = tag.object("from");
    ObjectReference from = hasFrom ? readFrom(fromReader) : null;
    boolean reference = tag.bool("reference");
    Long generation = tag.integer("generation");
    TreeReader importPolicy = tag.object("importPolicy");
    TagImportPolicy policy =
        new TagImportPolicy(
            importPolicy.bool("insecure"),
            importPolicy.bool("scheduled"),
            importPolicy.string("importMode"));
    TreeReader referencePolicy = tag.object("referencePolicy");
    String type = referencePolicy.string("type");
    ReferencePolicyType policyType =
        type.isEmpty() ? ReferencePolicyType.SOURCE : ReferencePolicyType.fromWire(type);
    if (policyType == null) {
      throw new ResourceFormatException(
          referencePolicy.path()
              + ".type: Unsupported value: "
              + TreeReader.shown(type)
              + ": supported values: \"Source\", \"Local\"");
    }
    return new TagReference(
        name, annotations, from, reference, generation, policy, policyType, tag.rest());
  }

  private static ObjectNode writeTag(TagReference tag) {
    ObjectNode node = tag.extra().deepCopy();
    if (tag.annotations() == null) {
      node.putNull("annotations");
    } else {
      ObjectNode annotations = node.putObject("annotations");
      tag.annotations().forEach(annotations::put);
    }
    if (tag.from() != null) {
      ObjectNode from = tag.from().extra().deepCopy();
      putIfNotEmpty(from, "kind", tag.from().kind());
      putIfNotEmpty(from, "name", tag.from().name());
      putIfNotEmpty(from, "namespace", tag.from().namespace());
      node.set("from", from);
    }
    if (tag.generation() == null) {
      node.putNull("generation");
    } else {
      node.put("generation", tag.generation());
    }
    ObjectNode importPolicy = node.putObject("importPolicy");
    if (tag.importPolicy().insecure()) {
      importPolicy.put("insecure", true);
    }
    if (tag.importPolicy().scheduled()) {
      importPolicy.put("scheduled", true);
    }
    importPolicy.put("importMode", tag.importPolicy().importMode());
    node.put("name", tag.name());
    if (tag.reference()) {
      node.put("reference", true);
    }
    node.putObject("referencePolicy").put("type", tag.referencePolicy().wireName());
    return node;
  }

  private static ObjectReference readFrom(TreeReader from) {
    return new ObjectReference(
        from.string("kind"), from.string("namespace"), from.string("name"), from.rest());
  }

  private static ImageStreamStatus readStatus(TreeReader status) {
    return new ImageStreamStatus(
        status.string("dockerImageRepository"),
        status.string("publicDockerImageRepository"),
        status.list("tags", new TagHistoryReader()),
        status.rest());
  }

  private static ObjectNode writeStatus(ImageStreamStatus status) {
    ObjectNode node = status.extra().deepCopy();
    node.put("dockerImageRepository", status.dockerImageRepository());
    putIfNotEmpty(node, "publicDockerImageRepository", status.publicDockerImageRepository());
    if (!status.tags().isEmpty()) {
      status.tags().forEach(tag -> node.withArray("tags").add(writeTagHistory(tag)));
    }
    return node;
  }

  private static NamedTagEventList readTagHistory(JsonNode element, String path) {
    TreeReader tag = TreeReader.of(element, path);
    return new NamedTagEventList(
        tag.string("tag"),
        tag.list("items", new EventReader()),
        tag.list("conditions", new ConditionReader()),
        tag.rest());
  }

  private static ObjectNode writeTagHistory(NamedTagEventList tag) {
    ObjectNode node = tag.extra().deepCopy();
    if (!tag.conditions().isEmpty()) {
      tag.conditions().forEach(c -> node.withArray("conditions").add(writeCondition(c)));
    }
    if (tag.items().isEmpty()) {
      node.putNull("items");
    } else {
      tag.items().forEach(item -> node.withArray("items").add(writeEvent(item)));
    }
    node.put("tag", tag.tag());
    return node;
  }

  private static TagEvent readEvent(JsonNode element, String path) {
    TreeReader event = TreeReader.of(element, path);
    Long generation = event.integer("generation");
    return new TagEvent(
        event.string("created"),
        event.string("dockerImageReference"),
        event.string("image"),
        generation == null ? 0 : generation);
  }

  private static ObjectNode writeEvent(TagEvent event) {
    ObjectNode node = JsonNodeFactory.instance.objectNode();
    node.put("created", event.created());
    node.put("dockerImageReference", event.dockerImageReference());
    node.put("generation", event.generation());
    node.put("image", event.image());
    return node;
  }

  private static TagEventCondition readCondition(JsonNode element, String path) {
    TreeReader condition = TreeReader.of(element, path);
    Long generation = condition.integer("generation");
    return new TagEventCondition(
        condition.string("type"),
        condition.string("status"),
        condition.string("lastTransitionTime"),
        condition.string("reason"),
        condition.string("message"),
        generation == null ? 0 : generation);
  }

  private static ObjectNode writeCondition(TagEventCondition condition) {
    ObjectNode node = JsonNodeFactory.instance.objectNode();
    node.put("generation", condition.generation());
    node.put("lastTransitionTime", condition.lastTransitionTime());
    putIfNotEmpty(node, "message", condition.message());
    putIfNotEmpty(node, "reason", condition.reason());
    node.put("status", condition.status());
    node.put("type", condition.type());
    return node;
  }

  static void putIfNotEmpty(ObjectNode node, String field, String value) {
    if (value != null && !value.isEmpty()) {
      node.put(field, value);
    }
  }
}
