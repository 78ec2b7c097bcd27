package io.isctl.ops;

import java.util.List;

/**
 * {@code isctl get is|istag|isimage [NAME...]}.
 *
 * @param names as typed ({@code NAME}, {@code [ns/]NAME:TAG} or {@code [ns/]NAME@ID}); none lists
 *     the namespace
 * @param namespace the current namespace
 * @param podImages whether the output shows each tag's Pod image ({@code -o wide})
 */
public record GetRequest(List<String> names, String namespace, boolean podImages) {
  public GetRequest {
    names = List.copyOf(names);
  }
}
