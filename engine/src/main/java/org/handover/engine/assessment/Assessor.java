package org.handover.engine.assessment;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.handover.engine.benchmark.Benchmark;
import org.handover.engine.benchmark.BenchmarkSet;
import org.handover.engine.benchmark.Condition;
import org.handover.engine.benchmark.Stage;
import org.handover.engine.panel.Panel;
import org.handover.engine.panel.Variable;
import org.handover.engine.provenance.Provenance;
import org.handover.engine.theater.Region;

/**
 * Judges every region against a benchmark set: a pure function of (panel with indicator columns,
 * benchmark set, month). Evaluates all regions and months at once, so a full history costs little
 * more than one month.
 */
public final class Assessor {
  private final BenchmarkSet set;

  private Assessor(BenchmarkSet set) {
    this.set = set;
  }

  public static Assessor of(BenchmarkSet set) {
    return new Assessor(set);
  }

  public BenchmarkSet benchmarkSet() {
    return set;
  }

  /** The assessment of every region as of {@code asOf}, with explanations. */
  public Assessment assess(Panel panel, YearMonth asOf, Provenance provenance) {
    return assessMonths(panel, List.of(asOf), provenance).get(asOf);
  }

  /**
   * The assessments of several months from one evaluation of the panel (every month is evaluated
   * anyway), in the order given.
   */
  public Map<YearMonth, Assessment> assessMonths(Panel panel, Collection<YearMonth> months,
      Provenance provenance) {
    for (YearMonth asOf : months) {
      if (!panel.months().contains(asOf)) {
        throw new IllegalArgumentException("as-of month " + asOf + " is outside the data (" + panel.months() + ")");
      }
    }
    Evaluation ev = evaluate(panel);
    Provenance p = withSetAndIllustrative(provenance, panel);
    List<Region> regions = panel.theater().regions();
    Map<YearMonth, Assessment> out = new LinkedHashMap<>();
    for (YearMonth asOf : months) {
      int m = panel.months().offsetOf(asOf);
      List<RegionAssessment> rs = new ArrayList<>();
      for (int r = 0; r < regions.size(); r++) {
        rs.add(regionAssessment(ev, regions.get(r), r, m, asOf));
      }
      out.put(asOf, new Assessment(asOf, rs, p));
    }
    return out;
  }

  /** The stage of every region in every month of the panel. */
  public StageHistory history(Panel panel, Provenance provenance) {
    Evaluation ev = evaluate(panel);
    return new StageHistory(panel.theater(), panel.months(), set.stages(), ev.stageRank,
        withSetAndIllustrative(provenance, panel));
  }

  /** Only the stage ranks, {@code [region][month]}: the fast path for outlooks over many sample paths. */
  public int[][] stageRanks(Panel panel) {
    return evaluate(panel).stageRank;
  }

  /** Which conditions are met, {@code [condition][region][month]} in benchmark-set order, for outlooks. */
  public boolean[][][] conditionsMet(Panel panel) {
    byte[][][] status = evaluate(panel).conditionStatus;
    boolean[][][] met = new boolean[status.length][][];
    for (int c = 0; c < status.length; c++) {
      met[c] = new boolean[status[c].length][];
      for (int r = 0; r < status[c].length; r++) {
        byte[] row = status[c][r];
        boolean[] out = new boolean[row.length];
        for (int m = 0; m < row.length; m++) {
          out[m] = row[m] == BenchmarkSeries.MET;
        }
        met[c][r] = out;
      }
    }
    return met;
  }

  private Provenance withSetAndIllustrative(Provenance p, Panel panel) {
    List<String> illustrative = new ArrayList<>();
    for (Benchmark b : set.benchmarks().values()) {
      panel.variable(b.indicator()).filter(Variable::illustrative).ifPresent(v -> illustrative.add(v.name()));
    }
    return p.withBenchmarkSet(set.name(), set.version(), set.sha256()).withIllustrative(illustrative);
  }

  private record Evaluation(
      Panel panel, Map<String, BenchmarkSeries> benchmarks, byte[][][] conditionStatus, int[][] stageRank) {}

