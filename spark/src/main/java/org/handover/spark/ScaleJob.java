package org.handover.spark;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.apache.hadoop.fs.FileSystem;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import org.handover.engine.assessment.Assessor;
import org.handover.engine.assessment.Evaluation;
import org.handover.engine.benchmark.BenchmarkSet;
import org.handover.engine.decision.Basis;
import org.handover.engine.decision.DecisionKind;
import org.handover.engine.decision.Ledger;
import org.handover.engine.decision.LedgerEntry;
import org.handover.engine.indicator.Expression.Filtered;
import org.handover.engine.indicator.IndicatorCalculator;
import org.handover.engine.panel.Panel;
import org.handover.engine.panel.Variable;
import org.handover.engine.provenance.InputRef;
import org.handover.engine.provenance.Provenance;
import org.handover.engine.theater.Neighbour;
import org.handover.engine.theater.Region;
import org.handover.engine.theater.RegionId;
import org.handover.engine.theater.RegionResolver;
import org.handover.engine.theater.Theater;
import org.handover.engine.time.MonthRange;
import org.handover.io.config.BenchmarkSetReader;
import org.handover.io.export.AssessmentExport;
import org.handover.io.export.ProvenanceJson;
import org.handover.io.export.RecommendationHistoryExport;
import org.handover.io.export.Standings;
import org.handover.io.geo.GeoMeasure;
import org.handover.io.panel.LoadedPanel;
import org.handover.io.panel.PanelVocabulary;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.geojson.GeoJsonReader;

/**
 * The scale-out job: from the tables {@code handover export} wrote to {@code assessment-history}
 * and {@code recommendation-history} in Parquet, with the columns and the provenance {@code
 * handover export --all-months} gives them, judged by the engine's own code. The driver holds
 * metadata only (regions, neighbours, the ledger, the variable catalogue, national series); the
 * region-month data stay in Spark.
 */
final class ScaleJob {
  /** The tables the job can write, in the order it writes them. */
  static final List<String> OUTPUTS =
      List.of("assessment-history", "recommendation-history", OutlookJob.TABLE);

  /** The tables written unless others are asked for. */
  static final List<String> DEFAULT_OUTPUTS =
      List.of("assessment-history", "recommendation-history");

  /**
   * What to run.
   *
   * @param outputs the tables to write, among {@link #OUTPUTS}
   * @param outlook the outlook's settings, present exactly when {@code outputs} has the outlook
   */
  record Options(
      String tables,
      Path benchmarks,
      String out,
      Optional<String> theater,
      int blocks,
      boolean force,
      List<String> outputs,
      Optional<OutlookJob.Settings> outlook) {
    Options {
      outputs = List.copyOf(outputs);
      if (outputs.isEmpty() || !OUTPUTS.containsAll(outputs)) {
        throw new IllegalArgumentException("outputs " + outputs + " are not among " + OUTPUTS);
      }
      if (outputs.contains(OutlookJob.TABLE) != outlook.isPresent()) {
        throw new IllegalArgumentException("the outlook's settings come with the outlook table");
      }
    }

    /** The assessment and recommendation histories. */
    static Options histories(
        String tables,
        Path benchmarks,
        String out,
        Optional<String> theater,
        int blocks,
        boolean force) {
      return new Options(
          tables, benchmarks, out, theater, blocks, force, DEFAULT_OUTPUTS, Optional.empty());
    }

    boolean writes(String table) {
      return outputs.contains(table);
    }
  }

  /** What was written, for the summary. */
  record Summary(
      String theater,
      int regions,
      MonthRange months,
      int blocks,
      int hops,
      long haloRegions,
      List<String> written,
      Provenance provenance,
      Optional<OutlookJob.Ran> outlook) {}

  private ScaleJob() {}

