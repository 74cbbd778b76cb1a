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
    Map<String, BenchmarkSeries> series = new LinkedHashMap<>();
    for (Benchmark b : set.benchmarks().values()) {
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
    return new Evaluation(
        set, panel, withSetAndIllustrative(set, provenance, panel), series, cond, rank);
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
      Condition c, Map<String, BenchmarkSeries> series, int regions, int months) {
    List<Benchmark> bs = c.benchmarks();
    BenchmarkSeries[] parts =
        bs.stream().map(b -> series.get(b.id())).toArray(BenchmarkSeries[]::new);
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
        out[r][m] =
            met >= needed
                ? BenchmarkSeries.MET
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
}
