package org.handover.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.handover.app.workspace.BuiltInExample;
import org.handover.app.workspace.ForecastRun;
import org.handover.app.workspace.Workspace;
import org.handover.engine.indicator.IndicatorCalculator;
import org.handover.engine.indicator.IndicatorException;
import org.handover.engine.outlook.OutlookResult;
import org.handover.engine.panel.Panel;
import org.handover.engine.theater.RegionId;
import org.handover.io.export.AssessmentExport;
import org.handover.io.export.Exporter;
import org.handover.io.export.OutlookRows;
import org.handover.io.export.ProvenanceJson;
import org.handover.io.export.RecommendationHistoryExport;
import org.handover.io.files.OutputGuard;
import org.handover.io.imports.ImportReport;
import org.handover.io.imports.events.EventImportRequest;
import org.handover.io.imports.events.EventImporter;
import org.handover.io.imports.events.mapping.EventFormat;
import org.handover.io.panel.PanelLoader;
import org.handover.io.store.Store;
import org.handover.io.store.TheaterReader;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Spark job on local[2] against the embedded engine on the built-in Iraq data: the tables are
 * exported with the existing code, the embedded results written with {@code handover export}'s own
 * writers, and every row of the job's assessment and recommendation history must equal theirs,
 * value for value and in the same order, with the same provenance. Filtered event series are
 * checked on the same store with io's illustrative UCDP GED sample added.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EquivalenceTest {
  private Path dir;
  private SparkSession spark;
  private Path tables;
  private Path embedded;
  private Path set;
  private Workspace ws;
  private Store store;

  @BeforeAll
  void setUp(@TempDir Path temp) {
    dir = temp;
    Path db = dir.resolve("iraq.duckdb");
    BuiltInExample.build(db, r -> {});
    store = Store.openReadOnly(db);
    String theater = store.theaters().get(0);
    set = new TheaterReader(store).benchmarkSet(theater).orElseThrow();
    tables = dir.resolve("tables");
    Exporter.exportTables(
        store,
        tables,
        Exporter.Options.defaults()
            .forTheater(theater)
            .withGeometry(true)
            .withFormats(EnumSet.of(Exporter.Format.PARQUET)));
    ws = Workspace.load(store, theater, set);
    embedded = dir.resolve("embedded");
    embedded(ws, embedded, true);
    spark =
        SparkSession.builder()
            .master("local[2]")
            .appName("equivalence")
            .config("spark.ui.enabled", "false")
            .config("spark.sql.shuffle.partitions", "4")
            .config("spark.sql.session.timeZone", "UTC")
            .getOrCreate();
  }

  @AfterAll
  void tearDown() {
    if (spark != null) {
      spark.stop();
    }
    if (store != null) {
      store.close();
    }
  }

  @Test
  void theJobsHistoriesEqualTheEmbeddedEnginesRowForRow() throws Exception {
    Path out = dir.resolve("spark");
    ScaleJob.Summary summary =
        ScaleJob.run(
            spark,
            ScaleJob.Options.histories(
                tables.toString(), set, out.toString(), Optional.empty(), 5, false));
    assertThat(summary.blocks()).isEqualTo(5);
    assertThat(summary.regions()).isEqualTo(ws.theater().size());
    for (String name : List.of("assessment-history", "recommendation-history")) {
      List<List<Object>> expected = rows(embedded.resolve(name + ".parquet").toString());
      List<List<Object>> actual = rows(out.resolve(name + ".parquet") + "/*.parquet");
      assertThat(actual).hasSize(expected.size());
      assertThat(expected).hasSizeGreaterThan(1000);
      for (int i = 0; i < expected.size(); i++) {
        assertThat(actual.get(i)).as("%s row %d", name, i).isEqualTo(expected.get(i));
      }
      assertThat(Files.readString(out.resolve(name + ".provenance.json")))
          .isEqualTo(Files.readString(embedded.resolve(name + ".provenance.json")));
    }
    // a second run refuses to replace the outputs without --force, before any work
    assertThatThrownBy(
            () ->
                ScaleJob.run(
                    spark,
                    ScaleJob.Options.histories(
                        tables.toString(), set, out.toString(), Optional.empty(), 5, false)))
        .isInstanceOf(ScaleException.class)
        .hasMessageContaining("assessment-history.parquet exists: give --force to replace it");
  }

  @Test
  void theJobsOutlookEqualsTheEmbeddedOutlookWithTheSameSeed() throws Exception {
    YearMonth asOf = YearMonth.of(2006, 6);
    Optional<YearMonth> fitFrom = new TheaterReader(store).forecastFitFrom(ws.theaterName());
    assertThat(fitFrom).isPresent();
    OutlookResult embeddedOutlook =
        ForecastRun.of(ws, ForecastRun.DEFAULT_VARIABLE, fitFrom)
            .outlook(asOf, 24, 200, 7, ForecastRun.DEFAULT_LOOKBACK);
    Path out = dir.resolve("outlook-spark");
    // 7 ranges of 200 paths: uneven, each run on either executor thread, merged in any order
    ScaleJob.Summary summary =
        ScaleJob.run(
            spark,
            new ScaleJob.Options(
                tables.toString(),
                set,
                out.toString(),
                Optional.empty(),
                7,
                false,
                List.of("outlook"),
                Optional.of(
                    new OutlookJob.Settings(
                        asOf,
                        ForecastRun.DEFAULT_VARIABLE,
                        24,
                        200,
                        7,
                        ForecastRun.DEFAULT_LOOKBACK,
                        fitFrom))));
    assertThat(summary.outlook().orElseThrow().ranges()).isEqualTo(7);
    assertThat(summary.written()).containsExactly(out.resolve("outlook.parquet").toString());
    assertThat(out.resolve("assessment-history.parquet")).doesNotExist();

    List<List<Object>> actual = rows(out.resolve("outlook.parquet") + "/*.parquet");
    List<List<Object>> expected =
        OutlookRows.rows(embeddedOutlook, ws.provenance(), ws.standings(), asOf);
    assertThat(actual.get(0))
        .containsExactly(OutlookRows.COLUMNS.stream().map(c -> c + " " + typeName(c)).toArray());
    assertThat(actual).hasSize(expected.size() + 1);
    assertThat(expected).hasSize(ws.theater().size() * 24);
    for (int i = 0; i < expected.size(); i++) {
      assertThat(actual.get(i + 1)).as("outlook row %d", i).isEqualTo(expected.get(i));
    }
    // not a degenerate outlook: some region is neither sure nor hopeless by the horizon
    assertThat(
            embeddedOutlook.regions().stream()
                .map(r -> r.readyBy())
                .filter(p -> p.length > 0 && p[p.length - 1] > 0 && p[p.length - 1] < 1)
                .count())
        .isPositive();
    assertThat(Files.readString(out.resolve("outlook.provenance.json")))
        .isEqualTo(
            ProvenanceJson.toJson(
                ws.standings().provenance(embeddedOutlook.provenance(ws.provenance()))));
  }

  private static String typeName(String column) {
    return switch (column) {
      case "p_ready_by", "p_met_in" -> "DOUBLE";
      case "seed" -> "BIGINT";
      case "paths", "recommendation_months" -> "INTEGER";
      default -> "VARCHAR";
    };
  }

  @Test
  void neighbourIndicatorsReadTheHaloAndStillEqualTheEmbeddedEngine() throws Exception {
    // The Iraq set with its three-month death rate blended with the mean over neighbours of the
    // neighbours' mean: each block needs its regions' neighbours two steps out.
    Path twoHops = dir.resolve("two-hops");
    Files.createDirectories(twoHops);
    Files.copy(set, twoHops.resolve(set.getFileName()));
    String indicators = Files.readString(set.resolveSibling("indicators.yaml"));
    String blended =
        indicators.replace(
            "expression: rolling_mean(deaths_per_100k, 3)\n",
            "expression: rolling_mean(0.5 * deaths_per_100k + 0.5 *"
                + " neighbour_mean(neighbour_mean(deaths_per_100k)), 3)\n");
    assertThat(blended).isNotEqualTo(indicators);
    Files.writeString(twoHops.resolve("indicators.yaml"), blended);
    Path setFile = twoHops.resolve(set.getFileName());
    Workspace local = Workspace.load(store, ws.theaterName(), setFile);
    Path expectedDir = dir.resolve("two-hops-embedded");
    embedded(local, expectedDir, false);
    Path out = dir.resolve("two-hops-spark");
    ScaleJob.Summary summary =
        ScaleJob.run(
            spark,
            ScaleJob.Options.histories(
                tables.toString(), setFile, out.toString(), Optional.empty(), 6, false));
    assertThat(summary.hops()).isEqualTo(2);
    assertThat(summary.haloRegions()).isPositive();
    List<List<Object>> expected =
        rows(expectedDir.resolve("assessment-history.parquet").toString());
    List<List<Object>> actual = rows(out.resolve("assessment-history.parquet") + "/*.parquet");
    assertThat(actual).isEqualTo(expected);
    // the blend changed the judgement somewhere, so the halo was needed to get it right
    assertThat(expected)
        .isNotEqualTo(rows(embedded.resolve("assessment-history.parquet").toString()));
  }

  @Test
  void filteredEventSeriesAreComputedAsTheStoresLoaderComputesThem() throws Exception {
    // The Iraq store plus io's illustrative UCDP GED sample (six invented events of all three
    // types of violence with their sides, March to May 2007, one over a month end, one without a
    // region): two sources, so per-source series exist and a source filter narrows the coverage.
    Path db = dir.resolve("filtered.duckdb");
    Files.copy(dir.resolve("iraq.duckdb"), db);
    Path filteredTables = dir.resolve("filtered-tables");
    Path setDir = dir.resolve("filtered-set");
    Files.createDirectories(setDir);
    Files.copy(set, setDir.resolve(set.getFileName()));
    String indicators = Files.readString(set.resolveSibling("indicators.yaml"));
    String filteredIndicators =
        indicators
                .replace(
                    "expression: per_capita(deaths_best, 100000)\n",
                    "expression: per_capita(deaths_best[event_type != \"one-sided\"], 100000)\n")
                .replace(
                    "expression: rolling_mean(deaths_per_100k, 12, 10)\n",
                    "expression: rolling_mean(per_capita(deaths_best[source == \"ibc\"], 100000), 12,"
                        + " 10)\n")
                .replace(
                    "expression: slope(deaths_per_100k, 6)\n",
                    "expression: slope(per_capita(deaths_best[side_a != \"IS\"], 100000), 6)\n")
            + """

              - name: other_incidents
                expression: events[event_type != "one-sided"]
                description: Incidents other than one-sided violence.

              - name: one_sided_by_is
                expression: national_deaths_best[side_a == "IS" and event_type == "one-sided"]
                description: Deaths in one-sided violence by IS in the whole country.

              - name: government_ucdp
                expression: ucdp_ged.deaths_best[side_a in ("Government of Iraq", "Mahdi Army")]
                description: UCDP's deaths whose first side is the government or the Mahdi Army.
            """;
    assertThat(filteredIndicators)
        .contains(
            "per_capita(deaths_best[event_type",
            "per_capita(deaths_best[source",
            "per_capita(deaths_best[side_a");
    Files.writeString(setDir.resolve("indicators.yaml"), filteredIndicators);
    Path setFile = setDir.resolve(set.getFileName());
    String theater = ws.theaterName();
    Path expectedDir = dir.resolve("filtered-embedded");
    Workspace local;
    try (Store filteredStore = Store.open(db)) {
      ImportReport report =
          EventImporter.importFile(
              filteredStore,
              EventImportRequest.of(
                  theater,
                  EventFormat.UCDP_GED,
                  Path.of("../io/src/test/resources/events/ucdp-ged-types-illustrative.csv")));
      assertThat(report.rowsImported()).isEqualTo(6);
      Exporter.exportTables(
          filteredStore,
          filteredTables,
          Exporter.Options.defaults()
              .forTheater(theater)
              .withGeometry(true)
              .withFormats(EnumSet.of(Exporter.Format.PARQUET)));
      local = Workspace.load(filteredStore, theater, setFile);
    }
    embedded(local, expectedDir, true);

    // the filters count something other than the plain series, and a filter on a source is that
    // source's series
    Panel loaded = local.loaded().panel();
    int baghdad = loaded.theater().indexOf(RegionId.of("Baghdad"));
    int march2007 = loaded.months().offsetOf(YearMonth.of(2007, 3));
    // Baghdad, March 2007: UCDP's one-sided event of 10 deaths is left out, IBC's untyped count
    assertThat(loaded.values("deaths_best[event_type != \"one-sided\"]")[baghdad][march2007])
        .isCloseTo(loaded.values("deaths_best")[baghdad][march2007] - 10, within(1e-9));
    assertThat(loaded.values("deaths_best[source == \"ibc\"]"))
        .isDeepEqualTo(loaded.values("ibc.deaths_best"));
    assertThat(local.provenance().notes().get(PanelLoader.NOTE_FILTERS))
        .contains("(covered by ibc, ucdp-ged)", "(covered by ibc)", "(covered by ucdp-ged)");

    Path out = dir.resolve("filtered-spark");
    ScaleJob.run(
        spark,
        ScaleJob.Options.histories(
            filteredTables.toString(), setFile, out.toString(), Optional.empty(), 3, false));
    for (String name : List.of("assessment-history", "recommendation-history")) {
      List<List<Object>> expected = rows(expectedDir.resolve(name + ".parquet").toString());
      List<List<Object>> actual = rows(out.resolve(name + ".parquet") + "/*.parquet");
      assertThat(actual).hasSize(expected.size());
      for (int i = 0; i < expected.size(); i++) {
        assertThat(actual.get(i)).as("%s row %d", name, i).isEqualTo(expected.get(i));
      }
      assertThat(Files.readString(out.resolve(name + ".provenance.json")))
          .isEqualTo(Files.readString(expectedDir.resolve(name + ".provenance.json")));
    }

    // the job's panel: the loader's variables in the loader's order, with its event attributes
    Tables.register(spark, filteredTables.toString());
    PanelSource source = new PanelSource(spark, theater);
    source.cells(IndicatorCalculator.filteredSeries(local.benchmarkSet().indicators()));
    List<String> names = new ArrayList<>(loaded.names());
    names.removeAll(List.of("population", "area_km2"));
    assertThat(source.order).isEqualTo(names);
    assertThat(source.eventAttributes).contains(loaded.eventAttributes());

    // a value no event has is the indicator checks' error, as on one machine
    Files.writeString(
        setDir.resolve("indicators.yaml"),
        filteredIndicators.replace("event_type != \"one-sided\"", "event_type != \"one sided\""));
    assertThatThrownBy(
            () ->
                ScaleJob.run(
                    spark,
                    ScaleJob.Options.histories(
                        filteredTables.toString(),
                        setFile,
                        dir.resolve("never-misspelt").toString(),
                        Optional.empty(),
                        2,
                        false)))
        .isInstanceOf(IndicatorException.class)
        .hasMessageContaining("no event has event_type \"one sided\"")
        .hasMessageContaining("did you mean \"one-sided\"?");
    assertThat(dir.resolve("never-misspelt")).doesNotExist();
  }

  @Test
  void aFilterOnAnEventColumnTheTablesLackIsRefusedNamingTheTableAndColumn() throws Exception {
    // the built-in events name no side, so the export has no side_a column
    assertThat(spark.read().parquet(tables.resolve("events.parquet").toString()).columns())
        .doesNotContain("side_a")
        .contains("event_type");
    Path setDir = dir.resolve("side-set");
    Files.createDirectories(setDir);
    Files.copy(set, setDir.resolve(set.getFileName()));
    String indicators = Files.readString(set.resolveSibling("indicators.yaml"));
    String bySide =
        indicators.replace(
            "expression: per_capita(deaths_best, 100000)\n",
            "expression: per_capita(deaths_best[side_a != \"IS\"], 100000)\n");
    assertThat(bySide).isNotEqualTo(indicators);
    Files.writeString(setDir.resolve("indicators.yaml"), bySide);
    Path setFile = setDir.resolve(set.getFileName());
    assertThatThrownBy(
            () ->
                ScaleJob.run(
                    spark,
                    ScaleJob.Options.histories(
                        tables.toString(),
                        setFile,
                        dir.resolve("never-side").toString(),
                        Optional.empty(),
                        2,
                        false)))
        .isInstanceOf(ScaleException.class)
        .hasMessageContaining(
            "indicator deaths_per_100k reads deaths_best[side_a != \"IS\"], which filters on"
                + " side_a, but ")
        .hasMessageContaining("events.parquet has no column side_a");
    assertThat(dir.resolve("never-side")).doesNotExist();
  }

  @Test
  void aTableWithoutAColumnTheJobNeedsIsRefusedNamingTheFileAndColumn() throws Exception {
    Path broken = dir.resolve("broken");
    Files.createDirectories(broken);
    try (Stream<Path> files = Files.list(tables)) {
      for (Path f : files.toList()) {
        Files.copy(f, broken.resolve(f.getFileName()));
      }
    }
    Files.delete(broken.resolve("events.parquet"));
    spark
        .read()
        .parquet(tables.resolve("events.parquet").toString())
        .drop("deaths_best")
        .write()
        .option("header", "true")
        .csv(broken.resolve("events.csv").toString());
    assertThatThrownBy(
            () ->
                ScaleJob.run(
                    spark,
                    ScaleJob.Options.histories(
                        broken.toString(),
                        set,
                        dir.resolve("never").toString(),
                        Optional.empty(),
                        2,
                        false)))
        .isInstanceOf(ScaleException.class)
        .hasMessageContaining("events.csv has no column deaths_best");
    assertThat(dir.resolve("never")).doesNotExist();

    // a CSV value that is not of its column's type is named with its file, column and value
    Path badDate = dir.resolve("bad-date");
    Files.createDirectories(badDate);
    try (Stream<Path> files = Files.list(tables)) {
      for (Path f : files.toList()) {
        Files.copy(f, badDate.resolve(f.getFileName()));
      }
    }
    Files.delete(badDate.resolve("events.parquet"));
    spark
        .read()
        .parquet(tables.resolve("events.parquet").toString())
        .withColumn(
            "start_date",
            functions
                .when(
                    functions.monotonically_increasing_id().equalTo(0), functions.lit("2007-13-45"))
                .otherwise(functions.col("start_date").cast("string")))
        .write()
        .option("header", "true")
        .csv(badDate.resolve("events.csv").toString());
    assertThatThrownBy(
            () ->
                ScaleJob.run(
                    spark,
                    ScaleJob.Options.histories(
                        badDate.toString(),
                        set,
                        dir.resolve("never").toString(),
                        Optional.empty(),
                        2,
                        false)))
        .isInstanceOf(ScaleException.class)
        .hasMessageContaining(
            "events.csv: column start_date holds '2007-13-45', which is not a date");
  }

  /**
   * The embedded engine's tables as {@code handover export --all-months} writes them, with its own
   * writers: the assessment history and, when asked, the recommendation history.
   */
  private static void embedded(Workspace w, Path into, boolean recommendations) {
    List<YearMonth> months = new ArrayList<>();
    w.panel().months().forEach(months::add);
    Set<Exporter.Format> parquet = EnumSet.of(Exporter.Format.PARQUET);
    AssessmentExport.write(
        new ArrayList<>(w.evaluation().assessments(months).values()),
        w.standings(),
        into,
        "assessment-history",
        parquet,
        OutputGuard.of(false));
    if (recommendations) {
      RecommendationHistoryExport.write(
          w.standings(),
          w.evaluation().provenance(),
          into,
          "recommendation-history",
          parquet,
          OutputGuard.of(false));
    }
  }

  /** Every row of the Parquet {@code glob}, in file order, with the column names and types. */
  private static List<List<Object>> rows(String glob) throws SQLException {
    List<List<Object>> out = new ArrayList<>();
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
        Statement s = c.createStatement()) {
      s.execute("SET preserve_insertion_order = true");
      try (ResultSet r =
          s.executeQuery("SELECT * FROM read_parquet('" + glob.replace("'", "''") + "')")) {
        int n = r.getMetaData().getColumnCount();
        List<Object> header = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
          header.add(r.getMetaData().getColumnName(i) + " " + r.getMetaData().getColumnTypeName(i));
        }
        out.add(header);
        while (r.next()) {
          List<Object> row = new ArrayList<>();
          for (int i = 1; i <= n; i++) {
            row.add(r.getObject(i));
          }
          out.add(row);
        }
      }
    }
    return out;
  }
}
