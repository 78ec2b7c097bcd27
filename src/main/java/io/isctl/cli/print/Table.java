package io.isctl.cli.print;

import java.util.ArrayList;
import java.util.List;

/**
 * Aligned columns as kubectl prints them (Go's tabwriter with minimum width 10 and padding 3); the
 * last column is not padded.
 */
public final class Table {
  private static final int MIN_WIDTH = 10;
  private static final int PADDING = 3;
  private final List<List<String>> rows = new ArrayList<>();

  public Table(String... headers) {
    rows.add(List.of(headers));
  }

  public Table row(String... cells) {
    rows.add(List.of(cells));
    return this;
  }

  public boolean isEmpty() {
    return rows.size() == 1;
  }

  /** The rendered table, one line per row, each ending in a newline. */
  public String render() {
    int columns = rows.get(0).size();
    int[] widths = new int[columns];
    for (List<String> row : rows) {
      for (int i = 0; i < columns - 1; i++) {
        widths[i] = Math.max(widths[i], Math.max(MIN_WIDTH, row.get(i).length() + PADDING));
      }
    }
    StringBuilder out = new StringBuilder();
    for (List<String> row : rows) {
      for (int i = 0; i < columns; i++) {
        String cell = row.get(i);
        out.append(cell);
        if (i < columns - 1) {
          out.append(" ".repeat(widths[i] - cell.length()));
        }
      }
      out.append('\n');
    }
    return out.toString();
  }
}
