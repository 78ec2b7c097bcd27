package io.isctl.cli.print;

import io.isctl.base.Printable;
import java.util.ArrayList;
import java.util.List;

/**
 * Aligned columns as kubectl prints them (Go's tabwriter: a column is as wide as its widest cell
 * plus 3, at least 6; widths in characters); the last column is not padded. Cells hold text from
 * files and registries, so each is shown on one line with control characters escaped.
 */
public final class Table {
  private static final int MIN_WIDTH = 6;
  private static final int PADDING = 3;

  private final List<String> headers;
  private final List<List<String>> rows = new ArrayList<>();
  private final int minWidth;
  private final int padding;
  private boolean headersShown = true;

  public Table(String... headers) {
    this(List.of(headers), MIN_WIDTH, PADDING);
  }

  public Table(List<String> headers) {
    this(headers, MIN_WIDTH, PADDING);
  }

  private Table(List<String> headers, int minWidth, int padding) {
    this.headers = escaped(headers);
    this.minWidth = minWidth;
    this.padding = padding;
  }

  /** oc's narrower table of {@code set image-lookup}: padding 2, no minimum width. */
  public static Table narrow(String... headers) {
    return new Table(List.of(headers), 0, 2);
  }

  /** Leaves the header line out ({@code --no-headers}); widths then come from the rows alone. */
  public Table withoutHeaders() {
    headersShown = false;
    return this;
  }

  public Table row(String... cells) {
    return row(List.of(cells));
  }

  public Table row(List<String> cells) {
    if (cells.size() != headers.size()) {
      throw new IllegalArgumentException(
          "a row of " + cells.size() + " cells in a table of " + headers.size() + " columns");
    }
    rows.add(escaped(cells));
    return this;
  }

  public boolean isEmpty() {
    return rows.isEmpty();
  }

  /** The rendered table, one line per row, each ending in a newline. */
  public String render() {
    List<List<String>> lines = new ArrayList<>();
    if (headersShown) {
      lines.add(headers);
    }
    lines.addAll(rows);
    int columns = headers.size();
    int[] widths = new int[columns];
    for (List<String> line : lines) {
      for (int i = 0; i < columns - 1; i++) {
        widths[i] = Math.max(widths[i], Math.max(minWidth, width(line.get(i)) + padding));
      }
    }
    StringBuilder out = new StringBuilder();
    for (List<String> line : lines) {
      for (int i = 0; i < columns; i++) {
        String cell = line.get(i);
        out.append(cell);
        if (i < columns - 1) {
          out.append(" ".repeat(widths[i] - width(cell)));
        }
      }
      out.append('\n');
    }
    return out.toString();
  }

  private static List<String> escaped(List<String> cells) {
    List<String> shown = new ArrayList<>(cells.size());
    cells.forEach(cell -> shown.add(Printable.escape(cell)));
    return shown;
  }

  /** Go's tabwriter counts characters (code points), not UTF-16 units. */
  private static int width(String cell) {
    return cell.codePointCount(0, cell.length());
  }
}
