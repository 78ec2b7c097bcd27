package io.isctl.registry.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import io.isctl.base.JsonTrees;
import java.io.IOException;
import java.util.Optional;

/**
 * Reads the registry's JSON (and the credential files') into the {@code *Json} records: the first
 * JSON value of the bytes, what follows it unread, read into a tree by jackson-core's parser (a key
 * twice in an object refused, as data binding refused it for a record's fields), then each record
 * reads its fields ({@link JsonFields}). No {@code ObjectMapper}: its set-up cost ~35 ms, in every
 * command that met a token response or a credential file.
 */
public final class RegistryJson {

  /**
   * Parses the bytes, or throws {@link IOException} when they are not JSON or not that type's; null
   * for JSON's null.
   */
  public <T> T read(byte[] bytes, Class<T> type) throws IOException {
    JsonNode tree = JsonTrees.readFirstWithUniqueKeys(bytes);
    if (tree == null) {
      throw new JsonFields.ShapeException(
          "no JSON value to read " + type.getSimpleName() + " from");
    }
    if (tree.isNull()) {
      return null;
    }
    try {
      return type.cast(bind(tree, type));
    } catch (RuntimeException e) {
      // A record's constructor refused what it was given (a null in a list it copies).
      throw new JsonFields.ShapeException(type.getSimpleName() + ": " + e);
    }
  }

  private static Object bind(JsonNode tree, Class<?> type) throws IOException {
    if (type == ManifestJson.class) {
      return ManifestJson.read(tree);
    } else if (type == IndexJson.class) {
      return IndexJson.read(tree);
    } else if (type == ImageConfigJson.class) {
      return ImageConfigJson.read(tree);
    } else if (type == TagListJson.class) {
      return TagListJson.read(tree);
    } else if (type == CatalogJson.class) {
      return CatalogJson.read(tree);
    } else if (type == TokenResponseJson.class) {
      return TokenResponseJson.read(tree);
    } else if (type == ErrorResponseJson.class) {
      return ErrorResponseJson.read(tree);
    } else if (type == DockerConfigJson.class) {
      return DockerConfigJson.read(tree);
    } else if (type == CredentialHelperJson.class) {
      return CredentialHelperJson.read(tree);
    } else if (type == DescriptorJson.class) {
      return DescriptorJson.read(tree);
    } else if (type == PlatformJson.class) {
      return PlatformJson.read(tree);
    } else if (type == ContainerConfigJson.class) {
      return ContainerConfigJson.read(tree);
    }
    throw new IllegalArgumentException("no JSON reader for " + type.getName());
  }

  /**
   * Parses the bytes, or empty when they are not that JSON (error bodies are often HTML or text).
   */
  public <T> Optional<T> tryRead(byte[] bytes, Class<T> type) {
    try {
      return Optional.ofNullable(read(bytes, type));
    } catch (IOException | RuntimeException notJson) {
      return Optional.empty();
    }
  }

  /**
   * A field of a JSON object, used to guess a manifest's type when the registry sent none: the
   * tree, a missing node when there is no value at all (as {@code readTree} gives), or empty when
   * the bytes are not JSON.
   */
  public Optional<JsonNode> tree(byte[] bytes) {
    try {
      JsonNode tree = JsonTrees.readFirst(bytes);
      return Optional.of(tree == null ? MissingNode.getInstance() : tree);
    } catch (IOException notJson) {
      return Optional.empty();
    }
  }
}
