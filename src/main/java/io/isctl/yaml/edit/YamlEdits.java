package io.isctl.yaml.edit;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.DumperOptions.FlowStyle;
import org.yaml.snakeyaml.DumperOptions.ScalarStyle;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * Changes to a YAML text made as splices at the positions the parser reported, so that everything
 * not changed keeps its bytes: key order, comments, quoting, indentation, other documents.
 * Positions are always those of the original text; {@link #apply()} makes the new text once at the
 * end.
 */
public final class YamlEdits {
  private final YamlSource source;
  private final List<Edit> edits = new ArrayList<>();

  /** A value written as is (a boolean, for instance), never quoted. */
  public record Literal(String text) {}

  /** Replace [start, end) with text; an insertion when start == end. */
  record Edit(int start, int end, String text) {}

  /** A field that cannot be rewritten in place without changing something else too. */
  public static final class CannotEdit extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public CannotEdit(String message) {
      super(message);
    }
  }

  public YamlEdits(YamlSource source) {
    this.source = source;
  }

  boolean isEmpty() {
    return edits.isEmpty();
  }

  /**
   * Sets {@code map[key]} to the string {@code value}, replacing the scalar or adding the entry.
   */
  public void setString(Node map, String key, String value) {
    setValue(map, key, value);
  }

  /**
   * Sets {@code map[key]} to a String or a {@link Literal}, replacing the scalar or adding the
   * entry.
   */
  void setValue(Node map, String key, Object value) {
    NodeTuple entry = Nodes.entry(map, key);
    if (entry == null) {
      addEntry(map, key, value);
    } else {
      replaceScalar(entry, value);
    }
  }

  /**
   * Sets {@code map[path...][key] = value}, creating the maps of the path that are missing or null.
   */
  public void setAt(Node map, List<String> path, String key, Object value) {
    Node current = map;
    for (int i = 0; i < path.size(); i++) {
      NodeTuple entry = Nodes.entry(current, path.get(i));
      Object rest = nested(path.subList(i + 1, path.size()), key, value);
      if (entry == null) {
        addEntry(current, path.get(i), rest);
        return;
      }
      Node child = entry.getValueNode();
      if (isNull(child)) {
        replaceNull(current, entry, rest);
        return;
      }
      if (!(child instanceof MappingNode)) {
        throw new CannotEdit(path.get(i) + " is not an object");
      }
      checkInPlace(entry);
      current = child;
    }
    setValue(current, key, value);
  }

  /**
   * Removes {@code map[path...][key]}; maps of the path left empty are removed too, as the API
   * server drops empty annotations. Returns false when there was nothing to remove.
   */
  public boolean removeAt(Node map, List<String> path, String key) {
    List<Node> maps = new ArrayList<>();
    List<NodeTuple> entries = new ArrayList<>();
    Node current = map;
    for (String step : path) {
      NodeTuple entry = Nodes.entry(current, step);
      if (entry == null || !(entry.getValueNode() instanceof MappingNode)) {
        return false;
      }
      maps.add(current);
      entries.add(entry);
      current = entry.getValueNode();
    }
    NodeTuple target = Nodes.entry(current, key);
    if (target == null) {
      return false;
    }
    maps.add(current);
    entries.add(target);
    int level = maps.size() - 1;
    // Climb while the entry to remove is the only one of its map, but never remove from the object
    // itself.
    while (level > 0 && ((MappingNode) maps.get(level)).getValue().size() == 1) {
      level--;
    }
    removeEntry((MappingNode) maps.get(level), entries.get(level));
    return true;
  }

  private static Object nested(List<String> path, String key, Object value) {
    Object inner = value;
    Map<String, Object> leaf = new java.util.LinkedHashMap<>();
    leaf.put(key, inner);
    Object result = leaf;
    for (int i = path.size() - 1; i >= 0; i--) {
      Map<String, Object> wrap = new java.util.LinkedHashMap<>();
      wrap.put(path.get(i), result);
      result = wrap;
    }
    return result;
  }

  /**
   * Replaces the scalar value of an entry by a String, in the scalar's own style, or by a {@link
   * Literal}.
   */
  void replaceScalar(NodeTuple entry, Object replacement) {
    checkInPlace(entry);
    Node node = entry.getValueNode();
    if (!(node instanceof ScalarNode scalar)) {
      throw new CannotEdit("the value is not a string");
    }
    ScalarStyle style = scalar.getScalarStyle();
    if (style == ScalarStyle.LITERAL || style == ScalarStyle.FOLDED) {
      throw new CannotEdit("the value is a block scalar");
    }
    int start = source.start(scalar);
    int end = source.end(scalar);
    String raw = source.text().substring(start, end);
    String value = replacement instanceof Literal l ? l.text() : (String) replacement;
    if (style == ScalarStyle.PLAIN) {
      if (raw.isEmpty()) {
        edits.add(
            new Edit(
                start,
                end,
                " " + (replacement instanceof Literal ? value : ScalarText.of(value, style))));
        return;
      }
      if (!raw.equals(scalar.getValue())) {
        throw new CannotEdit("the value has a YAML tag or spans lines");
      }
    } else if (raw.isEmpty()
        || raw.charAt(0) != (style == ScalarStyle.DOUBLE_QUOTED ? '"' : '\'')) {
      throw new CannotEdit("the value has a YAML tag");
    }
    edits.add(
        new Edit(start, end, replacement instanceof Literal ? value : ScalarText.of(value, style)));
  }

  /** Refuses values that other places share: an alias to an anchor, or an anchored value. */
  private void checkInPlace(NodeTuple entry) {
    Node value = entry.getValueNode();
    if (source.start(value) < source.end(entry.getKeyNode())) {
      throw new CannotEdit("the value is a YAML alias");
    }
    if (value.getAnchor() != null) {
      throw new CannotEdit("the value carries the YAML anchor &" + value.getAnchor());
    }
  }

  /**
   * Adds {@code key: value} as the first entry of a map; value is a String or a Map of the same.
   */
  void addEntry(Node map, String key, Object value) {
    if (!(map instanceof MappingNode mapping)) {
      throw new CannotEdit("not an object");
    }
    List<NodeTuple> tuples = mapping.getValue();
    if (Nodes.entry(mapping, "<<") != null) {
      // A merge key overrides the keys before it and is overridden by those after it (yaml.v2):
      // refuse to guess.
      throw new CannotEdit("the map uses a YAML merge key");
    }
    if (mapping.getFlowStyle() == FlowStyle.FLOW) {
      int open = source.start(mapping);
      if (tuples.isEmpty()) {
        edits.add(new Edit(open + 1, open + 1, flow(key, value)));
        return;
      }
      int first = source.start(tuples.get(0).getKeyNode());
      boolean sameLine = source.lineStart(first) == source.lineStart(open);
      String separator = sameLine ? " " : source.lineBreak() + " ".repeat(source.column(first));
      edits.add(new Edit(first, first, flow(key, value) + "," + separator));
      return;
    }
    int first = source.start(tuples.get(0).getKeyNode());
    int column = source.column(first);
    edits.add(
        new Edit(
            first, first, block(key, value, column) + source.lineBreak() + " ".repeat(column)));
  }

  /** Replaces a null value ({@code key:}, {@code key: null}, {@code key: ~}) by a map. */
  private void replaceNull(Node parent, NodeTuple entry, Object map) {
    checkInPlace(entry);
    Node key = entry.getKeyNode();
    Node value = entry.getValueNode();
    int colon = source.text().indexOf(':', source.end(key));
    if (colon < 0 || colon >= source.start(value)) {
      throw new CannotEdit("cannot find the value of " + ((ScalarNode) key).getValue());
    }
    String text;
    if (((MappingNode) parent).getFlowStyle() == FlowStyle.FLOW) {
      text = " " + flowValue(map);
    } else {
      int column = source.column(source.start(key)) + 2;
      StringBuilder sb = new StringBuilder();
      for (Map.Entry<?, ?> e : ((Map<?, ?>) map).entrySet()) {
        sb.append(source.lineBreak())
            .append(" ".repeat(column))
            .append(block((String) e.getKey(), e.getValue(), column));
      }
      text = sb.toString();
    }
    edits.add(new Edit(colon + 1, source.end(value), text));
  }

  private void removeEntry(MappingNode map, NodeTuple entry) {
    List<NodeTuple> tuples = map.getValue();
    int index = tuples.indexOf(entry);
    int start = source.start(entry.getKeyNode());
    if (index < tuples.size() - 1) {
      edits.add(new Edit(start, source.start(tuples.get(index + 1).getKeyNode()), ""));
      return;
    }
    if (map.getFlowStyle() == FlowStyle.FLOW) {
      edits.add(
          new Edit(
              source.end(tuples.get(index - 1).getValueNode()),
              source.end(entry.getValueNode()),
              ""));
      return;
    }
    int lineStart = source.lineStart(start);
    if (source.text().substring(lineStart, start).isBlank()) {
      start = lineStart;
    }
    int end = source.end(entry.getValueNode());
    if (source.column(end) != 0) {
      end = source.nextLineStart(end);
    }
    edits.add(new Edit(start, end, ""));
  }

  private static boolean isNull(Node node) {
    return node instanceof ScalarNode s && s.isPlain() && s.getTag().getValue().endsWith(":null");
  }

  private String block(String key, Object value, int column) {
    if (value instanceof String s) {
      return ScalarText.block(key) + ": " + ScalarText.block(s);
    }
    if (value instanceof Literal l) {
      return ScalarText.block(key) + ": " + l.text();
    }
    StringBuilder sb = new StringBuilder(ScalarText.block(key)).append(':');
    for (Map.Entry<?, ?> e : ((Map<?, ?>) value).entrySet()) {
      sb.append(source.lineBreak())
          .append(" ".repeat(column + 2))
          .append(block((String) e.getKey(), e.getValue(), column + 2));
    }
    return sb.toString();
  }

  private static String flow(String key, Object value) {
    return ScalarText.doubleQuoted(key) + ": " + flowValue(value);
  }

  private static String flowValue(Object value) {
    if (value instanceof String s) {
      return ScalarText.doubleQuoted(s);
    }
    if (value instanceof Literal l) {
      return l.text();
    }
    StringBuilder sb = new StringBuilder("{");
    for (Map.Entry<?, ?> e : ((Map<?, ?>) value).entrySet()) {
      if (sb.length() > 1) {
        sb.append(", ");
      }
      sb.append(flow((String) e.getKey(), e.getValue()));
    }
    return sb.append('}').toString();
  }

  /**
   * The new text. Edits of the same range with the same text count once (one YAML node reached
   * twice).
   *
   * @throws CannotEdit when two different edits overlap
   */
  public String apply() {
    if (edits.isEmpty()) {
      return source.text();
    }
    List<Edit> sorted = new ArrayList<>(edits);
    sorted.sort(Comparator.comparingInt(Edit::start).thenComparingInt(Edit::end));
    StringBuilder out = new StringBuilder(source.text().length() + 64);
    int at = 0;
    Edit previous = null;
    for (Edit edit : sorted) {
      if (edit.equals(previous)) {
        continue;
      }
      if (edit.start() < at) {
        throw new CannotEdit("two changes overlap at offset " + edit.start());
      }
      out.append(source.text(), at, edit.start()).append(edit.text());
      at = edit.end();
      previous = edit;
    }
    return out.append(source.text(), at, source.text().length()).toString();
  }
}