  static Summary run(SparkSession spark, Options o) {
    refuseExisting(spark, o);
    Tables.Read tables = Tables.register(spark, o.tables());
    String theater = theater(spark, o.theater());
    Theater full = theater(spark, theater);
    BenchmarkSet set = BenchmarkSetReader.read(o.benchmarks());
    Set<Filtered> filtered = IndicatorCalculator.filteredSeries(set.indicators());
    FilteredCells.checkColumns(set.indicators(), tables, o.benchmarks());
    Reach reach = Reach.of(set.indicators());
    Blocks blocks =
        new Blocks(full.adjacency(), reach.national() ? 1 : o.blocks(), reach.neighbourHops());
    PanelSource source = new PanelSource(spark, theater);
    Dataset<Row> cells = source.cells(filtered);
    MonthRange months = source.months;
    o.outlook().ifPresent(s -> OutlookJob.check(s, months, source.regional));
    double[] area = area(spark, full);

    // The provenance, computed by the engine's own code on a panel of the same variables one
    // month long: it depends on the variables and the set, not on the values.
    Panel skeleton = skeleton(full, source, area);
    LoadedPanel loaded = new LoadedPanel(skeleton, source.inputs(), source.notes());
    Evaluation shape =
        Assessor.of(set)
            .evaluate(IndicatorCalculator.compute(skeleton, set.indicators()), loaded.provenance());
    Ledger ledger = ledger(spark, theater, full);
    // the same checks as on one machine: every effective entry names a region and stages we have
    ledger.deciding(full, skeleton.months(), set.stages());
    List<InputRef> ledgerSources = ledgerSources(spark, theater, ledger);
    Standings standingsShape = Standings.of(shape, shape.recommendations(), ledger, ledgerSources);
    Provenance provenance = standingsShape.provenance(shape.provenance());

    List<JobSpec.Series> regional = new ArrayList<>();
    for (Variable v : source.regional) {
      regional.add(JobSpec.Series.of(v, source.initial(v.name())));
    }
    List<JobSpec.Series> national = new ArrayList<>();
    source.national.forEach((v, values) -> national.add(JobSpec.Series.of(v, values)));
    List<JobSpec.Decided> decided =
        ledger.effective().stream()
            .map(
                e ->
                    new JobSpec.Decided(
                        e.id(),
                        e.region().name(),
                        e.part().orElse(null),
                        e.fromStage().orElse(null),
                        e.toStage(),
                        e.effective()))
            .toList();
    JobSpec spec =
        new JobSpec(
            full,
            area,
            months,
            regional,
            national,
            source.order,
            source.eventAttributes,
            o.benchmarks(),
            decided);
    Broadcast<JobSpec> shipped =
        spark.sparkContext().broadcast(spec, scala.reflect.ClassTag$.MODULE$.apply(JobSpec.class));

    List<String> written = new ArrayList<>();
    if (o.writes("assessment-history") || o.writes("recommendation-history")) {
      histories(spark, o, full, blocks, reach, cells, shipped, provenance, written);
    }
    Optional<OutlookJob.Ran> outlook = Optional.empty();
    if (o.outlook().isPresent()) {
      outlook =
          Optional.of(
              OutlookJob.run(
                  spark,
                  spec,
                  cells,
                  set,
                  ledger,
                  ledgerSources,
                  loaded.provenance(),
                  o.outlook().get(),
                  o.blocks(),
                  o));
      written.add(outlook.get().table());
    }
    return new Summary(
        theater,
        full.size(),
        months,
        blocks.count(),
        reach.neighbourHops(),
        blocks.haloRegions(),
        written,
        provenance,
        outlook);
  }

