package org.handover.spark;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import org.apache.spark.api.java.function.FlatMapGroupsFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.handover.engine.assessment.Assessor;
import org.handover.engine.assessment.Evaluation;
import org.handover.engine.benchmark.BenchmarkSet;
import org.handover.engine.decision.Ledger;
import org.handover.engine.indicator.IndicatorCalculator;
import org.handover.engine.panel.Panel;
import org.handover.engine.provenance.Provenance;
import org.handover.engine.theater.Region;
import org.handover.engine.theater.Theater;
import org.handover.engine.time.MonthRange;
import org.handover.io.export.AssessmentExport;
import org.handover.io.export.RecommendationHistoryExport;
import org.handover.io.export.Standings;

/**
 * One block of regions on an executor: its cells (own regions and halo) laid into the engine's
 * panel, the indicators computed, the benchmark set evaluated and the recommendations drawn by the
 * engine's own code, exactly as on one machine; out come the rows of its own regions, month by
 * month (nothing of a whole block's assessment is held at once).
 *
 * <p>Each output row is {@link #SCHEMA}: {@code kind} 0 for an assessment row ({@code handover
 * export}'s assessment-history columns), 1 for a recommendation-history row, with the month's
 * offset, the region's index and the row's place within them for ordering.
 */
final class BlockEvaluator implements FlatMapGroupsFunction<Integer, Row, Row> {
  private static final long serialVersionUID = 1L;

  static final StructType SCHEMA = schema();

  private final Broadcast<JobSpec> spec;
  private final int blockCount;
  private final int hops;
  private final boolean assessmentRows;

  /**
   * @param assessmentRows false when only the recommendation history is wanted: the assessment rows
   *     (one per region, month and benchmark) are then not made at all
   */
  BlockEvaluator(Broadcast<JobSpec> spec, int blockCount, int hops, boolean assessmentRows) {
    this.spec = spec;
    this.blockCount = blockCount;
    this.hops = hops;
    this.assessmentRows = assessmentRows;
  }

  private static StructType schema() {
    List<StructField> f = new ArrayList<>();
    f.add(DataTypes.createStructField("kind", DataTypes.IntegerType, false));
    f.add(DataTypes.createStructField("mo", DataTypes.IntegerType, false));
    f.add(DataTypes.createStructField("ri", DataTypes.IntegerType, false));
    f.add(DataTypes.createStructField("seq", DataTypes.IntegerType, false));
    List<String> all = new ArrayList<>(AssessmentExport.COLUMNS);
    all.addAll(AssessmentExport.STANDING_COLUMNS);
    for (String c : all) {
      f.add(DataTypes.createStructField(c, type(c), true));
    }
    return DataTypes.createStructType(f);
  }

  /** The type of an export column, as the store's export writes it. */
  static org.apache.spark.sql.types.DataType type(String column) {
    return switch (column) {
      case "value", "threshold", "margin" -> DataTypes.DoubleType;
      case "months_held", "held_for", "recommendation_months" -> DataTypes.IntegerType;
      case "illustrative" -> DataTypes.BooleanType;
      default -> DataTypes.StringType;
    };
  }

  /** The columns of the recommendation history that the unified rows carry. */
  static List<String> recommendationColumns() {
    List<String> out = new ArrayList<>(RecommendationHistoryExport.COLUMNS);
    out.remove("illustrative_inputs");
    return out;
  }

