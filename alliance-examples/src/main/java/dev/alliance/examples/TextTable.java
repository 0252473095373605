package dev.alliance.examples;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A plain-text table with aligned columns, for reports. Numbers (cells that start with a digit, a
 * sign or a dot) align right, text aligns left.
 *
 * <pre>{@code
 * TextTable t = new TextTable("member", "votes", "power");
 * t.row("France", "4", "0.2333");
 * t.render(); // ["member  votes   power", "------  -----  ------", "France      4  0.2333"]
 * }</pre>
 */
public final class TextTable {
  private final List<String> headers;
  private final List<List<String>> rows = new ArrayList<>();

  /**
   * @param headers the column headers
   */
  public TextTable(String... headers) {
    this.headers = List.of(headers);
  }

  /**
   * @param cells one cell per column
   * @return this table
   */
  public TextTable row(Object... cells) {
    if (cells.length != headers.size()) {
      throw new IllegalArgumentException(
          "TextTable.row = " + Arrays.toString(cells) + ": needs " + headers.size() + " cells");
    }
    rows.add(Arrays.stream(cells).map(String::valueOf).toList());
    return this;
  }

  /** @return the table as aligned lines: header, rule, rows */
  public List<String> render() {
    int[] widths = new int[headers.size()];
    for (int c = 0; c < widths.length; c++) {
      widths[c] = headers.get(c).length();
      for (List<String> row : rows) {
        widths[c] = Math.max(widths[c], row.get(c).length());
      }
    }
    List<String> lines = new ArrayList<>();
    lines.add(format(headers, widths));
    List<String> rule = new ArrayList<>();
    for (int width : widths) {
      rule.add("-".repeat(width));
    }
    lines.add(String.join("  ", rule));
    for (List<String> row : rows) {
      lines.add(format(row, widths));
    }
    return lines;
  }

  private static String format(List<String> cells, int[] widths) {
    StringBuilder line = new StringBuilder();
    for (int c = 0; c < cells.size(); c++) {
      String cell = cells.get(c);
      String pad = " ".repeat(widths[c] - cell.length());
      line.append(c == 0 ? "" : "  ").append(isNumeric(cell) ? pad + cell : cell + pad);
    }
    return line.toString().stripTrailing();
  }

  private static boolean isNumeric(String cell) {
    return !cell.isEmpty() && (Character.isDigit(cell.charAt(0)) || "+-.".indexOf(cell.charAt(0)) >= 0 && cell.length() > 1);
  }
}
