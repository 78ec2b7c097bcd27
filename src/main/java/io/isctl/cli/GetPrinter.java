package io.isctl.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.isctl.base.Printable;
import io.isctl.cli.print.Listing;
import io.isctl.cli.print.Table;
import io.isctl.query.CustomColumns;
import io.isctl.query.JsonPath;
import io.isctl.query.SortBy;
import io.isctl.yaml.KubeJson;
import io.isctl.yaml.KubeYaml;
import java.io.PrintWriter;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * How {@code get} prints what it found, as kubectl's get does: oc's tables (one per kind in the
 * order asked, the kind before each name when kinds are mixed, NAMESPACE first with -A, LABELS last
 * with --show-labels), or one document of every object (a List, or the object itself when one was
 * named) in YAML, JSON, JSONPath or custom columns; --sort-by orders the objects first.
 */
final class GetPrinter {
  /** One object found: its kind and its place in that kind's listing. */
  record Entry(ResourceKind kind, Listing listing, int index) {
    ObjectNode object() {
      return listing.object(index);
    }
  }

  /**
   * What the command line asked of the output.
   *
   * @param output null for oc's table
   * @param template the JSONPath or custom columns, read from the file for the -file formats
   * @param sortBy null when not sorting
   * @param rawTemplates whether JSONPath output keeps control characters (stdout is no terminal)
   */
  record Options(
      GetOutput output,
      String template,
      boolean allNamespaces,
      boolean showLabels,
      boolean noHeaders,
      String sortBy,
      boolean singleItem,
      boolean rawTemplates) {}

  private final Options options;
  private final PrintWriter out;
  private final PrintWriter err;

  GetPrinter(Options options, PrintWriter out, PrintWriter err) {
    this.options = options;
    this.out = out;
    this.err = err;
  }

  /**
   * Prints the entries.
   *
   * @param namespace the namespace a table names when nothing was found
   * @param failed whether some name was not found: then an empty table says nothing
   */
  void print(List<Entry> found, String namespace, Instant now, boolean failed) {
    List<Entry> entries = options.sortBy() == null ? found : sorted(found);
    GetOutput output = options.output();
    GetOutput.Format format = output == null ? null : output.format();
    if (format == null || format == GetOutput.Format.WIDE) {
      tables(entries, format == GetOutput.Format.WIDE, namespace, now, failed);
    } else if (format == GetOutput.Format.NAME) {
      for (Entry entry : entries) {
        out.println(
            Printable.escape(
                entry.kind().qualifiedName() + "/" + entry.listing().name(entry.index())));
      }
    } else if (format == GetOutput.Format.CUSTOM_COLUMNS
        || format == GetOutput.Format.CUSTOM_COLUMNS_FILE) {
      customColumns(entries);
    } else {
      JsonNode document = document(entries);
      switch (format) {
        case YAML -> out.print(KubeYaml.write(document));
        case JSON -> out.print(KubeJson.write(document));
        case JSONPATH, JSONPATH_FILE -> printTemplateOutput(jsonPath(document));
        default -> printTemplateOutput(jsonPathAsJson(document));
      }
    }
    out.flush();
  }

  private List<Entry> sorted(List<Entry> entries) {
    List<JsonNode> objects = new ArrayList<>(entries.size());
    entries.forEach(entry -> objects.add(entry.object()));
    List<Entry> sorted = new ArrayList<>(entries.size());
    for (int index : SortBy.parse(options.sortBy()).order(objects)) {
      sorted.add(entries.get(index));
    }
    return sorted;
  }

  /** oc's tables: a new table, after a blank line, wherever the kind changes. */
  private void tables(
      List<Entry> entries, boolean wide, String namespace, Instant now, boolean failed) {
    boolean withKind = entries.stream().map(Entry::kind).distinct().count() > 1;
    boolean written = false;
    int from = 0;
    while (from < entries.size()) {
      int to = from;
      while (to < entries.size() && entries.get(to).kind() == entries.get(from).kind()) {
        to++;
      }
      if (written && !options.noHeaders()) {
        out.println();
      }
      out.print(table(entries.subList(from, to), wide, withKind, now));
      written = true;
      from = to;
    }
    if (!written && !failed) {
      err.println(
          options.allNamespaces()
              ? "No resources found"
              : "No resources found in " + namespace + " namespace.");
    }
  }

  private String table(List<Entry> entries, boolean wide, boolean withKind, Instant now) {
    Listing listing = entries.get(0).listing();
    List<String> headers = new ArrayList<>();
    if (options.allNamespaces()) {
      headers.add("NAMESPACE");
    }
    headers.addAll(listing.headers(wide));
    if (options.showLabels()) {
      headers.add("LABELS");
    }
    Table table = new Table(headers);
    if (options.noHeaders()) {
      table.withoutHeaders();
    }
    for (Entry entry : entries) {
      List<String> row = new ArrayList<>();
      if (options.allNamespaces()) {
        row.add(entry.listing().namespace(entry.index()));
      }
      List<String> cells = new ArrayList<>(entry.listing().row(entry.index(), wide, now));
      if (withKind) {
        cells.set(0, entry.kind().qualifiedName() + "/" + cells.get(0));
      }
      row.addAll(cells);
      if (options.showLabels()) {
        row.add(labels(entry.listing().labels(entry.index())));
      }
      table.row(row);
    }
    return table.render();
  }

  /** kubectl's labels column: {@code key=value} pairs by key, joined by commas; none is <none>. */
  private static String labels(Map<String, String> labels) {
    if (labels.isEmpty()) {
      return "<none>";
    }
    List<String> pairs = new ArrayList<>();
    labels.forEach((key, value) -> pairs.add(key + "=" + value));
    return String.join(",", pairs);
  }

  /** kubectl's document: the object itself when one was named, else a List of every object. */
  private JsonNode document(List<Entry> entries) {
    if (options.singleItem() && entries.size() == 1) {
      return entries.get(0).object();
    }
    ObjectNode list = JsonNodeFactory.instance.objectNode();
    list.put("apiVersion", "v1");
    ArrayNode items = list.putArray("items");
    entries.forEach(entry -> items.add(entry.object()));
    list.put("kind", "List");
    list.putObject("metadata").put("resourceVersion", "");
    return list;
  }

  private String jsonPath(JsonNode document) {
    return JsonPath.parse(options.template()).execute(document);
  }

  private String jsonPathAsJson(JsonNode document) {
    return JsonPath.parse(options.template()).executeAsJson(document);
  }

  /**
   * A template's output: the exact bytes for a script, but to a terminal with control characters
   * shown as escapes (tabs and newlines kept), so that data cannot drive it.
   */
  private void printTemplateOutput(String text) {
    out.print(options.rawTemplates() ? text : Printable.escape(text, true));
  }

  /** Custom columns: one table of every object, its header once. */
  private void customColumns(List<Entry> entries) {
    CustomColumns columns =
        options.output().format() == GetOutput.Format.CUSTOM_COLUMNS_FILE
            ? CustomColumns.fromTemplate(options.template())
            : CustomColumns.fromSpec(options.template());
    Table table = new Table(columns.headers());
    if (options.noHeaders()) {
      table.withoutHeaders();
    }
    // Every row first: a path that fails on one object prints nothing rather than half a table.
    for (Entry entry : entries) {
      table.row(columns.row(entry.object()));
    }
    out.print(table.render());
  }
}
