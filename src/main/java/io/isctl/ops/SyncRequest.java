package io.isctl.ops;

import java.util.List;

/**
 * {@code isctl sync [NAME...]} as typed.
 *
 * @param names streams of {@code namespace}; empty for every stream in scope
 * @param namespace the current namespace
 * @param allNamespaces {@code -A}: every namespace of the store and of the integrated registry, not
 *     only the current one
 */
public record SyncRequest(List<String> names, String namespace, boolean allNamespaces) {

  public SyncRequest {
    names = List.copyOf(names);
  }
}