  private Evaluation evaluate(Panel panel) {
    Map<String, BenchmarkSeries> series = new LinkedHashMap<>();
    for (Benchmark b : set.benchmarks().values()) {
      if (!panel.has(b.indicator())) {
        throw new IllegalArgumentException("benchmark " + b.id() + " uses indicator '" + b.indicator()
            + "', which is neither defined in benchmark set " + set.name() + " nor in the data");
      }
      series.put(b.id(), BenchmarkSeries.evaluate(b, panel.values(b.indicator())));
    }
    int regions = panel.regionCount();
    int months = panel.monthCount();
    List<Condition> conditions = set.conditions();
    byte[][][] cond = new byte[conditions.size()][][];
    for (int c = 0; c < conditions.size(); c++) {
      cond[c] = combine(conditions.get(c), series, regions, months);
    }
    int[][] rank = stageRanks(cond, regions, months);
    return new Evaluation(panel, series, cond, rank);
  }

  private static byte[][] combine(Condition c, Map<String, BenchmarkSeries> series, int regions, int months) {
    List<Benchmark> bs = c.benchmarks();
    BenchmarkSeries[] parts = bs.stream().map(b -> series.get(b.id())).toArray(BenchmarkSeries[]::new);
    byte[][] out = new byte[regions][months];
    for (int r = 0; r < regions; r++) {
      for (int m = 0; m < months; m++) {
        double met = 0;
        double unknown = 0;
        double total = 0;
        for (BenchmarkSeries p : parts) {
          double w = c.combination().weight(p.benchmark);
          total += w;
          byte s = p.status[r][m];
          if (s == BenchmarkSeries.MET) {
            met += w;
          } else if (s == BenchmarkSeries.NO_DATA) {
            unknown += w;
          }
        }
        double needed = c.combination().needed(total);
        out[r][m] = met >= needed ? BenchmarkSeries.MET
            : met + unknown >= needed ? BenchmarkSeries.NO_DATA : BenchmarkSeries.NOT_MET;
      }
    }
    return out;
  }

  private int[][] stageRanks(byte[][][] cond, int regions, int months) {
    List<Stage> stages = set.stages();
    int[][] requires = new int[stages.size()][];
    for (int s = 0; s < stages.size(); s++) {
      requires[s] = stages.get(s).requires().stream().mapToInt(set::conditionIndex).toArray();
    }
    int[][] rank = new int[regions][months];
    for (int r = 0; r < regions; r++) {
      for (int m = 0; m < months; m++) {
        int s = 0;
        while (s + 1 < stages.size() && allMet(cond, requires[s + 1], r, m)) {
          s++;
        }
        rank[r][m] = s;
      }
    }
    return rank;
  }

  private static boolean allMet(byte[][][] cond, int[] required, int r, int m) {
    for (int c : required) {
      if (cond[c][r][m] != BenchmarkSeries.MET) {
        return false;
      }
    }
    return true;
  }

  private RegionAssessment regionAssessment(Evaluation ev, Region region, int r, int m, YearMonth month) {
    List<ConditionVerdict> verdicts = new ArrayList<>();
    List<Condition> conditions = set.conditions();
    for (int c = 0; c < conditions.size(); c++) {
      Condition condition = conditions.get(c);
      List<BenchmarkVerdict> bv = new ArrayList<>();
      for (Benchmark b : condition.benchmarks()) {
        bv.add(benchmarkVerdict(ev, b, r, m));
      }
      Status status = BenchmarkSeries.status(ev.conditionStatus[c][r][m]);
      verdicts.add(new ConditionVerdict(condition, status, bv, Explanations.condition(condition, status, bv)));
    }
    int rank = ev.stageRank[r][m];
    Stage stage = set.stages().get(rank);
    Optional<Stage> next = rank + 1 < set.stages().size() ? Optional.of(set.stages().get(rank + 1)) : Optional.empty();
    List<String> blocked = new ArrayList<>();
    next.ifPresent(n -> n.requires().stream()
        .filter(id -> ev.conditionStatus[set.conditionIndex(id)][r][m] != BenchmarkSeries.MET)
        .forEach(blocked::add));
    String explanation = Explanations.region(stage, next, blocked, verdicts);
    return new RegionAssessment(region.id(), month, stage, rank, next, blocked, verdicts, explanation);
  }

  private static BenchmarkVerdict benchmarkVerdict(Evaluation ev, Benchmark b, int r, int m) {
    BenchmarkSeries s = ev.benchmarks.get(b.id());
    boolean illustrative = ev.panel.variable(b.indicator()).map(Variable::illustrative).orElse(false);
    double value = s.value[r][m];
    int held = s.held[r][m];
    Status status = BenchmarkSeries.status(s.status[r][m]);
    return new BenchmarkVerdict(b, value, held, status, illustrative, Explanations.benchmark(b, value, held, status,
        illustrative, ev.panel.months().monthAt(m)));
  }
}
