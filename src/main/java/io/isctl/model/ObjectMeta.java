package io.isctl.model;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The metadata isctl reads and writes; anything else (labels, uid, managedFields…) rides in {@code
 * extra}.
 *
 * @param generation null when the object has none yet
 * @param annotations never null; sorted by key
 */
public record ObjectMeta(
    String name,
    String namespace,
    Long generation,
    String creationTimestamp,
    Map<String, String> annotations,
    ObjectNode extra) {

  public ObjectMeta {
    annotations =
        Collections.unmodifiableMap(new TreeMap<>(annotations == null ? Map.of() : annotations));
    extra = Extra.orEmpty(extra);
  }

  public static ObjectMeta named(String namespace, String name) {
    return new ObjectMeta(name, namespace, null, null, Map.of(), null);
  }

  /**
   * {@code metadata.labels}, sorted by key; empty without any. The store refuses a stream whose
   * labels are not all strings, so none is dropped here.
   */
  public Map<String, String> labels() {
    Map<String, String> labels = new TreeMap<>();
    extra.path("labels").properties().forEach(e -> labels.put(e.getKey(), e.getValue().asText()));
    return Collections.unmodifiableMap(labels);
  }

  public long generationOrZero() {
    return generation == null ? 0 : generation;
  }

  public ObjectMeta withGeneration(Long newGeneration) {
    return new ObjectMeta(name, namespace, newGeneration, creationTimestamp, annotations, extra);
  }

  public ObjectMeta withCreationTimestamp(String timestamp) {
    return new ObjectMeta(name, namespace, generation, timestamp, annotations, extra);
  }

  /** A copy with {@code key} set to {@code value}, or removed when value is null. */
  public ObjectMeta withAnnotation(String key, String value) {
    Map<String, String> copy = new TreeMap<>(annotations);
    if (value == null) {
      copy.remove(key);
    } else {
      copy.put(key, value);
    }
    return new ObjectMeta(name, namespace, generation, creationTimestamp, copy, extra);
  }

  /** Written out: see {@link ImageStream#equals}. */
  @Override
  public boolean equals(Object other) {
    return other instanceof ObjectMeta that
        && Objects.equals(name, that.name)
        && Objects.equals(namespace, that.namespace)
        && Objects.equals(generation, that.generation)
        && Objects.equals(creationTimestamp, that.creationTimestamp)
        && Objects.equals(annotations, that.annotations)
        && Objects.equals(extra, that.extra);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, namespace, generation, creationTimestamp, annotations, extra);
  }
}
