package io.isctl.ops;

import io.isctl.query.LabelSelector;
import java.util.List;
import java.util.Optional;

/**
 * {@code isctl get is|istag|isimage [NAME...]}.
 *
 * @param names as typed ({@code NAME}, {@code [ns/]NAME:TAG} or {@code [ns/]NAME@ID}); none lists
 *     the namespace
 * @param namespace the current namespace
 * @param allNamespaces whether a list covers every namespace ({@code -A}); names are then refused
 * @param selector the labels a listed object must have ({@code -l}); names are then refused
 * @param podImages whether the output shows each tag's Pod image ({@code -o wide})
 */
public record GetRequest(
    List<String> names,
    String namespace,
    boolean allNamespaces,
    Optional<LabelSelector> selector,
    boolean podImages) {
  public GetRequest {
    names = List.copyOf(names);
  }

  /** Names, or the current namespace's list, with every label. */
  public GetRequest(List<String> names, String namespace, boolean podImages) {
    this(names, namespace, false, Optional.empty(), podImages);
  }
}
