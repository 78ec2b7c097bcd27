package io.isctl.query;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.ShortNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.isctl.go.GoStringOrder;
import io.isctl.yaml.KubeJson;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A JSONPath template in kubectl's dialect ({@code -o jsonpath=...}), evaluated as client-go's
 * util/jsonpath evaluates it, quirks included: a missing key is nothing (kubectl's
 * --allow-missing-template-keys), {@code range} without {@code end} runs the rest of the template
 * for each element and then once more, {@code *} on a string yields its bytes. Go visits a map's
 * keys in random order, so {@code *} and {@code ..} over a map have no order kubectl keeps; here
 * they go in key order.
 */
public final class JsonPath {
  private final String template;
  private final List<PathNode> nodes;
  private boolean allowMissingKeys = true;

  // The state of a run: ranges begun, entered and ended, and the last end met (client-go's).
  private int beginRange;
  private int inRange;
  private int endRange;
  private int lastEnd = -1;

  private JsonPath(String template, List<PathNode> nodes) {
    this.template = template;
    this.nodes = nodes;
  }

  /**
   * @throws JsonPathException {@code error parsing jsonpath T, <reason>} (exit 2)
   */
  public static JsonPath parse(String template) {
    try {
      return new JsonPath(template, JsonPathParser.parse(template));
    } catch (JsonPathException e) {
      throw e.in("error parsing jsonpath " + template + ", ");
    }
  }

  /** The template as written. */
  public String template() {
    return template;
  }

  /**
   * Whether a missing key is nothing (kubectl's default for {@code get}) or an error ({@code "x is
   * not found"}).
   */
  public JsonPath allowMissingKeys(boolean allow) {
    this.allowMissingKeys = allow;
    return this;
  }

  /**
   * The template applied to {@code data}: what kubectl prints, with no newline added.
   *
   * @throws JsonPathException {@code error executing jsonpath "T": <reason>} (exit 1)
   */
  public String execute(JsonNode data) {
    StringBuilder out = new StringBuilder();
    for (List<JsonNode> results : findResults(data)) {
      for (int i = 0; i < results.size(); i++) {
        if (i > 0) {
          out.append(' ');
        }
        out.append(GoValues.text(results.get(i)));
      }
    }
    return out.toString();
  }

  /**
   * {@code -o jsonpath-as-json}: the values each part of the template selects, as an indented JSON
   * array per part.
   *
   * @throws JsonPathException {@code error executing jsonpath "T": <reason>} (exit 1)
   */
  public String executeAsJson(JsonNode data) {
    StringBuilder out = new StringBuilder();
    for (List<JsonNode> results : findResults(data)) {
      ArrayNode array = JsonNodeFactory.instance.arrayNode();
      results.forEach(array::add);
      out.append(KubeJson.write(array));
    }
    return out.toString();
  }

  /**
   * The values each part of the template selects, part by part (texts included): what custom
   * columns and --sort-by read.
   *
   * @throws JsonPathException {@code error executing jsonpath "T": <reason>} (exit 1)
   */
  public List<List<JsonNode>> findResults(JsonNode data) {
    beginRange = 0;
    inRange = 0;
    endRange = 0;
    lastEnd = -1;
    try {
      return findResults(GoValues.unstructured(data), 0);
    } catch (JsonPathException e) {
      throw e.in("error executing jsonpath \"" + template + "\": ");
    }
  }

  /** client-go's FindResults over the top-level nodes from {@code from}, ranges included. */
  private List<List<JsonNode>> findResults(JsonNode data, int from) {
    List<JsonNode> cur = List.of(data);
    List<List<JsonNode>> full = new ArrayList<>();
    for (int i = from; i < nodes.size(); i++) {
      List<JsonNode> results = walk(cur, nodes.get(i));
      if (endRange > 0 && endRange <= inRange) {
        endRange--;
        lastEnd = i;
        break;
      }
      if (beginRange > 0) {
        beginRange--;
        inRange++;
        if (!results.isEmpty()) {
          for (JsonNode value : results) {
            full.addAll(findResults(value, i + 1));
          }
        } else {
          // The block is still read, so that its end is found.
          findResults(MissingNode.getInstance(), i + 1);
        }
        inRange--;
        // Resume after the end this range met; without one, go on after the range itself.
        if (lastEnd > i) {
          i = lastEnd;
        }
        continue;
      }
      full.add(results);
    }
    return full;
  }

