package org.handover.app.cli;

import de.siegmar.fastcsv.writer.CsvWriter;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import org.handover.engine.assessment.Assessment;
import org.handover.io.export.AssessmentExport;

/**
 * The assessment's rows ({@link AssessmentExport#rows}, the same as {@code handover export} writes)
 * as CSV on the terminal, with the benchmark set and program version on every row so a copied
 * spreadsheet keeps its provenance.
 */
final class AssessmentCsvOutput {
  private AssessmentCsvOutput() {}

  static void write(Assessment a, PrintWriter out) {
    CsvWriter w = CsvWriter.builder().build(out);
    List<String> header = new ArrayList<>(AssessmentExport.COLUMNS);
    header.addAll(List.of("benchmark_set", "benchmark_set_version", "benchmark_set_sha256", "program_version"));
    w.writeRecord(header);
    var p = a.provenance();
    for (List<Object> row : AssessmentExport.rows(a)) {
      List<String> fields = new ArrayList<>();
      row.forEach(v -> fields.add(text(v)));
      fields.addAll(List.of(p.benchmarkSetName(), p.benchmarkSetVersion(), p.benchmarkSetSha256(), p.programVersion()));
      w.writeRecord(fields);
    }
    flush(w);
    out.flush();
  }

  /** FastCSV buffers on its own: flush it without closing the terminal under it. */
  static void flush(CsvWriter w) {
    try {
      w.flush();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** Full precision for machines; empty for no data. */
  private static String text(Object v) {
    if (v == null) {
      return "";
    }
    if (v instanceof Double d) {
      double x = d;
      return x == Math.rint(x) && Math.abs(x) < 1e15 ? Long.toString((long) x) : Double.toString(x);
    }
    return v.toString();
  }
}
