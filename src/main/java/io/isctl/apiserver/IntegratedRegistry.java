package io.isctl.apiserver;

import io.isctl.reference.ImageReference;
import io.isctl.reference.InvalidReferenceException;
import java.util.Optional;

/**
 * Pull specs in the cluster's integrated registry, where a repository is {@code
 * <host>/<namespace>/<stream>}.
 */
public final class IntegratedRegistry {
  private IntegratedRegistry() {}

  /**
   * {@code pullSpec} moved from the source stream's repository to the destination's, if it is in
   * the source's repository of the integrated registry {@code host}.
   */
  public static Optional<String> rewrite(
      String host,
      String pullSpec,
      String sourceNamespace,
      String sourceName,
      String namespace,
      String name) {
    ImageReference ref;
    try {
      ref = ImageReference.parse(pullSpec);
    } catch (InvalidReferenceException e) {
      return Optional.empty();
    }
    if (!ref.registry().equals(host)
        || !ref.namespace().equals(sourceNamespace)
        || !ref.name().equals(sourceName)) {
      return Optional.empty();
    }
    return Optional.of(ref.withNamespace(namespace).withName(name).exact());
  }
}
