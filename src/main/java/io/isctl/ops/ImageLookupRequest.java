package io.isctl.ops;

import java.util.List;

/**
 * {@code isctl set image-lookup} on image streams.
 *
 * @param names stream names; empty with {@code all} false means "list"
 * @param enabled the value for {@code lookupPolicy.local}
 * @param list only print the table
 * @param printObjects {@code -o} was given: with no names, every stream is changed (as oc does)
 */
public record ImageLookupRequest(
    List<String> names,
    boolean all,
    boolean enabled,
    boolean list,
    boolean printObjects,
    String namespace) {

  public ImageLookupRequest {
    names = List.copyOf(names);
  }

  /** Whether the request only asks for the table. */
  public boolean listOnly() {
    return list || (names.isEmpty() && !all && !printObjects);
  }
}
