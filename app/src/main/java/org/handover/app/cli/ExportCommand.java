package org.handover.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import org.handover.app.workspace.Workspace;
import org.handover.io.export.AssessmentExport;
import org.handover.io.export.Exporter;
import org.handover.io.export.RecommendationHistoryExport;
import org.handover.io.export.Standings;
import org.handover.io.files.OutputGuard;
import org.handover.io.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Writes the canonical tables and the assessment to CSV and Parquet, with provenance beside them;
 * the canonical tables need no benchmark set, the assessment does.
 */
@Command(
    name = "export",
    mixinStandardHelpOptions = true,
    description =
        "Export the canonical tables (regions, neighbours, aliases, events, measurements, decisions, imports, "
            + "rejections) and the assessment to CSV and Parquet, for a spreadsheet or a distributed engine. "
            + "Without a benchmark set the canonical tables are written and the assessment is skipped.")
final class ExportCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin StoreOptions store;

  @Option(
      names = "--out",
      required = true,
      paramLabel = "DIR",
      description = "Folder to write into.")
  Path out;

  @Mixin AsOfOption asOf;

  @Option(
      names = "--all-months",
      description =
          "Export the assessment of every month as one table (assessment-history), "
              + "and each region's conditions met, recommendation and status month by month (recommendation-history).")
  boolean allMonths;

  @Option(
      names = "--formats",
      split = ",",
      paramLabel = "csv,parquet",
      defaultValue = "csv,parquet",
      description = "Formats to write (default: ${DEFAULT-VALUE}).")
  Set<Exporter.Format> formats = EnumSet.allOf(Exporter.Format.class);

  @Mixin ForceOption force;

  @Option(names = "--geometry", description = "Keep region boundaries (GeoJSON text) in regions.")
  boolean geometry;

  @Override
  public Integer call() {
    var o = spec.commandLine().getOut();
    try (Store s = store.open(spec.commandLine().getErr())) {
      OutputGuard guard = store.outputs(s, force);
      guard.checkFolder(out);
      String theater = store.theater(s);
      Optional<Path> set = store.benchmarkSetIfAny(s, theater);
      if (set.isEmpty()) {
        // The canonical tables need no set; only the assessment does.
        written(tables(s, theater, guard), o);
        o.println(
            "note: no benchmark set recorded for theater '"
                + theater
                + "': the assessment was skipped (give a set with --benchmarks FILE to export it)");
        return 0;
      }
      Workspace ws = Workspace.load(s, theater, set.get());
      List<Path> written = new ArrayList<>(tables(s, ws.theaterName(), guard));
      Standings standings = ws.standings();
      AssessmentExport.Written a;
      if (allMonths) {
        List<YearMonth> months = new ArrayList<>();
        ws.panel().months().forEach(months::add);
        a =
            AssessmentExport.write(
                new ArrayList<>(ws.evaluation().assessments(months).values()),
                standings,
                out,
                "assessment-history",
                formats,
                guard);
      } else {
        YearMonth month = asOf.month(ws);
        a =
            AssessmentExport.write(
                List.of(ws.evaluation().assessment(month)),
                standings,
                out,
                "assessment-" + month,
                formats,
                guard);
      }
      written.addAll(a.tables());
      written.add(a.provenance());
      if (allMonths) {
        AssessmentExport.Written h =
            RecommendationHistoryExport.write(
                standings,
                ws.evaluation().provenance(),
                out,
                "recommendation-history",
                formats,
                guard);
        written.addAll(h.tables());
        written.add(h.provenance());
      }
      written(written, o);
      if (ws.provenance().usesIllustrativeData()) {
        o.println(
            "note: the assessment uses illustrative (not observed) inputs: "
                + String.join(", ", ws.provenance().illustrative())
                + "; its rows say so in the 'illustrative' column and its provenance.json lists them"
                + (allMonths ? " (recommendation-history: the 'illustrative_inputs' column)" : ""));
      }
    }
    return 0;
  }

  private List<Path> tables(Store s, String theater, OutputGuard guard) {
    return Exporter.exportTables(
        s,
        out,
        Exporter.Options.defaults()
            .forTheater(theater)
            .withGeometry(geometry)
            .withFormats(formats)
            .withOutputs(guard));
  }

  private static void written(List<Path> files, PrintWriter o) {
    files.forEach(p -> o.println("wrote " + p));
  }
}
