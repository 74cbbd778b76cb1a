package org.handover.app.cli;

import de.siegmar.fastcsv.writer.CsvWriter;
import java.io.PrintWriter;
import org.handover.engine.assessment.Assessment;
import org.handover.engine.assessment.BenchmarkVerdict;
import org.handover.engine.assessment.ConditionVerdict;
import org.handover.engine.assessment.RegionAssessment;

/** One row per benchmark verdict, with its region's stage and condition, ready for a spreadsheet. */
final class AssessmentCsvOutput {
  private AssessmentCsvOutput() {}

  static void write(Assessment a, PrintWriter out) {
    CsvWriter w = CsvWriter.builder().build(out);
    w.writeRecord("region", "month", "stage", "condition", "condition_status", "benchmark", "indicator", "value", "comparison",
        "threshold", "margin", "months_held", "held_for", "status", "illustrative", "explanation", "benchmark_set",
        "benchmark_set_version", "benchmark_set_sha256", "program_version");
    var p = a.provenance();
    for (RegionAssessment r : a.regions()) {
      for (ConditionVerdict c : r.conditions()) {
        for (BenchmarkVerdict v : c.benchmarks()) {
          w.writeRecord(r.region().name(), r.month().toString(), r.stage().id(), c.condition().id(), c.status().label(),
              v.benchmark().id(), v.benchmark().indicator(), number(v.value()), v.benchmark().comparison().symbol(),
              number(v.threshold()), number(v.margin()), Integer.toString(v.monthsHeld()),
              Integer.toString(v.benchmark().heldFor()), v.status().label(), Boolean.toString(v.illustrative()),
              v.explanation(), p.benchmarkSetName(), p.benchmarkSetVersion(), p.benchmarkSetSha256(), p.programVersion());
        }
      }
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
  private static String number(double x) {
    return Double.isFinite(x) ? (x == Math.rint(x) && Math.abs(x) < 1e15 ? Long.toString((long) x) : Double.toString(x)) : "";
  }
}