  /**
   * The assessment and recommendation history: each block receives its regions and its halo by a
   * join and is judged on an executor.
   */
  private static void histories(
      SparkSession spark,
      Options o,
      Theater full,
      Blocks blocks,
      Reach reach,
      Dataset<Row> cells,
      Broadcast<JobSpec> shipped,
      Provenance provenance,
      List<String> written) {
    // A block with no cells at all still gets one empty row, so its regions are judged too.
    List<Row> members = new ArrayList<>();
    for (int[] m : blocks.membership()) {
      members.add(RowFactory.create(full.regions().get(m[0]).name(), m[1]));
    }
    StructType memberSchema =
        DataTypes.createStructType(
            List.of(
                DataTypes.createStructField("region", DataTypes.StringType, false),
                DataTypes.createStructField("block", DataTypes.IntegerType, false)));
    Dataset<Row> membership = spark.createDataFrame(members, memberSchema);
    List<Row> empty = new ArrayList<>();
    for (int b = 0; b < blocks.count(); b++) {
      empty.add(RowFactory.create(b, null, null, 0, null));
    }
    Dataset<Row> byBlock =
        cells
            .join(functions.broadcast(membership), "region")
            .select("block", "region", "variable", "m", "value")
            .unionByName(spark.createDataFrame(empty, cellSchema()));
    Dataset<Row> rows =
        byBlock
            .groupByKey((MapFunction<Row, Integer>) r -> r.getInt(0), Encoders.INT())
            .flatMapGroups(
                new BlockEvaluator(
                    shipped, blocks.count(), reach.neighbourHops(), o.writes("assessment-history")),
                Encoders.row(BlockEvaluator.SCHEMA))
            .persist(StorageLevel.MEMORY_AND_DISK());

    if (o.writes("assessment-history")) {
      List<String> assessmentColumns = new ArrayList<>(AssessmentExport.COLUMNS);
      assessmentColumns.addAll(AssessmentExport.STANDING_COLUMNS);
      Dataset<Row> assessment =
          rows.filter("kind = 0").orderBy("mo", "ri", "seq").select(columns(assessmentColumns));
      written.add(write(assessment, o, "assessment-history", provenance, spark));
    }
    if (!o.writes("recommendation-history")) {
      rows.unpersist();
      return;
    }
    List<Column> history = new ArrayList<>();
    for (String c : BlockEvaluator.recommendationColumns()) {
      history.add(functions.col(c));
    }
    history.add(
        functions.lit(String.join("; ", provenance.illustrative())).as("illustrative_inputs"));
    Dataset<Row> recommendations =
        rows.filter("kind = 1").orderBy("mo", "ri").select(history.toArray(new Column[0]));
    if (!Arrays.asList(recommendations.columns()).equals(RecommendationHistoryExport.COLUMNS)) {
      throw new IllegalStateException("recommendation history columns drifted");
    }
    written.add(write(recommendations, o, "recommendation-history", provenance, spark));
    rows.unpersist();
  }

  /** An existing output is replaced only with --force: said now, before any work. */
  private static void refuseExisting(SparkSession spark, Options o) {
    if (o.force()) {
      return;
    }
    for (String name : o.outputs()) {
      for (String file : List.of(name + ".parquet", name + ".provenance.json")) {
        org.apache.hadoop.fs.Path p = new org.apache.hadoop.fs.Path(o.out(), file);
        try {
          if (p.getFileSystem(spark.sparkContext().hadoopConfiguration()).exists(p)) {
            throw new ScaleException(p + " exists: give --force to replace it");
          }
        } catch (IOException e) {
          throw new ScaleException("cannot read " + p + ": " + e.getMessage(), e);
        }
      }
    }
  }

  private static StructType cellSchema() {
    return DataTypes.createStructType(
        List.of(
            DataTypes.createStructField("block", DataTypes.IntegerType, false),
            DataTypes.createStructField("region", DataTypes.StringType, true),
            DataTypes.createStructField("variable", DataTypes.StringType, true),
            DataTypes.createStructField("m", DataTypes.IntegerType, false),
            DataTypes.createStructField("value", DataTypes.DoubleType, true)));
  }

  private static Column[] columns(List<String> names) {
    return names.stream().map(functions::col).toArray(Column[]::new);
  }

  /** {@code <out>/<name>.parquet} (a folder of parts, in order) and its provenance JSON. */
  static String write(
      Dataset<Row> rows, Options o, String name, Provenance provenance, SparkSession spark) {
    String table = o.out() + "/" + name + ".parquet";
    rows.write().mode(o.force() ? SaveMode.Overwrite : SaveMode.ErrorIfExists).parquet(table);
    org.apache.hadoop.fs.Path json =
        new org.apache.hadoop.fs.Path(o.out(), name + ".provenance.json");
    try {
      FileSystem fs = json.getFileSystem(spark.sparkContext().hadoopConfiguration());
      try (OutputStream out = fs.create(json, o.force())) {
        out.write(ProvenanceJson.toJson(provenance).getBytes(StandardCharsets.UTF_8));
      }
    } catch (IOException e) {
      throw new ScaleException("cannot write " + json + ": " + e.getMessage(), e);
    }
    return table;
  }

