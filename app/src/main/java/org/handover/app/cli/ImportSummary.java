package org.handover.app.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.handover.app.output.TerminalText;
import org.handover.io.imports.ImportReport;
import org.handover.io.imports.Rejection;

/** How an import report reads at the terminal. */
final class ImportSummary {
  private ImportSummary() {}

  /** Causes of rejection named on the summary's second line. */
  private static final int CAUSES = 5;

  /** The summary line: the counts, with the rejected share when rows were rejected. */
  static String line(ImportReport r) {
    return TerminalText.escape(
        String.format(
            "import %d %s %s: %d rows read, %d imported, %d rejected%s, %d without region",
            r.importId(),
            r.kind(),
            r.file(),
            r.rowsRead(),
            r.rowsImported(),
            r.rowsRejected(),
            r.rowsRejected() == 0 ? "" : " (" + r.rejectedPercent() + ")",
            r.rowsUnassigned()));
  }

  static void print(ImportReport r, PrintWriter terminal, int maxRejections) {
    PrintWriter out = TerminalText.safe(terminal);
    out.println(line(r));
    if (r.rowsRejected() > 0) {
      out.println(
          "  rejected "
              + r.rowsRejected()
              + " of "
              + r.rowsRead()
              + " rows ("
              + r.rejectedPercent()
              + "), by cause: "
              + ImportReport.describeCauses(r.rejectionsByCause(), CAUSES));
    }
    out.println("  sha256 " + r.sha256());
    for (String note : r.notes()) {
      out.println("  note: " + note);
    }
    // sorted: the report's map has no order, and the same import must print the same lines
    for (Map.Entry<String, List<String>> u : new TreeMap<>(r.unknownRegions()).entrySet()) {
      out.println(
          "  unknown region '"
              + u.getKey()
              + "'; closest: "
              + String.join(", ", u.getValue())
              + " (add an alias: handover import aliases FILE)");
    }
    List<Rejection> rs = r.rejections();
    for (int i = 0; i < Math.min(maxRejections, rs.size()); i++) {
      out.println("  rejected " + rs.get(i));
    }
    if (rs.size() > maxRejections) {
      out.println(
          "  ... and "
              + (rs.size() - maxRejections)
              + " more rejections (all are in the store: handover imports --rejections "
              + r.importId()
              + ", or write them out with --rejects FILE)");
    }
    out.flush();
  }
}
