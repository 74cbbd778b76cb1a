package org.handover.app.output;

import de.siegmar.fastcsv.writer.CsvWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * CSV helpers shared by every result: a writer on the terminal, full-precision cells, the
 * illustrative-inputs cell.
 */
final class Csv {
  private Csv() {}

  static CsvWriter on(PrintWriter out) {
    return CsvWriter.builder().build(out);
  }

  /**
   * FastCSV buffers on its own: flush it, and the writer under it, without closing the terminal.
   */
  static void flush(CsvWriter w, PrintWriter out) {
    try {
      w.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    out.flush();
  }

  /** Full precision for machines; empty for no data. */
  static String text(Object v) {
    if (v == null) {
      return "";
    }
    if (v instanceof Double d) {
      double x = d;
      return x == Math.rint(x) && Math.abs(x) < 1e15 ? Long.toString((long) x) : Double.toString(x);
    }
    return v.toString();
  }

  /**
   * The illustrative inputs as one cell, repeated on every row so a spreadsheet keeps the warning.
   */
  static String illustrativeInputs(List<String> illustrative) {
    return String.join("; ", illustrative);
  }
}
