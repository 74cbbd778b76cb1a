package org.handover.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashSet;
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
import picocli.CommandLine.ParameterException;
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
            + "Without a benchmark set the canonical tables are written and the assessment is skipped. "
            + "--only writes the tables named and nothing else.")
final class ExportCommand implements Callable<Integer> {
  /** The assessment of one month, written as assessment-MONTH (without --all-months). */
  static final String ASSESSMENT = "assessment";

  /** Every month's assessment as one table (with --all-months). */
  static final String ASSESSMENT_HISTORY = "assessment-history";

  /** Every region's standing month by month (with --all-months). */
  static final String RECOMMENDATION_HISTORY = "recommendation-history";

  /** Every table export writes, by the name --only takes. */
  static final List<String> TABLES;

  static {
    List<String> all = new ArrayList<>(Exporter.TABLES);
    all.addAll(List.of(ASSESSMENT, ASSESSMENT_HISTORY, RECOMMENDATION_HISTORY));
    TABLES = List.copyOf(all);
  }

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

  @Option(
      names = "--only",
      split = ",",
      paramLabel = "TABLE",
      description =
          "Write only these tables (comma-separated), each exactly as a full export writes it, "
              + "with its provenance: imports, rejections, regions, region_aliases, neighbours, "
              + "events, measurements, decisions, assessment (one month), and with --all-months "
              + "assessment-history and recommendation-history. A table not named is not computed: "
              + "--all-months --only recommendation-history builds no assessment rows.")
  List<String> only;

  @Mixin ForceOption force;

  @Option(names = "--geometry", description = "Keep region boundaries (GeoJSON text) in regions.")
  boolean geometry;

  @Override
  public Integer call() {
    var o = spec.commandLine().getOut();
    Set<String> chosen = chosen();
    String assessmentTable = allMonths ? ASSESSMENT_HISTORY : ASSESSMENT;
    boolean assessment = chosen.contains(assessmentTable);
    boolean history = allMonths && chosen.contains(RECOMMENDATION_HISTORY);
    try (Store s = store.open(spec.commandLine().getErr())) {
      OutputGuard guard = store.outputs(s, force);
      guard.checkFolder(out);
      String theater = store.theater(s);
      Optional<Path> set = store.benchmarkSetIfAny(s, theater);
      if (set.isEmpty() && only != null && (assessment || history)) {
        throw new ParameterException(
            spec.commandLine(),
            "--only "
                + (assessment ? assessmentTable : RECOMMENDATION_HISTORY)
                + ": no benchmark set recorded for theater '"
                + theater
                + "'; give one with --benchmarks FILE");
      }
      if (set.isEmpty() || !assessment && !history) {
        // The canonical tables need no set; only the assessment does.
        written(tables(s, theater, guard, chosen), o);
        if (set.isEmpty()) {
          o.println(
              "note: no benchmark set recorded for theater '"
                  + theater
                  + "': the assessment was skipped (give a set with --benchmarks FILE to export"
                  + " it)");
        }
        return 0;
      }
      Workspace ws = Workspace.load(s, theater, set.get());
      List<Path> written = new ArrayList<>(tables(s, ws.theaterName(), guard, chosen));
      Standings standings = ws.standings();
      // a table not asked for is not computed: --all-months --only recommendation-history builds
      // no assessment row (hundreds of millions on a grid world)
      if (assessment) {
        AssessmentExport.Written a;
        if (allMonths) {
          List<YearMonth> months = new ArrayList<>();
          ws.panel().months().forEach(months::add);
          a =
              AssessmentExport.write(
                  new ArrayList<>(ws.evaluation().assessments(months).values()),
                  standings,
                  out,
                  ASSESSMENT_HISTORY,
                  formats,
                  guard);
        } else {
          YearMonth month = asOf.month(ws);
          a =
              AssessmentExport.write(
                  List.of(ws.evaluation().assessment(month)),
                  standings,
                  out,
                  ASSESSMENT + "-" + month,
                  formats,
                  guard);
        }
        written.addAll(a.tables());
        written.add(a.provenance());
      }
      if (history) {
        AssessmentExport.Written h =
            RecommendationHistoryExport.write(
                standings,
                ws.evaluation().provenance(),
                out,
                RECOMMENDATION_HISTORY,
                formats,
                guard);
        written.addAll(h.tables());
        written.add(h.provenance());
      }
      written(written, o);
      if (ws.provenance().usesIllustrativeData()) {
        o.println(
            (assessment
                    ? "note: the assessment uses illustrative (not observed) inputs: "
                    : "note: the recommendations rest on illustrative (not observed) inputs: ")
                + String.join(", ", ws.provenance().illustrative())
                + (assessment
                    ? "; its rows say so in the 'illustrative' column and its provenance.json lists"
                        + " them"
                        + (history
                            ? " (recommendation-history: the 'illustrative_inputs' column)"
                            : "")
                    : "; recommendation-history says so in its 'illustrative_inputs' column and its"
                        + " provenance.json lists them"));
      }
    }
    return 0;
  }

  private List<Path> tables(Store s, String theater, OutputGuard guard, Set<String> chosen) {
    Set<String> canonical = new HashSet<>(chosen);
    canonical.retainAll(Exporter.TABLES);
    return Exporter.exportTables(
        s,
        out,
        Exporter.Options.defaults()
            .forTheater(theater)
            .withGeometry(geometry)
            .withFormats(formats)
            .withOutputs(guard)
            .onlyTables(canonical));
  }

  /**
   * The tables --only names (every table without it), checked before anything is opened: a name
   * export does not write, or an assessment table that does not go with --all-months as given, is
   * an option error listing the tables.
   */
  private Set<String> chosen() {
    if (only == null) {
      return Set.copyOf(TABLES);
    }
    Set<String> chosen = new LinkedHashSet<>();
    for (String name : only) {
      String t = name.strip();
      if (!TABLES.contains(t)) {
        throw new ParameterException(
            spec.commandLine(),
            "--only: unknown table '"
                + name
                + "'; the tables export writes: "
                + String.join(", ", TABLES));
      }
      if (allMonths && t.equals(ASSESSMENT)) {
        throw new ParameterException(
            spec.commandLine(),
            "--only assessment: with --all-months the assessment is written as "
                + ASSESSMENT_HISTORY
                + " (name that, or leave out --all-months for one month's assessment)");
      }
      if (!allMonths && (t.equals(ASSESSMENT_HISTORY) || t.equals(RECOMMENDATION_HISTORY))) {
        throw new ParameterException(
            spec.commandLine(),
            "--only " + t + ": that table is written with --all-months; add --all-months");
      }
      chosen.add(t);
    }
    return chosen;
  }

  private static void written(List<Path> files, PrintWriter o) {
    files.forEach(p -> o.println("wrote " + p));
  }
}
