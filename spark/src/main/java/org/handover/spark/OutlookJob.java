package org.handover.spark;

import java.io.Serializable;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.handover.engine.assessment.Assessor;
import org.handover.engine.assessment.Evaluation;
import org.handover.engine.benchmark.BenchmarkSet;
import org.handover.engine.decision.Ledger;
import org.handover.engine.forecast.FittedModel;
import org.handover.engine.forecast.History;
import org.handover.engine.forecast.nb.NegativeBinomialModel;
import org.handover.engine.indicator.IndicatorCalculator;
import org.handover.engine.outlook.Outlook;
import org.handover.engine.outlook.OutlookOptions;
import org.handover.engine.outlook.OutlookResult;
import org.handover.engine.outlook.OutlookTally;
import org.handover.engine.panel.Panel;
import org.handover.engine.panel.Variable;
import org.handover.engine.provenance.InputRef;
import org.handover.engine.provenance.Provenance;
import org.handover.engine.time.MonthRange;
import org.handover.io.export.OutlookRows;
import org.handover.io.export.Standings;

/**
 * The outlook with its paths spread over executors, equal to {@code handover outlook} on one
 * machine: the driver lays the theater's panel (every region, the months up to the origin are what
 * the outlook reads), cuts it at the as-of month as the embedded run does, fits the
 * negative-binomial model there once and ships panel and fitted model to the executors; each task
 * runs one range of the paths ({@link Outlook#runPaths}), the integer tallies are merged by a tree
 * reduce, and the driver turns the merged tally into the outlook ({@link Outlook#result}). Each
 * path is seeded by the seed and its index, so how the paths are cut into ranges changes nothing.
 */
final class OutlookJob {
  /** The table's name. */
  static final String TABLE = "outlook";

  /**
   * What to run, as {@code handover outlook}'s options: the months up to {@code asOf} are known,
   * the outlook starts the month after.
   *
   * @param fitFrom the first month the model learns from (empty: the first month of the data)
   */
  record Settings(
      YearMonth asOf,
      String variable,
      int horizon,
      int paths,
      long seed,
      int lookback,
      Optional<YearMonth> fitFrom) {}

  /** What was run, for the summary. */
  record Ran(YearMonth origin, int horizon, int paths, long seed, int ranges, String table) {}

  private OutlookJob() {}

  /**
   * Runs the outlook and writes it as {@code <out>/outlook.parquet} with its provenance.
   *
   * @param cells the region-month cells ({@code region, variable, m, value})
   * @param data the provenance of the panel (inputs, notes, illustrative variables)
   */
  static Ran run(
      SparkSession spark,
      JobSpec spec,
      Dataset<Row> cells,
      BenchmarkSet set,
      Ledger ledger,
      List<InputRef> ledgerSources,
      Provenance data,
      Settings s,
      int ranges,
      ScaleJob.Options o) {
    PanelBuilder builder = PanelBuilder.whole(spec);
    for (Iterator<Row> it = cells.toLocalIterator(); it.hasNext(); ) {
      Row c = it.next(); // region, variable, m, value
      builder.add(
          c.getString(0), c.getString(1), c.getInt(2), c.isNullAt(3) ? null : c.getDouble(3));
    }
    Panel all = builder.build();
    MonthRange months = all.months();
    YearMonth first = s.fitFrom().orElse(months.first());
    // Each region's standing as of the as-of month: judged on the whole history up to it, as
    // the embedded workspace judges it (every rule looks backwards only).
    Panel judged = all.reindex(MonthRange.of(months.first(), s.asOf()));
    Evaluation evaluation =
        Assessor.of(set).evaluate(IndicatorCalculator.compute(judged, set.indicators()), data);
    Standings standings =
        Standings.of(evaluation, evaluation.recommendations(ledger), ledger, ledgerSources);

    MonthRange known = MonthRange.of(first, s.asOf());
    Panel base = all.reindex(known);
    YearMonth origin = s.asOf().plusMonths(1);
    FittedModel fitted =
        NegativeBinomialModel.standard().fit(History.before(base, s.variable(), origin));
    OutlookOptions options =
        OutlookOptions.of(s.horizon(), s.seed())
            .withPaths(s.paths())
            .withIndicatorLookback(s.lookback());
    Shipment shipment = new Shipment(builder, known, s.variable(), origin, fitted, options);
    JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    Broadcast<Shipment> shipped = jsc.broadcast(shipment);
    int n = Math.max(1, Math.min(ranges, s.paths()));
    List<Integer> parts = IntStream.range(0, n).boxed().toList();
    OutlookTally total =
        jsc.parallelize(parts, n)
            .map(part -> shipped.value().run(part, n))
            .treeReduce(OutlookTally::merge);
    shipped.destroy();
    OutlookResult result =
        shipment.outlook().result(base, s.variable(), origin, fitted, options, total);

    List<Row> rows = new ArrayList<>();
    for (List<Object> r : OutlookRows.rows(result, data, standings, s.asOf())) {
      rows.add(RowFactory.create(r.toArray()));
    }
    Dataset<Row> table = spark.createDataFrame(rows, schema()).coalesce(1);
    String written =
        ScaleJob.write(table, o, TABLE, standings.provenance(result.provenance(data)), spark);
    return new Ran(origin, s.horizon(), s.paths(), s.seed(), n, written);
  }