  /** The theater asked for, or the only one in the tables. */
  private static String theater(SparkSession spark, Optional<String> asked) {
    List<String> all =
        spark.sql("SELECT DISTINCT theater FROM regions ORDER BY 1").collectAsList().stream()
            .map(r -> r.getString(0))
            .toList();
    if (asked.isPresent()) {
      if (!all.contains(asked.get())) {
        throw new ScaleException(
            "no theater "
                + asked.get()
                + " in the regions table (theaters: "
                + String.join(", ", all)
                + ")");
      }
      return asked.get();
    }
    if (all.size() != 1) {
      throw new ScaleException(
          all.isEmpty()
              ? "the regions table holds no regions"
              : "the tables hold several theaters ("
                  + String.join(", ", all)
                  + "): choose one with --theater");
    }
    return all.get(0);
  }

  private static String lit(String text) {
    return "'" + text.replace("\\", "\\\\").replace("'", "\\'") + "'";
  }

  /** The theater's regions and neighbours, as the store's reader gives them. */
  private static Theater theater(SparkSession spark, String theater) {
    List<Region> regions = new ArrayList<>();
    for (Row r :
        spark
            .sql(
                "SELECT region, parent, code, population FROM regions WHERE theater = "
                    + lit(theater)
                    + " ORDER BY region")
            .collectAsList()) {
      regions.add(
          new Region(
              RegionId.of(r.getString(0)),
              Optional.ofNullable(r.getString(1)).map(RegionId::of),
              r.isNullAt(3) ? Double.NaN : r.getDouble(3),
              Optional.ofNullable(r.getString(2))));
    }
    List<Neighbour> neighbours = new ArrayList<>();
    for (Row r :
        spark
            .sql(
                "SELECT region_a, region_b, shared_border_km FROM neighbours WHERE theater = "
                    + lit(theater)
                    + " ORDER BY region_a, region_b")
            .collectAsList()) {
      neighbours.add(
          new Neighbour(
              RegionId.of(r.getString(0)),
              RegionId.of(r.getString(1)),
              r.isNullAt(2) ? Double.NaN : r.getDouble(2)));
    }
    try {
      return Theater.of(theater, regions, neighbours);
    } catch (IllegalArgumentException e) {
      throw new ScaleException("the regions and neighbours tables disagree: " + e.getMessage(), e);
    }
  }

  /** Each region's area from its boundary, or null when the tables hold no boundaries. */
  private static double[] area(SparkSession spark, Theater t) {
    List<Row> rows =
        spark
            .sql(
                "SELECT region, geometry FROM regions WHERE theater = "
                    + lit(t.name())
                    + " AND geometry IS NOT NULL")
            .collectAsList();
    if (rows.isEmpty()) {
      return null;
    }
    double[] area = new double[t.size()];
    Arrays.fill(area, Double.NaN);
    GeoJsonReader reader = new GeoJsonReader();
    for (Row r : rows) {
      try {
        area[t.indexOf(RegionId.of(r.getString(0)))] =
            GeoMeasure.areaKm2(reader.read(r.getString(1)));
      } catch (ParseException e) {
        throw new ScaleException(
            "regions: the geometry of " + r.getString(0) + " is unreadable: " + e.getMessage(), e);
      }
    }
    return area;
  }

  /**
   * The panel's variables over one month, every value NaN, in the loader's order and with its event
   * attributes: enough to derive the provenance.
   */
  private static Panel skeleton(Theater full, PanelSource source, double[] area) {
    MonthRange one = MonthRange.of(source.months.first(), source.months.first());
    Panel p = Panel.empty(full, one);
    if (source.eventAttributes.isPresent()) {
      p = p.withEventAttributes(source.eventAttributes.get());
    }
    Map<String, Variable> regional = new LinkedHashMap<>();
    source.regional.forEach(v -> regional.put(v.name(), v));
    Map<String, Variable> national = new LinkedHashMap<>();
    source.national.keySet().forEach(v -> national.put(v.name(), v));
    for (String name : source.order) {
      if (regional.containsKey(name)) {
        double[][] nan = new double[full.size()][1];
        for (double[] row : nan) {
          row[0] = Double.NaN;
        }
        p = p.with(regional.get(name), nan);
      } else {
        p = p.withNational(national.get(name), new double[] {Double.NaN});
      }
    }
    p =
        p.withAttribute(
            PanelVocabulary.population(),
            full.regions().stream().mapToDouble(Region::population).toArray());
    return area == null ? p : p.withAttribute(PanelVocabulary.area(), area);
  }

