package org.handover.app.output;

import java.io.PrintWriter;
import java.util.List;
import org.handover.io.csv.SafeCsv;

/**
 * CSV helpers shared by every result: a writer on the terminal that neutralises formulas in text
 * cells ({@link SafeCsv}), full-precision number cells, the illustrative-inputs cell.
 */
final class Csv {
  private Csv() {}

  static SafeCsv on(PrintWriter out) {
    return SafeCsv.on(out);
  }

  /**
   * FastCSV buffers on its own: flush it, and the writer under it, without closing the terminal.
   */
  static void flush(SafeCsv w, PrintWriter out) {
    w.flush();
    out.flush();
  }

  /**
   * A cell for {@link SafeCsv#record}: a double at full precision (a whole number without ".0"),
   * still a number so that it is never taken for text; {@code null} (no data) empty; anything else
   * as it is.
   */
  static Object cell(Object v) {
    if (v instanceof Double d) {
      double x = d;
      return x == Math.rint(x) && Math.abs(x) < 1e15 ? (Object) Long.valueOf((long) x) : d;
    }
    return v;
  }

  /**
   * The illustrative inputs as one cell, repeated on every row so a spreadsheet keeps the warning.
   */
  static String illustrativeInputs(List<String> illustrative) {
    return String.join("; ", illustrative);
  }
}
