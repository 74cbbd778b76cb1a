package org.handover.io.imports.decisions;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.handover.engine.benchmark.BenchmarkSet;
import org.handover.engine.decision.DecisionKind;
import org.handover.engine.decision.LedgerEntry;
import org.handover.engine.theater.RegionResolver;
import org.handover.io.config.BenchmarkSetReader;
import org.handover.io.imports.CsvFile;
import org.handover.io.imports.ImportException;
import org.handover.io.imports.ImportOption;
import org.handover.io.imports.ImportReport;
import org.handover.io.imports.ImportRun;
import org.handover.io.imports.ImportSpec;
import org.handover.io.imports.Importer;
import org.handover.io.store.Store;
import org.handover.io.store.TheaterReader;

/**
 * Imports decisions into the theater's ledger from CSV: columns region, scope, to_stage, effective,
 * decided_by, agreed_by (parties separated by ';') and note, and optionally id, from_stage,
 * announced, source and supersedes. Every row becomes a new entry ({@link DecisionRules} lists the
 * checks); nothing already in the ledger is replaced, so importing a file twice rejects its rows
 * the second time (their ids are taken). A correction is a row with its own id that supersedes the
 * one it corrects.
 */
public final class DecisionImporter {
  public static final String KIND = "decisions";

  static final List<String> REQUIRED = List.of("region", "to_stage", "effective");
  static final List<String> OPTIONAL =
      List.of(
          "id",
          "scope",
          "from_stage",
          "announced",
          "decided_by",
          "agreed_by",
          "source",
          "note",
          "supersedes");

  static final ImportOption SOURCE =
      ImportOption.of(
          "source",
          "where the decisions are documented, for rows whose source column is empty or absent");
  static final ImportOption DECISION_KIND =
      ImportOption.of(
          "decision_kind", "real, planned or simulated: the ledger the rows go to (default: real)");
  static final ImportOption BENCHMARK_SET =
      ImportOption.file(
          "benchmark_set",
          "benchmark set YAML whose stages the rows may name (default: the theater's, recorded by its manifest)");

  private DecisionImporter() {}

  public static ImportReport importFile(Store store, String theater, Path file, ImportSpec spec) {
    DecisionKind kind = kind(spec.option(DECISION_KIND).orElse("real"));
    Path setFile =
        spec.option(BENCHMARK_SET)
            .map(Path::of)
            .or(() -> new TheaterReader(store).benchmarkSet(theater))
            .orElseThrow(
                () ->
                    new ImportException(
                        "no benchmark set recorded for theater '"
                            + theater
                            + "': give one with the benchmark_set option (decisions name its stages)",
                        List.of()));
    BenchmarkSet set = BenchmarkSetReader.read(setFile);
    DecisionRules rules = DecisionRules.load(store, theater, set, kind);
    CsvFile csv = CsvFile.read(file);
    REQUIRED.forEach(csv::column);
    String defaultSource = spec.option(SOURCE).orElse("");
    Map<String, Object> opts = new LinkedHashMap<>();
    opts.put("decision_kind", kind.name());
    opts.put("benchmark_set", set.name() + " " + set.version());
    opts.put("source", defaultSource);
    ImportRun run = ImportRun.start(store, theater, KIND, file, opts);
    List<LedgerEntry> entries = new ArrayList<>();
    for (CsvFile.Row row : csv.rows()) {
      DecisionFields f =
          new DecisionFields(
              get(row, "id"),
              get(row, "region"),
              get(row, "scope"),
              get(row, "from_stage"),
              get(row, "to_stage"),
              get(row, "announced"),
              get(row, "effective"),
              get(row, "decided_by"),
              get(row, "agreed_by"),
              get(row, "source"),
              get(row, "note"),
              get(row, "supersedes"));
      rules
          .check(
              f,
              kind,
              defaultSource,
              Optional.empty(),
              new DecisionRules.Problems() {
                @Override
                public void reject(String field, String value, String reason) {
                  run.reject(row, field, value, reason);
                }

                @Override
                public void unknownRegion(String field, String name, RegionResolver resolver) {
                  run.unknownRegion(row, field, name, resolver);
                }
              })
          .ifPresent(entries::add);
    }
    return run.commit(
        spec.flag(ImportOption.STRICT),
        csv.rows().size(),
        (c, importId) ->
            LedgerSql.append(c, theater, entries, importId, LedgerSql.origin(importId)));
  }

  static DecisionKind kind(String text) {
    try {
      return DecisionKind.valueOf(text.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new ImportException(
          "decision_kind '" + text + "' is not real, planned or simulated", List.of());
    }
  }

  private static String get(CsvFile.Row row, String column) {
    return row.file().has(column) ? row.get(column) : "";
  }

  /** This importer as the registry runs it. */
  public static Importer importer() {
    return Importer.of(KIND, List.of(SOURCE, DECISION_KIND, BENCHMARK_SET), DecisionImporter::run);
  }

  private static ImportReport run(Store store, String theater, ImportSpec spec) {
    return importFile(store, theater, spec.file(), spec);
  }
}
