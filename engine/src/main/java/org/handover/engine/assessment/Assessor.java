package org.handover.engine.assessment;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.handover.engine.benchmark.Benchmark;
import org.handover.engine.benchmark.BenchmarkSet;
import org.handover.engine.benchmark.Condition;
import org.handover.engine.benchmark.Stage;
import org.handover.engine.panel.Panel;
import org.handover.engine.panel.Variable;
import org.handover.engine.provenance.Provenance;

/**
 * Judges every region against a benchmark set: a pure function of (panel with indicator columns,
 * benchmark set). Evaluates all regions and months at once into one {@link Evaluation}, which every
 * answer (a month's assessment, the stage history, stage changes, recommendations) is read from.
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

  /**
   * Evaluates every benchmark, condition and stage over all regions and months of {@code panel}.
   *
   * @param provenance of the data; the evaluation's adds the benchmark set and its illustrative
   *     inputs
   * @throws IllegalArgumentException if a benchmark reads an indicator the panel does not have
   */
  public Evaluation evaluate(Panel panel, Provenance provenance) {
    Map<String, BenchmarkSeries> series = series(panel);
    int regions = panel.regionCount();
    int months = panel.monthCount();
    List<Condition> conditions = set.conditions();
    byte[][][] cond = new byte[conditions.size()][][];
    Map<String, byte[][]> status = new LinkedHashMap<>();
    series.forEach((id, s) -> status.put(id, s.status));
    for (int c = 0; c < conditions.size(); c++) {
      cond[c] = combine(conditions.get(c), status, regions, 0, months);
    }
    int[][] rank = stageRanks(cond, regions, 0, months);
    return new Evaluation(
        set, panel, withSetAndIllustrative(set, provenance, panel), series, cond, rank);
  }

  /**
   * The met ranks of {@link Evaluation#metRanks} for the months from {@code from} on, for a caller
   * that knows the earlier ones already (a sample path shares its history with every other): the
   * earlier months are left at 0, nothing else is kept.
   *
   * @throws IllegalArgumentException as {@link #evaluate}
   */
  public int[][] metRanksFrom(Panel panel, int from) {
    // Only the statuses from the month on, each computed from the months it reads.
    Map<String, byte[][]> status = new LinkedHashMap<>();
    for (Benchmark b : set.benchmarks().values()) {
      status.put(b.id(), BenchmarkSeries.statusFrom(b, indicator(panel, b), from));
    }
    int regions = panel.regionCount();
    int months = panel.monthCount();
    List<Condition> conditions = set.conditions();
    byte[][][] cond = new byte[conditions.size()][][];
    for (int c = 0; c < conditions.size(); c++) {
      cond[c] = combine(conditions.get(c), status, regions, from, months);
    }
    return stageRanks(cond, regions, from, months);
  }

  private Map<String, BenchmarkSeries> series(Panel panel) {
    Map<String, BenchmarkSeries> series = new LinkedHashMap<>();
    for (Benchmark b : set.benchmarks().values()) {
      series.put(b.id(), BenchmarkSeries.evaluate(b, indicator(panel, b)));
    }
    return series;
  }

  private double[][] indicator(Panel panel, Benchmark b) {
    if (!panel.has(b.indicator())) {
      throw new IllegalArgumentException(
          "benchmark "
              + b.id()
              + " uses indicator '"
              + b.indicator()
              + "', which is neither defined in benchmark set "
              + set.name()
              + " nor in the data");
    }
    return panel.values(b.indicator());
  }

  static Provenance withSetAndIllustrative(BenchmarkSet set, Provenance p, Panel panel) {
    List<String> illustrative = new ArrayList<>();
    for (Benchmark b : set.benchmarks().values()) {
      panel
          .variable(b.indicator())
          .filter(Variable::illustrative)
          .ifPresent(v -> illustrative.add(v.name()));
    }
    return p.withBenchmarkSet(set.name(), set.version(), set.sha256())
        .withIllustrative(illustrative);
  }

  private static byte[][] combine(
      Condition c, Map<String, byte[][]> statuses, int regions, int from, int months) {
    List<Benchmark> bs = c.benchmarks();
    byte[][][] status = new byte[bs.size()][][];
    double[] weight = new double[bs.size()];
    double total = 0;
    for (int i = 0; i < bs.size(); i++) {
      status[i] = statuses.get(bs.get(i).id());
      weight[i] = c.combination().weight(bs.get(i));
      total += weight[i];
    }
    // The same sums in the same order as cell by cell, with the weights looked up once.
    double needed = c.combination().needed(total);
    byte[][] out = new byte[regions][months];
    for (int r = 0; r < regions; r++) {
      for (int m = from; m < months; m++) {
        double met = 0;
        double unknown = 0;
        for (int i = 0; i < status.length; i++) {
          byte s = status[i][r][m];
          if (s == BenchmarkSeries.MET) {
            met += weight[i];
          } else if (s == BenchmarkSeries.NO_DATA) {
            unknown += weight[i];
          }
        }
        out[r][m] =
            met >= needed
                ? BenchmarkSeries.MET
                : met + unknown >= needed ? BenchmarkSeries.NO_DATA : BenchmarkSeries.NOT_MET;
      }
    }
    return out;
  }

  private int[][] stageRanks(byte[][][] cond, int regions, int from, int months) {
    List<Stage> stages = set.stages();
    int[][] requires = new int[stages.size()][];
    for (int s = 0; s < stages.size(); s++) {
      requires[s] = stages.get(s).requires().stream().mapToInt(set::conditionIndex).toArray();
    }
    int[][] rank = new int[regions][months];
    for (int r = 0; r < regions; r++) {
      for (int m = from; m < months; m++) {
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
}
