package io.isctl.cli.print;

import java.util.ArrayList;
import java.util.List;

/**
 * Text laid out as oc's describers lay it out: Go's tabwriter (tab width 8, padding 2) padding with
 * tabs. Cells end at a tab; a column's width is set by the consecutive lines that have a cell in
 * it, so lines without a tab start new blocks.
 */
final class TabbedText {
  private static final int TAB_WIDTH = 8;
  private static final int PADDING = 2;

  private final StringBuilder text = new StringBuilder();

  /** Appends raw text, tabs and newlines included. */
  TabbedText append(String raw) {
    text.append(raw);
    return this;
  }

  /**
   * oc's formatString: {@code Label:<tab>value}, each further line of the value as {@code
   * <tab>line}.
   */
  TabbedText field(String label, String value) {
    String trimmed = value.endsWith("\n") ? value.substring(0, value.length() - 1) : value;
    String[] lines = trimmed.split("\n", -1);
    text.append(label).append(":\t").append(lines[0]).append('\n');
    for (int i = 1; i < lines.length; i++) {
      text.append('\t').append(lines[i]).append('\n');
    }
    return this;
  }

  /** The text with every tab-ended cell padded as the tabwriter pads it. */
  String render() {
    List<String[]> lines = new ArrayList<>();
    String all = text.toString();
    int start = 0;
    while (start < all.length()) {
      int end = all.indexOf('\n', start);
      String line = end < 0 ? all.substring(start) : all.substring(start, end);
      lines.add(line.split("\t", -1));
      start = end < 0 ? all.length() : end + 1;
    }
    StringBuilder out = new StringBuilder();
    format(lines, new ArrayList<>(), 0, lines.size(), out);
    if (!all.endsWith("\n") && out.length() > 0) {
      out.setLength(out.length() - 1);
    }
    return out.toString();
  }

  /** Go's tabwriter.format: finds the blocks of lines that share the next column and sizes each. */
  private static void format(
      List<String[]> lines, List<Integer> widths, int from, int to, StringBuilder out) {
    int column = widths.size();
    int blockStart = from;
    for (int line = from; line < to; line++) {
      if (column >= lines.get(line).length - 1) {
        continue;
      }
      writeLines(lines, widths, blockStart, line, out);
      blockStart = line;
      int width = 0;
      for (; line < to && column < lines.get(line).length - 1; line++) {
        width = Math.max(width, width(lines.get(line)[column]) + PADDING);
      }
      widths.add(width);
      format(lines, widths, blockStart, line, out);
      widths.remove(widths.size() - 1);
      blockStart = line;
      line--; // the loop's increment would skip the line that ended the block
    }
    writeLines(lines, widths, blockStart, to, out);
  }

  private static void writeLines(
      List<String[]> lines, List<Integer> widths, int from, int to, StringBuilder out) {
    for (int i = from; i < to; i++) {
      String[] cells = lines.get(i);
      for (int j = 0; j < cells.length; j++) {
        out.append(cells[j]);
        if (j < widths.size() && j < cells.length - 1) {
          int cellWidth = (widths.get(j) + TAB_WIDTH - 1) / TAB_WIDTH * TAB_WIDTH;
          out.append("\t".repeat((cellWidth - width(cells[j]) + TAB_WIDTH - 1) / TAB_WIDTH));
        }
      }
      out.append('\n');
    }
  }

  private static int width(String cell) {
    return cell.codePointCount(0, cell.length());
  }
}
