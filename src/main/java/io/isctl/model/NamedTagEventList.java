package io.isctl.model;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One status tag: its history, newest first, and its import conditions.
 *
 * @param items null-safe; item 0 is the current image
 */
public record NamedTagEventList(
    String tag, List<TagEvent> items, List<TagEventCondition> conditions, ObjectNode extra) {

  public NamedTagEventList {
    items = items == null ? List.of() : List.copyOf(items);
    conditions = conditions == null ? List.of() : List.copyOf(conditions);
    extra = Extra.orEmpty(extra);
  }

  public static NamedTagEventList of(
      String tag, List<TagEvent> items, List<TagEventCondition> conditions) {
    return new NamedTagEventList(tag, items, conditions, null);
  }

  public Optional<TagEvent> latest() {
    return items.isEmpty() ? Optional.empty() : Optional.of(items.get(0));
  }

  public NamedTagEventList withItems(List<TagEvent> newItems) {
    return new NamedTagEventList(tag, newItems, conditions, extra);
  }

  public NamedTagEventList withConditions(List<TagEventCondition> newConditions) {
    return new NamedTagEventList(tag, items, newConditions, extra);
  }

  /** Written out: see {@link ImageStream#equals}. */
  @Override
  public boolean equals(Object other) {
    return other instanceof NamedTagEventList that
        && Objects.equals(tag, that.tag)
        && Objects.equals(items, that.items)
        && Objects.equals(conditions, that.conditions)
        && Objects.equals(extra, that.extra);
  }

  @Override
  public int hashCode() {
    return Objects.hash(tag, items, conditions, extra);
  }
}
