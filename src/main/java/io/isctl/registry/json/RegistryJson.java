package io.isctl.registry.json;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.Optional;

/**
 * Reads the registry's JSON into the {@code *Json} records; one configured mapper per client, made
 * when the first JSON body arrives (an unchanged tag's HEAD has none, and a mapper takes tens of
 * milliseconds to set up).
 */
public final class RegistryJson {

  private volatile ObjectMapper mapper;

  private ObjectMapper mapper() {
    ObjectMapper current = mapper;
    if (current == null) {
      synchronized (this) {
        if (mapper == null) {
          mapper =
              new ObjectMapper()
                  .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
        }
        current = mapper;
      }
    }
    return current;
  }

  /** Parses the bytes or throws {@link IOException} naming the type. */
  public <T> T read(byte[] bytes, Class<T> type) throws IOException {
    return mapper().readValue(bytes, type);
  }

  /**
   * Parses the bytes, or empty when they are not that JSON (error bodies are often HTML or text).
   */
  public <T> Optional<T> tryRead(byte[] bytes, Class<T> type) {
    try {
      return Optional.ofNullable(mapper().readValue(bytes, type));
    } catch (IOException | RuntimeException notJson) {
      return Optional.empty();
    }
  }

  /** A field of a JSON object, used to guess a manifest's type when the registry sent none. */
  public Optional<com.fasterxml.jackson.databind.JsonNode> tree(byte[] bytes) {
    try {
      return Optional.ofNullable(mapper().readTree(bytes));
    } catch (IOException notJson) {
      return Optional.empty();
    }
  }
}
