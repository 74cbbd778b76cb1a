package org.handover.io.csv;

import java.math.BigDecimal;

/**
 * The neutralising of one text cell against CSV injection: a text that a spreadsheet would take as
 * a formula gets a single quote in front (see the package documentation).
 */
public final class CsvCell {
  private CsvCell() {}

  /** Whether a spreadsheet takes a cell beginning with {@code c} as a formula. */
  public static boolean startsFormula(char c) {
    return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
  }

  /** Whether {@code text}, written as a text cell, needs neutralising. */
  public static boolean dangerous(String text) {
    return !text.isEmpty() && startsFormula(text.charAt(0));
  }

  /** The text cell as written: {@code text}, or {@code 'text} when it would start a formula. */
  public static String text(String text) {
    return dangerous(text) ? "'" + text : text;
  }

  /**
   * A cell whose type is unknown (a field of a rejected input row): kept as it is when it reads as
   * a plain decimal number (so {@code -0.25} stays a number), otherwise a text cell.
   */
  public static String untyped(String value) {
    return dangerous(value) && !isDecimal(value) ? "'" + value : value;
  }

  /** Whether the cell was neutralised: a single quote, then a formula's first character. */
  static boolean neutralised(String cell) {
    return cell.length() > 1 && cell.charAt(0) == '\'' && startsFormula(cell.charAt(1));
  }

  private static boolean isDecimal(String value) {
    try {
      new BigDecimal(value);
      return true;
    } catch (NumberFormatException e) {
      return false;
    }
  }

  /**
   * The SQL expression (DuckDB) that neutralises the text column {@code quotedColumn} (an already
   * quoted identifier) the same way as {@link #text}; for COPY, which takes no Java in between.
   */
  public static String sql(String quotedColumn) {
    return "CASE WHEN left("
        + quotedColumn
        + ", 1) IN ('=', '+', '-', '@', chr(9), chr(13)) THEN '''' || "
        + quotedColumn
        + " ELSE "
        + quotedColumn
        + " END";
  }
}