  /** The theater's REAL decisions in the order exported, as the store's reader builds them. */
  private static Ledger ledger(SparkSession spark, String theater, Theater full) {
    Map<String, RegionId> aliases = new LinkedHashMap<>();
    for (Row r :
        spark
            .sql(
                "SELECT alias, region FROM region_aliases WHERE theater = "
                    + lit(theater)
                    + " ORDER BY alias")
            .collectAsList()) {
      aliases.put(r.getString(0), RegionId.of(r.getString(1)));
    }
    RegionResolver names =
        RegionResolver.of(full.regions().stream().map(Region::id).toList(), aliases);
    List<LedgerEntry> entries = new ArrayList<>();
    for (Row r :
        spark
            .sql(
                "SELECT id, region, part, from_stage, to_stage, announced, effective, decided_by,"
                    + " agreed_by, source, note, basis_set, basis_version, basis_sha256,"
                    + " basis_as_of, supersedes FROM decisions WHERE theater = "
                    + lit(theater)
                    + " AND kind = 'REAL'")
            .collectAsList()) {
      String recorded = r.getString(1);
      RegionId region =
          names.regions().contains(RegionId.of(recorded))
              ? RegionId.of(recorded)
              : names.resolve(recorded).orElse(RegionId.of(recorded));
      String agreed = r.isNullAt(8) ? "" : r.getString(8);
      Optional<Basis> basis =
          r.isNullAt(11) || r.isNullAt(14)
              ? Optional.empty()
              : Optional.of(
                  Basis.of(
                      r.getString(11),
                      r.getString(12),
                      r.getString(13),
                      YearMonth.from(r.getDate(14).toLocalDate())));
      if (r.isNullAt(6) || r.isNullAt(4) || r.isNullAt(0)) {
        throw new ScaleException(
            "decisions: an entry lacks its id, to_stage or effective date (" + r + ")");
      }
      entries.add(
          new LedgerEntry(
              r.getString(0),
              DecisionKind.REAL,
              region,
              Optional.ofNullable(r.getString(2)),
              Optional.ofNullable(r.getString(3)),
              r.getString(4),
              Optional.ofNullable(r.getDate(5)).map(d -> d.toLocalDate()),
              r.getDate(6).toLocalDate(),
              r.getString(7),
              agreed.isEmpty() ? List.of() : Arrays.asList(agreed.split("; ")),
              r.getString(9),
              r.getString(10),
              basis,
              Optional.ofNullable(r.getString(15))));
    }
    return Ledger.of(DecisionKind.REAL, entries);
  }

  /** The committed imports the ledger's entries came from (role {@code decisions}). */
  private static List<InputRef> ledgerSources(SparkSession spark, String theater, Ledger ledger) {
    Map<String, String> origins = new LinkedHashMap<>();
    for (Row r :
        spark
            .sql("SELECT id, origin FROM decisions WHERE theater = " + lit(theater))
            .collectAsList()) {
      origins.put(r.getString(0), r.isNullAt(1) ? "" : r.getString(1));
    }
    Set<String> imports =
        ledger.entries().stream()
            .map(e -> origins.getOrDefault(e.id(), ""))
            .filter(o -> o.startsWith("import "))
            .map(o -> o.substring("import ".length()))
            .collect(Collectors.toCollection(TreeSet::new));
    return spark
        .sql(
            "SELECT file_name, sha256, import_id FROM imports WHERE theater = "
                + lit(theater)
                + " AND status = 'committed' ORDER BY import_id")
        .collectAsList()
        .stream()
        .filter(r -> imports.contains(Long.toString(r.getLong(2))))
        .map(r -> new InputRef(r.getString(0), r.getString(1), "decisions"))
        .toList();
  }
}
