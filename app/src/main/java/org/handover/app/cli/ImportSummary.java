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

  static String line(ImportReport r) {
    return TerminalText.escape(
        String.format(
            "import %d %s %s: %d rows read, %d imported, %d rejected, %d without region",
            r.importId(),
            r.kind(),
            r.file(),
            r.rowsRead(),
            r.rowsImported(),
            r.rowsRejected(),
            r.rowsUnassigned()));
  }

  static void print(ImportReport r, PrintWriter terminal, int maxRejections) {
    PrintWriter out = TerminalText.safe(terminal);
    out.println(line(r));
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
