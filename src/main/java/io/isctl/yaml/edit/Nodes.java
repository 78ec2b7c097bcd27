package io.isctl.yaml.edit;

import java.util.List;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Navigation in composed YAML nodes by the keys written in the text (merge keys are not followed).
 */
public final class Nodes {
  private Nodes() {}

  /** The entry of {@code map} whose key is the plain text {@code key}, or null. */
  static NodeTuple entry(Node map, String key) {
    if (!(map instanceof MappingNode mapping)) {
      return null;
    }
    for (NodeTuple tuple : mapping.getValue()) {
      if (tuple.getKeyNode() instanceof ScalarNode k && k.getValue().equals(key)) {
        return tuple;
      }
    }
    return null;
  }

  /** The value under {@code key}, or null. */
  public static Node child(Node map, String key) {
    NodeTuple tuple = entry(map, key);
    return tuple == null ? null : tuple.getValueNode();
  }

  /**
   * The value at a path of keys (String) and indexes (Integer), or null where the text has none.
   */
  public static Node at(Node from, List<Object> path) {
    Node current = from;
    for (Object step : path) {
      if (current == null) {
        return null;
      }
      if (step instanceof Integer index) {
        if (!(current instanceof SequenceNode seq) || index >= seq.getValue().size()) {
          return null;
        }
        current = seq.getValue().get(index);
      } else {
        current = child(current, (String) step);
      }
    }
    return current;
  }
}