  private List<JsonNode> walk(List<JsonNode> input, PathNode node) {
    if (node instanceof PathNode.Action action) {
      return evalList(input, action);
    } else if (node instanceof PathNode.Text text) {
      return List.of(TextNode.valueOf(text.text()));
    } else if (node instanceof PathNode.Field field) {
      return evalField(input, field);
    } else if (node instanceof PathNode.Slice slice) {
      return evalSlice(input, slice);
    } else if (node instanceof PathNode.Filter filter) {
      return evalFilter(input, filter);
    } else if (node instanceof PathNode.Literal literal) {
      return literal(input, literal);
    } else if (node instanceof PathNode.Wildcard) {
      return evalWildcard(input);
    } else if (node instanceof PathNode.Recursive) {
      return evalRecursive(input);
    } else if (node instanceof PathNode.Union union) {
      return evalUnion(input, union);
    } else {
      return evalIdentifier(input, (PathNode.Identifier) node);
    }
  }

  private List<JsonNode> evalList(List<JsonNode> input, PathNode.Action action) {
    List<JsonNode> cur = input;
    for (PathNode node : action.nodes()) {
      cur = walk(cur, node);
    }
    return cur;
  }

  private static List<JsonNode> literal(List<JsonNode> input, PathNode.Literal literal) {
    List<JsonNode> results = new ArrayList<>(input.size());
    for (int i = 0; i < input.size(); i++) {
      results.add(literal.value());
    }
    return results;
  }

  private List<JsonNode> evalIdentifier(List<JsonNode> input, PathNode.Identifier identifier) {
    switch (identifier.name()) {
      case "range" -> {
        beginRange++;
        return input;
      }
      case "end" -> {
        if (inRange == 0) {
          throw JsonPathException.execute("not in range, nothing to end");
        }
        endRange++;
        return List.of();
      }
      default -> throw JsonPathException.execute("unrecognized identifier " + identifier.name());
    }
  }

  private List<JsonNode> evalField(List<JsonNode> input, PathNode.Field field) {
    List<JsonNode> results = new ArrayList<>();
    if (input.isEmpty()) {
      return results;
    }
    for (JsonNode value : input) {
      if (!GoValues.isNil(value) && value.isObject() && value.has(field.name())) {
        results.add(value.get(field.name()));
      }
    }
    if (results.isEmpty() && !allowMissingKeys) {
      throw JsonPathException.execute(field.name() + " is not found");
    }
    return results;
  }

  private static List<JsonNode> evalSlice(List<JsonNode> input, PathNode.Slice slice) {
    List<JsonNode> results = new ArrayList<>();
    for (JsonNode value : input) {
      if (GoValues.isNil(value)) {
        continue;
      }
      if (!value.isArray()) {
        throw JsonPathException.execute(GoValues.typeName(value) + " is not array or slice");
      }
      long length = value.size();
      long start = slice.start().known() ? slice.start().value() : 0;
      if (start < 0) {
        start += length;
      }
      long end = slice.end().known() ? slice.end().value() : length;
      if (end < 0 || (end == 0 && slice.end().derived())) {
        end += length;
      }
      if (end == start) {
        // Asking for nothing ends the selection, even for the inputs not looked at yet.
        return results;
      }
      if (start >= length || start < 0) {
        throw outOfBounds(start, length);
      }
      if (end > length || end < 0) {
        throw outOfBounds(end - 1, length);
      }
      if (start > end) {
        throw JsonPathException.execute(
            "starting index " + start + " is greater than ending index " + end);
      }
      long step = 1;
      if (slice.step().known()) {
        if (slice.step().value() <= 0) {
          throw JsonPathException.execute("step must be > 0");
        }
        step = slice.step().value();
      }
      for (long i = start; i < end; i += step) {
        results.add(value.get((int) i));
      }
    }
    return results;
  }

