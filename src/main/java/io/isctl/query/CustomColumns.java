package io.isctl.query;

import com.fasterxml.jackson.databind.JsonNode;
import io.isctl.base.UsageException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * kubectl's {@code -o custom-columns=HEADER:PATH,...} and {@code -o custom-columns-file=FILE}: one
 * column per JSONPath, each cell the values it selects joined by commas ({@code <none>} for none),
 * written as Go's fmt prints them ({@code map[a:b]}, {@code <nil>}).
 */
public final class CustomColumns {
  private static final Pattern RELAXED = Pattern.compile("\\{\\.?([^{}]+)\\}|\\.?([^{}]+)");
  private static final String FILE_FORMAT =
      "Expected format is one line of space separated headers, one line of space separated column"
          + " specs.";

  private final List<String> headers;
  private final List<JsonPath> paths;

  private CustomColumns(List<String> headers, List<JsonPath> paths) {
    this.headers = List.copyOf(headers);
    this.paths = List.copyOf(paths);
  }

  /**
   * {@code NAME:.metadata.name,TAGS:.spec.tags[*].name}.
   *
   * @throws UsageException or {@link JsonPathException} in kubectl's words (exit 2)
   */
  public static CustomColumns fromSpec(String spec) {
    if (spec.isEmpty()) {
      throw new UsageException("custom-columns format specified but no custom columns given");
    }
    List<String> headers = new ArrayList<>();
    List<JsonPath> paths = new ArrayList<>();
    for (String part : spec.split(",", -1)) {
      int colon = part.indexOf(':');
      if (colon < 0) {
        throw new UsageException(
            "unexpected custom-columns spec: " + part + ", expected <header>:<json-path-expr>");
      }
      headers.add(part.substring(0, colon));
      paths.add(JsonPath.parse(relaxed(part.substring(colon + 1))));
    }
    return new CustomColumns(headers, paths);
  }

  /**
   * A custom-columns file: a line of headers, then a line of paths, separated by white space.
   *
   * @throws UsageException or {@link JsonPathException} in kubectl's words (exit 2)
   */
  public static CustomColumns fromTemplate(String text) {
    List<String> lines = text.lines().toList();
    if (lines.isEmpty()) {
      throw new UsageException("invalid template, missing header line. " + FILE_FORMAT);
    }
    if (lines.size() < 2) {
      throw new UsageException("invalid template, missing spec line. " + FILE_FORMAT);
    }
    List<String> headers = words(lines.get(0));
    List<String> specs = words(lines.get(1));
    if (headers.size() != specs.size()) {
      throw new UsageException(
          "number of headers ("
              + headers.size()
              + ") and field specifications ("
              + specs.size()
              + ") don't match");
    }
    List<JsonPath> paths = new ArrayList<>();
    for (String spec : specs) {
      paths.add(JsonPath.parse(relaxed(spec)));
    }
    return new CustomColumns(headers, paths);
  }

  /**
   * kubectl's RelaxedJSONPathExpression: {@code a.b}, {@code .a.b}, {@code {a.b}} and {@code
   * {.a.b}} all mean {@code {.a.b}}.
   */
  static String relaxed(String path) {
    if (path.isEmpty()) {
      return path;
    }
    Matcher m = RELAXED.matcher(path);
    if (!m.matches()) {
      throw new UsageException(
          "unexpected path string, expected a 'name1.name2' or '.name1.name2' or '{name1.name2}'"
              + " or '{.name1.name2}'");
    }
    return "{." + (m.group(1) != null ? m.group(1) : m.group(2)) + "}";
  }

  private static List<String> words(String line) {
    return Arrays.stream(line.strip().split("\\s+")).filter(w -> !w.isEmpty()).toList();
  }

  public List<String> headers() {
    return headers;
  }

  /**
   * The cells of one object's row, as kubectl prints them before escaping.
   *
   * @throws JsonPathException when a path fails on the object (exit 1)
   */
  public List<String> row(JsonNode object) {
    List<String> cells = new ArrayList<>(paths.size());
    for (JsonPath path : paths) {
      List<List<JsonNode>> values = path.findResults(object);
      List<String> shown = new ArrayList<>();
      if (values.isEmpty() || values.get(0).isEmpty()) {
        shown.add("<none>");
      }
      for (List<JsonNode> results : values) {
        for (JsonNode value : results) {
          shown.add(GoValues.sprint(value));
        }
      }
      cells.add(String.join(",", shown));
    }
    return cells;
  }
}
