package org.handover.bench;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.handover.engine.benchmark.Benchmark;
import org.handover.engine.benchmark.BenchmarkSet;
import org.handover.engine.benchmark.Combination;
import org.handover.engine.benchmark.Comparison;
import org.handover.engine.benchmark.Condition;
import org.handover.engine.benchmark.IndicatorDefinition;
import org.handover.engine.benchmark.Stage;
import org.handover.engine.benchmark.Window;
import org.handover.engine.panel.Panel;
import org.handover.engine.panel.Variable;
import org.handover.engine.panel.VariableKind;
import org.handover.engine.theater.Neighbour;
import org.handover.engine.theater.Region;
import org.handover.engine.theater.RegionId;
import org.handover.engine.theater.Theater;
import org.handover.engine.time.MonthRange;

/**
 * A synthetic theater for benchmarks: a square grid of regions (rook neighbours), monthly deaths
 * from a persistent log-normal process, sparse force snapshots, and a benchmark set of a given size
 * over indicators like the Iraq set's. Deterministic given the seed.
 */
public final class GeneratedTheater {
  public final Theater theater;
  public final Panel base;
  public final BenchmarkSet set;

  private GeneratedTheater(Theater theater, Panel base, BenchmarkSet set) {
    this.theater = theater;
    this.base = base;
    this.set = set;
  }

  public static GeneratedTheater of(int regions, int months, int benchmarks, long seed) {
    SplittableRandom rnd = new SplittableRandom(seed);
    int side = (int) Math.ceil(Math.sqrt(regions));
    List<Region> rs = new ArrayList<>();
    for (int i = 0; i < regions; i++) {
      rs.add(
          Region.named(String.format("R%05d", i)).withPopulation(50_000 + rnd.nextInt(2_000_000)));
    }
    List<Neighbour> ns = new ArrayList<>();
    for (int i = 0; i < regions; i++) {
      if ((i + 1) % side != 0 && i + 1 < regions) {
        ns.add(new Neighbour(rs.get(i).id(), rs.get(i + 1).id(), 10));
      }
      if (i + side < regions) {
        ns.add(new Neighbour(rs.get(i).id(), rs.get(i + side).id(), 10));
      }
    }
    Theater t = Theater.of("generated", rs, ns);
    MonthRange range =
        MonthRange.of(YearMonth.of(2000, 1), YearMonth.of(2000, 1).plusMonths(months - 1));
    double[][] deaths = new double[regions][months];
    double[][] forces = new double[regions][months];
    double[] population = new double[regions];
    for (int r = 0; r < regions; r++) {
      population[r] = t.regions().get(r).population();
      double level = rnd.nextDouble(-1, 4);
      for (int m = 0; m < months; m++) {
        level = 0.95 * level + 0.05 * 1.5 + rnd.nextGaussian() * 0.3;
        deaths[r][m] = Math.floor(Math.exp(level + rnd.nextGaussian() * 0.5));
        forces[r][m] = m % 6 == 0 ? population[r] * (0.002 + 0.02 * m / months) : Double.NaN;
      }
    }
    Panel p =
        Panel.empty(t, range)
            .with(Variable.real("deaths_best", VariableKind.EVENT, "generated"), deaths)
            .with(
                Variable.illustrative(
                    "local_force_personnel", VariableKind.MEASUREMENT, "generated"),
                forces)
            .withAttribute(
                Variable.real("population", VariableKind.ATTRIBUTE, "generated"), population);
    return new GeneratedTheater(t, p, benchmarkSet(benchmarks));
  }

  /**
   * {@code n} benchmarks spread over four conditions and a five-stage ladder, over six indicators.
   */
  static BenchmarkSet benchmarkSet(int n) {
    List<IndicatorDefinition> indicators =
        List.of(
            new IndicatorDefinition("rate", "per_capita(deaths_best, 100000)", "", ""),
            new IndicatorDefinition("rate_3m", "rolling_mean(rate, 3)", "", ""),
            new IndicatorDefinition("rate_12m", "rolling_mean(rate, 12, 10)", "", ""),
            new IndicatorDefinition("trend_6m", "slope(rate, 6)", "", ""),
            new IndicatorDefinition(
                "forces_per_1000",
                "1000 * carry_forward(local_force_personnel, 12) / population",
                "",
                ""),
            new IndicatorDefinition("neighbour_rate", "neighbour_mean(rate_3m)", "", ""));
    String[] names = {
      "rate", "rate_3m", "rate_12m", "trend_6m", "forces_per_1000", "neighbour_rate"
    };
    List<List<Benchmark>> groups =
        List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
    for (int i = 0; i < n; i++) {
      String ind = names[i % names.length];
      boolean upper = ind.equals("forces_per_1000");
      Benchmark b =
          new Benchmark(
              "b" + i,
              ind,
              upper ? Comparison.GREATER_OR_EQUAL : Comparison.LESS_OR_EQUAL,
              upper ? 2 + i % 5 : 1 + i % 7,
              i % 3 == 0 ? Window.of(3, Window.Aggregate.MEAN) : Window.lastMonth(),
              1 + i % 4,
              1,
              "",
              "generated");
      groups.get(i % 4).add(b);
    }
    List<Condition> conditions = new ArrayList<>();
    for (int c = 0; c < 4; c++) {
      Combination comb =
          c == 3 && groups.get(c).size() > 1
              ? new Combination.KOfN(groups.get(c).size() - 1)
              : Combination.allOf();
      conditions.add(new Condition("c" + c, "", comb, groups.get(c), ""));
    }
    List<Stage> stages =
        List.of(
            new Stage("FOREIGN_LEAD", "", List.of()),
            new Stage("JOINT", "", List.of("c0")),
            new Stage("LOCAL_LEAD", "", List.of("c1")),
            new Stage("LOCAL_CONTROL", "", List.of("c2")),
            new Stage("SELF_RELIANT", "", List.of("c3")));
    String description =
        "GENERATED illustrative benchmark set, not real: "
            + n
            + " benchmarks over six indicators, four conditions and five stages, for the scale-out"
            + " benchmarks (bench/GeneratedTheater); its thresholds judge generated data only.";
    return new BenchmarkSet("generated", "1", description, indicators, conditions, stages, "");
  }

  public RegionId region(int i) {
    return theater.regions().get(i).id();
  }
}
