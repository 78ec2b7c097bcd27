package io.isctl.ops;

import java.util.List;

/**
 * {@code isctl sync [NAME...]} as typed.
 *
 * @param names streams of {@code namespace}; empty for every stream in scope
 * @param namespace the current namespace
 * @param allNamespaces no names and no {@code -n}: every namespace of the store and of the
 *     integrated registry
 */
public record SyncRequest(List<String> names, String namespace, boolean allNamespaces) {

  public SyncRequest {
    names = List.copyOf(names);
  }
}
