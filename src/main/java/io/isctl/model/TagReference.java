package io.isctl.model;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * A spec tag: where the tag's image comes from and how it is referenced.
 *
 * @param annotations null when unset (oc prints {@code annotations: null})
 * @param from the source, or null
 * @param reference true: never imported, the status records the pull spec as written
 * @param generation the stream generation that last changed this tag; null when unset, 0 forces an
 *     import
 */
public record TagReference(
    String name,
    Map<String, String> annotations,
    ObjectReference from,
    boolean reference,
    Long generation,
    TagImportPolicy importPolicy,
    ReferencePolicyType referencePolicy,
    ObjectNode extra) {

  public TagReference {
    annotations =
        annotations == null ? null : Collections.unmodifiableMap(new TreeMap<>(annotations));
    importPolicy = importPolicy == null ? TagImportPolicy.DEFAULT : importPolicy;
    referencePolicy = referencePolicy == null ? ReferencePolicyType.SOURCE : referencePolicy;
    extra = Extra.orEmpty(extra);
  }

  public TagReference withName(String newName) {
    return new TagReference(
        newName, annotations, from, reference, generation, importPolicy, referencePolicy, extra);
  }

  public TagReference withGeneration(Long newGeneration) {
    return new TagReference(
        name, annotations, from, reference, newGeneration, importPolicy, referencePolicy, extra);
  }

  public TagReference withFrom(ObjectReference newFrom) {
    return new TagReference(
        name, annotations, newFrom, reference, generation, importPolicy, referencePolicy, extra);
  }

  public TagReference withImportPolicy(TagImportPolicy policy) {
    return new TagReference(
        name, annotations, from, reference, generation, policy, referencePolicy, extra);
  }

  public TagReference withReferencePolicy(ReferencePolicyType policy) {
    return new TagReference(
        name, annotations, from, reference, generation, importPolicy, policy, extra);
  }

  /** The value of one annotation, or null. */
  public String annotation(String key) {
    return annotations == null ? null : annotations.get(key);
  }

  /** Whether the import controller may import this tag: a Docker image that is not a reference. */
  public boolean importable() {
    return from != null && ObjectReference.DOCKER_IMAGE.equals(from.kind()) && !reference;
  }

  /** Written out: see {@link ImageStream#equals}. */
  @Override
  public boolean equals(Object other) {
    return other instanceof TagReference that
        && Objects.equals(name, that.name)
        && Objects.equals(annotations, that.annotations)
        && Objects.equals(from, that.from)
        && reference == that.reference
        && Objects.equals(generation, that.generation)
        && Objects.equals(importPolicy, that.importPolicy)
        && Objects.equals(referencePolicy, that.referencePolicy)
        && Objects.equals(extra, that.extra);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        name, annotations, from, reference, generation, importPolicy, referencePolicy, extra);
  }
}
