package org.handover.app.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Function;
import org.handover.app.output.TerminalText;
import org.handover.engine.HandoverException;
import org.handover.io.imports.ImportReport;
import org.handover.io.imports.Rejection;
import org.handover.io.imports.RejectionLimit;
import org.handover.io.store.Store;
import org.handover.io.store.TheaterReader;
import org.handover.io.store.TheaterReader.ImportRecord;
import org.handover.io.store.TheaterReader.RejectedRow;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Lists the import records (every import leaves one, committed or failed) and their rejections. */
@Command(
    name = "imports",
    mixinStandardHelpOptions = true,
    description = "List past imports, or the rows one of them rejected.")
final class ImportsCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin StoreOptions store;

  @Option(
      names = "--rejections",
      paramLabel = "IMPORT_ID",
      description = "Show every row this import rejected.")
  Long rejections;

  @Override
  public Integer call() {
    PrintWriter out = TerminalText.safe(spec.commandLine().getOut());
    try (Store s = store.open(spec.commandLine().getErr())) {
      TheaterReader reader = new TheaterReader(s);
      if (rejections != null) {
        List<ImportRecord> known = reader.imports();
        if (known.stream().noneMatch(i -> i.importId() == rejections)) {
          throw new HandoverException(
              "no import "
                  + rejections
                  + " in "
                  + store.database()
                  + (known.isEmpty()
                      ? " (it holds no imports)"
                      : " (its imports are "
                          + known.stream().mapToLong(ImportRecord::importId).min().getAsLong()
                          + " to "
                          + known.stream().mapToLong(ImportRecord::importId).max().getAsLong()
                          + "; handover imports lists them)"));
        }
        List<RejectedRow> rows = reader.rejections(rejections);
        header(reader, rejections, rows, out);
        for (RejectedRow r : rows) {
          out.printf(
              "%s:%d: field '%s' = \"%s\": %s%n",
              r.fileName(), r.line(), r.field(), Rejection.echo(r.value()), r.reason());
        }
        out.println(rows.size() + " rejected rows in import " + rejections);
        return 0;
      }
      List<ImportRecord> imports = reader.imports();
      // columns as wide as their longest entry (a long theater name, "superseded"), never narrower
      // than the layout everyone knows
      String format =
          "%4s %-"
              + width(imports, ImportRecord::theater, 9)
              + "s %-"
              + width(imports, ImportRecord::kind, 13)
              + "s %-"
              + width(imports, ImportRecord::fileName, 48)
              + "s %-"
              + width(imports, ImportRecord::status, 9)
              + "s %9s %9s %8s %9s  %s%n";
      out.printf(
          format,
          "id",
          "theater",
          "kind",
          "file",
          "status",
          "read",
          "imported",
          "rejected",
          "no region",
          "sha256");
      for (ImportRecord i : imports) {
        out.printf(
            format,
            i.importId(),
            i.theater(),
            i.kind(),
            i.fileName(),
            i.status(),
            i.rowsRead(),
            i.rowsImported(),
            i.rowsRejected(),
            i.rowsUnassigned(),
            i.sha256().substring(0, 12));
      }
    }
    return 0;
  }

  private static int width(
      List<ImportRecord> imports, Function<ImportRecord, String> column, int least) {
    return imports.stream().mapToInt(i -> column.apply(i).length()).reduce(least, Math::max);
  }

  /** What the import read and how much of it was rejected, by cause, before the rejected rows. */
  private static void header(
      TheaterReader reader, long importId, List<RejectedRow> rows, PrintWriter out) {
    for (ImportRecord i : reader.imports()) {
      if (i.importId() == importId) {
        out.printf(
            "import %d %s %s (%s): %d rows read, %d imported, %d rejected (%s)%n",
            i.importId(),
            i.kind(),
            i.fileName(),
            i.status(),
            i.rowsRead(),
            i.rowsImported(),
            i.rowsRejected(),
            RejectionLimit.percent(i.rowsRejected(), i.rowsRead()));
        if (!rows.isEmpty()) {
          out.println(
              "by cause: "
                  + ImportReport.describeCauses(
                      ImportReport.byCause(
                          rows.stream()
                              .map(
                                  r ->
                                      new Rejection(
                                          r.fileName(), r.line(), r.field(), r.value(), r.reason()))
                              .toList()),
                      Integer.MAX_VALUE));
        }
      }
    }
  }
}
