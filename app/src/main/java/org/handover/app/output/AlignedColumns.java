package org.handover.app.output;

import java.io.PrintWriter;
import java.util.List;

/** A plain table for the terminal: each column as wide as its longest cell, two spaces apart. */
final class AlignedColumns {
  private AlignedColumns() {}

  /** Prints {@code rows} (all of the first row's length), the last column unpadded. */
  static void print(List<String[]> rows, PrintWriter w) {
    int cols = rows.get(0).length;
    int[] width = new int[cols];
    for (String[] row : rows) {
      for (int i = 0; i < cols; i++) {
        width[i] = Math.max(width[i], row[i].length());
      }
    }
    for (String[] row : rows) {
      StringBuilder line = new StringBuilder();
      for (int i = 0; i < cols; i++) {
        if (i > 0) {
          line.append("  ");
        }
        line.append(i == cols - 1 ? row[i] : row[i] + " ".repeat(width[i] - row[i].length()));
      }
      w.println(line.toString().stripTrailing());
    }
  }
}