  private static JsonPathException outOfBounds(long index, long length) {
    return JsonPathException.execute(
        "array index out of bounds: index " + index + ", length " + length);
  }

  private List<JsonNode> evalUnion(List<JsonNode> input, PathNode.Union union) {
    List<JsonNode> results = new ArrayList<>();
    for (PathNode.Action alternative : union.alternatives()) {
      results.addAll(evalList(input, alternative));
    }
    return results;
  }

  private static List<JsonNode> evalWildcard(List<JsonNode> input) {
    List<JsonNode> results = new ArrayList<>();
    for (JsonNode value : input) {
      if (!GoValues.isNil(value)) {
        results.addAll(children(value));
      }
    }
    return results;
  }

  /** A value and, depth first, every value below it that has children of its own. */
  private static List<JsonNode> evalRecursive(List<JsonNode> input) {
    List<JsonNode> results = new ArrayList<>();
    for (JsonNode value : input) {
      if (GoValues.isNil(value)) {
        continue;
      }
      List<JsonNode> children = children(value);
      if (!children.isEmpty()) {
        results.add(value);
        results.addAll(evalRecursive(children));
      }
    }
    return results;
  }

  /** A map's values (in key order), a list's elements, a string's bytes; nothing for the rest. */
  private static List<JsonNode> children(JsonNode value) {
    List<JsonNode> children = new ArrayList<>();
    if (value.isObject()) {
      List<Map.Entry<String, JsonNode>> entries = new ArrayList<>(value.properties());
      entries.sort(Map.Entry.comparingByKey(GoStringOrder.COMPARATOR));
      entries.forEach(e -> children.add(e.getValue()));
    } else if (value.isArray()) {
      value.forEach(children::add);
    } else if (value.isTextual()) {
      for (byte b : value.textValue().getBytes(StandardCharsets.UTF_8)) {
        children.add(ShortNode.valueOf((short) (b & 0xff)));
      }
    }
    return children;
  }

  private List<JsonNode> evalFilter(List<JsonNode> input, PathNode.Filter filter) {
    List<JsonNode> results = new ArrayList<>();
    for (JsonNode value : input) {
      if (value.isMissingNode()) {
        continue;
      }
      if (!value.isArray()) {
        throw JsonPathException.execute(
            GoValues.sprint(value) + " is not array or slice and cannot be filtered");
      }
      for (JsonNode element : value) {
        List<JsonNode> here = List.of(element);
        if (filter.operator().equals("exists")) {
          if (!existing(here, filter.left()).isEmpty()) {
            results.add(element);
          }
          continue;
        }
        List<JsonNode> lefts = evalList(here, filter.left());
        if (lefts.isEmpty()) {
          continue;
        }
        if (lefts.size() > 1) {
          throw JsonPathException.execute("can only compare one element at a time");
        }
        List<JsonNode> rights = evalList(here, filter.right());
        if (rights.isEmpty()) {
          continue;
        }
        if (rights.size() > 1) {
          throw JsonPathException.execute("can only compare one element at a time");
        }
        if (GoComparison.holds(lefts.get(0), filter.operator(), rights.get(0))) {
          results.add(element);
        }
      }
    }
    return results;
  }

  /** The left side of an existence filter: an error there counts as nothing, as in kubectl. */
  private List<JsonNode> existing(List<JsonNode> here, PathNode.Action left) {
    try {
      return evalList(here, left);
    } catch (JsonPathException e) {
      return List.of();
    }
  }
}
