package dev.alliance.core.text;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Aligns rows of cells into text columns: the first row is the header, followed by a rule; cells
 * that read as numbers (a digit, or a sign or dot followed by more) align right, others left.
 *
 * <pre>{@code
 * TextColumns.align(List.of(new String[] {"member", "amount"}, new String[] {"FRA", "12.50"}));
 * // ["member  amount", "------  ------", "FRA      12.50"]
 * }</pre>
 */
public final class TextColumns {
  private TextColumns() {}

  /**
   * @param rows the header and then the rows; every row as long as the header
   * @return the aligned lines, without trailing spaces
   * @throws IllegalArgumentException when a row's length differs from the header's
   */
  public static List<String> align(List<String[]> rows) {
    if (rows.isEmpty()) {
      return List.of();
    }
    int columns = rows.get(0).length;
    int[] widths = new int[columns];
    for (String[] row : rows) {
      if (row.length != columns) {
        throw new IllegalArgumentException("a row has " + row.length + " cells; the header has " + columns);
      }
      for (int c = 0; c < columns; c++) {
        widths[c] = Math.max(widths[c], row[c].length());
      }
    }
    List<String> lines = new ArrayList<>(rows.size() + 1);
    lines.add(format(rows.get(0), widths));
    String[] rule = new String[columns];
    for (int c = 0; c < columns; c++) {
      rule[c] = "-".repeat(widths[c]);
    }
    lines.add(format(rule, widths));
    for (int r = 1; r < rows.size(); r++) {
      lines.add(format(rows.get(r), widths));
    }
    return Collections.unmodifiableList(lines);
  }

  private static String format(String[] cells, int[] widths) {
    StringBuilder line = new StringBuilder();
    for (int c = 0; c < cells.length; c++) {
      String pad = " ".repeat(widths[c] - cells[c].length());
      line.append(c == 0 ? "" : "  ").append(isNumeric(cells[c]) ? pad + cells[c] : cells[c] + pad);
    }
    return line.toString().stripTrailing();
  }

  private static boolean isNumeric(String cell) {
    return !cell.isEmpty()
        && (Character.isDigit(cell.charAt(0)) || "+-.".indexOf(cell.charAt(0)) >= 0 && cell.length() > 1 && cell.charAt(1) != '-');
  }
}