  /**
   * Refuses settings the data cannot serve before any work, as {@code handover outlook} does: an
   * unknown variable, a fit-from or as-of month outside the data.
   */
  static void check(Settings s, MonthRange months, List<Variable> regional) {
    if (regional.stream().noneMatch(v -> v.name().equals(s.variable()))) {
      throw new ScaleException(
          "no variable '"
              + s.variable()
              + "' to forecast (event variables: events, deaths_low, deaths_best, deaths_high)");
    }
    YearMonth first = s.fitFrom().orElse(months.first());
    if (!months.contains(first)) {
      throw new ScaleException("fit-from month " + first + " is outside the data (" + months + ")");
    }
    MonthRange used = MonthRange.of(first, months.last());
    if (!used.contains(s.asOf())) {
      throw new ScaleException(s.asOf() + " is outside the months forecasts use (" + used + ")");
    }
  }

  static StructType schema() {
    List<StructField> f = new ArrayList<>();
    for (String c : OutlookRows.COLUMNS) {
      f.add(DataTypes.createStructField(c, type(c), true));
    }
    return DataTypes.createStructType(f);
  }

  private static DataType type(String column) {
    return switch (column) {
      case "p_ready_by", "p_met_in" -> DataTypes.DoubleType;
      case "seed" -> DataTypes.LongType;
      case "paths" -> DataTypes.IntegerType;
      default -> BlockEvaluator.type(column);
    };
  }

  /**
   * What every task needs: the panel (as the driver built it), the months known, the fitted model
   * and the options. The panel and the outlook are rebuilt once per executor JVM.
   */
  static final class Shipment implements Serializable {
    private static final long serialVersionUID = 1L;

    private final PanelBuilder builder;
    private final String first;
    private final String last;
    private final String variable;
    private final String origin;
    private final FittedModel fitted;
    private final int horizon;
    private final int paths;
    private final long seed;
    private final int lookback;
    private transient Panel base;
    private transient Outlook outlook;

    Shipment(
        PanelBuilder builder,
        MonthRange known,
        String variable,
        YearMonth origin,
        FittedModel fitted,
        OutlookOptions options) {
      if (!(fitted instanceof Serializable)) {
        throw new IllegalArgumentException(
            fitted.modelName() + " cannot be shipped: not serializable");
      }
      this.builder = builder;
      this.first = known.first().toString();
      this.last = known.last().toString();
      this.variable = variable;
      this.origin = origin.toString();
      this.fitted = fitted;
      this.horizon = options.horizon();
      this.paths = options.paths();
      this.seed = options.seed();
      this.lookback = options.indicatorLookbackMonths();
    }

    private OutlookOptions options() {
      return OutlookOptions.of(horizon, seed).withPaths(paths).withIndicatorLookback(lookback);
    }

    synchronized Outlook outlook() {
      if (outlook == null) {
        BenchmarkSet set = builder.spec().benchmarkSet();
        outlook = Outlook.of(set, IndicatorCalculator.prepare(set.indicators()));
      }
      return outlook;
    }

    private synchronized Panel base() {
      if (base == null) {
        base =
            builder.build().reindex(MonthRange.of(YearMonth.parse(first), YearMonth.parse(last)));
      }
      return base;
    }

    /** The tally of range {@code part} of {@code parts}: paths part*N/parts .. (part+1)*N/parts. */
    OutlookTally run(int part, int parts) {
      int from = (int) ((long) part * paths / parts);
      int to = (int) ((long) (part + 1) * paths / parts);
      return outlook()
          .runPaths(base(), variable, YearMonth.parse(origin), fitted, options(), from, to);
    }
  }
}
