package io.isctl.query;

import java.util.List;

/** The parse tree of a JSONPath template, node for node as kubectl's parser builds it. */
sealed interface PathNode {

  /** The nodes of one action ({@code {...}}), applied one after the other. */
  record Action(List<PathNode> nodes) implements PathNode {
    public Action {
      nodes = List.copyOf(nodes);
    }
  }

  /** Text outside an action, or a quoted string inside one: evaluates to itself. */
  record Text(String text) implements PathNode {}

  /** {@code .name}: a key of a map. */
  record Field(String name) implements PathNode {}

  /** A bare word: {@code range}, {@code end}, or one kubectl does not know. */
  record Identifier(String name) implements PathNode {}

  /**
   * {@code [start:end:step]}; an index {@code [i]} is {@code [i:i+1]} with a derived end.
   *
   * @param start, end, step each known or not, as written
   */
  record Slice(Bound start, Bound end, Bound step) implements PathNode {}

  /**
   * One bound of a slice.
   *
   * @param derived an end computed from an index: a derived end of 0 means the list's end
   */
  record Bound(boolean known, long value, boolean derived) {
    static final Bound UNKNOWN = new Bound(false, 0, false);
  }

  /**
   * {@code [?(left op right)]}, or {@code [?(left)]} (operator "exists"): keeps the elements of a
   * list for which it holds.
   */
  record Filter(Action left, Action right, String operator) implements PathNode {}

  /** A number or boolean in an action: the same value for every input. */
  record Literal(com.fasterxml.jackson.databind.JsonNode value) implements PathNode {}

  /** {@code *}: every value of a map, element of a list or byte of a string. */
  record Wildcard() implements PathNode {}

  /** {@code ..}: a value and everything below it. */
  record Recursive() implements PathNode {}

  /** {@code [a,b]}: each alternative applied to the input, the results one after the other. */
  record Union(List<Action> alternatives) implements PathNode {
    public Union {
      alternatives = List.copyOf(alternatives);
    }
  }
}