  @Override
  public Iterator<Row> call(Integer block, Iterator<Row> cells) {
    JobSpec s = spec.value();
    Blocks blocks = new Blocks(adjacency(s), blockCount, hops);
    int[] members = blocks.members(block);
    PanelBuilder builder = new PanelBuilder(s, members);
    while (cells.hasNext()) {
      Row c = cells.next(); // block, region, variable, m, value; an empty row has no region
      if (!c.isNullAt(1) && !c.isNullAt(2)) {
        builder.add(
            c.getString(1), c.getString(2), c.getInt(3), c.isNullAt(4) ? null : c.getDouble(4));
      }
    }
    Panel panel = builder.build();
    Theater theater = panel.theater();
    MonthRange months = panel.months();
    BenchmarkSet set = s.benchmarkSet();
    Panel computed = IndicatorCalculator.compute(panel, set.indicators());
    Evaluation evaluation = Assessor.of(set).evaluate(computed, Provenance.of(List.of()));
    Ledger ledger = s.ledger(theater);
    Standings standings =
        Standings.of(evaluation, evaluation.recommendations(ledger), ledger, List.of());
    Map<String, Integer> global = new HashMap<>();
    for (int m : members) {
      if (blocks.owner(m) == block) {
        global.put(s.regions[m], m);
      }
    }
    return new MonthRows(evaluation, standings, months, theater, global, assessmentRows);
  }

  private static int[][] adjacency(JobSpec s) {
    List<List<Integer>> lists = new ArrayList<>();
    for (int i = 0; i < s.regions.length; i++) {
      lists.add(new ArrayList<>());
    }
    for (int k = 0; k < s.neighbourA.length; k++) {
      lists.get(s.neighbourA[k]).add(s.neighbourB[k]);
      lists.get(s.neighbourB[k]).add(s.neighbourA[k]);
    }
    int[][] adj = new int[lists.size()][];
    for (int i = 0; i < adj.length; i++) {
      adj[i] = lists.get(i).stream().mapToInt(Integer::intValue).sorted().distinct().toArray();
    }
    return adj;
  }

  /** The block's own rows, one month at a time. */
  private static final class MonthRows implements Iterator<Row> {
    private final Evaluation evaluation;
    private final Standings standings;
    private final MonthRange months;
    private final Theater theater;
    private final Map<String, Integer> own;
    private final boolean assessmentRows;
    private int month;
    private Iterator<Row> current = Collections.emptyIterator();

    MonthRows(
        Evaluation evaluation,
        Standings standings,
        MonthRange months,
        Theater theater,
        Map<String, Integer> own,
        boolean assessmentRows) {
      this.assessmentRows = assessmentRows;
      this.evaluation = evaluation;
      this.standings = standings;
      this.months = months;
      this.theater = theater;
      this.own = own;
    }

    @Override
    public boolean hasNext() {
      while (!current.hasNext() && month < months.length()) {
        current = rows(month++).iterator();
      }
      return current.hasNext();
    }

    @Override
    public Row next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      return current.next();
    }

    private List<Row> rows(int mo) {
      YearMonth ym = months.monthAt(mo);
      List<Row> out = new ArrayList<>();
      Map<String, Integer> seq = new HashMap<>();
      int width = AssessmentExport.COLUMNS.size() + AssessmentExport.STANDING_COLUMNS.size();
      List<List<Object>> assessed =
          assessmentRows ? AssessmentExport.rows(evaluation.assessment(ym), standings) : List.of();
      for (List<Object> cells : assessed) {
        String region = (String) cells.get(0);
        Integer ri = own.get(region);
        if (ri == null) {
          continue; // a halo region: another block owns its rows
        }
        Object[] row = new Object[4 + width];
        row[0] = 0;
        row[1] = mo;
        row[2] = ri;
        row[3] = seq.merge(region, 1, Integer::sum);
        for (int i = 0; i < width; i++) {
          row[4 + i] = cells.get(i);
        }
        out.add(RowFactory.create(row));
      }
      for (Region r : theater.regions()) {
        Integer ri = own.get(r.name());
        if (ri == null) {
          continue;
        }
        List<Object> standing = AssessmentExport.standingCells(standings.at(r.id(), ym));
        Object[] row = new Object[4 + width];
        row[0] = 1;
        row[1] = mo;
        row[2] = ri;
        row[3] = 0;
        row[4] = r.name();
        row[5] = ym.toString();
        for (int i = 0; i < standing.size(); i++) {
          row[4 + AssessmentExport.COLUMNS.size() + i] = standing.get(i);
        }
        out.add(RowFactory.create(row));
      }
      return out;
    }
  }
}
