package org.handover.engine.outlook;

import java.util.Arrays;
import java.util.List;
import java.util.function.UnaryOperator;
import org.handover.engine.benchmark.Benchmark;
import org.handover.engine.benchmark.BenchmarkSet;
import org.handover.engine.benchmark.Combination;
import org.handover.engine.benchmark.Comparison;
import org.handover.engine.benchmark.Condition;
import org.handover.engine.benchmark.IndicatorDefinition;
import org.handover.engine.benchmark.Stage;
import org.handover.engine.benchmark.StageHysteresis;
import org.handover.engine.forecast.Convergence;
import org.handover.engine.forecast.FittedModel;
import org.handover.engine.forecast.History;
import org.handover.engine.forecast.Parameter;
import org.handover.engine.forecast.PathSampler;
import org.handover.engine.panel.Panel;
import org.handover.engine.panel.Variable;
import org.handover.engine.panel.VariableKind;

/**
 * A small benchmark set, an inline indicator (3-month rolling mean) and a scripted forecast model.
 */
final class OutlookFixtures {
  private OutlookFixtures() {}

  /**
   * Threat: 3-month mean deaths at most {@code threshold}, held 2 months. Forces: trained share at
   * least 0.5. Every stage has promote_after 1, so a region is ready in the first month its
   * conditions are met.
   */
  static BenchmarkSet set(double threshold) {
    return set(threshold, 1);
  }

  /** {@link #set(double)} with {@code promoteAfter} for every stage. */
  static BenchmarkSet set(double threshold, int promoteAfter) {
    Condition threat =
        new Condition(
            "threat",
            "Threat",
            Combination.allOf(),
            List.of(
                Benchmark.of("deaths-low", "deaths_3m", Comparison.LESS_OR_EQUAL, threshold)
                    .heldFor(2)),
            "");
    Condition forces =
        new Condition(
            "forces",
            "Local forces",
            Combination.allOf(),
            List.of(Benchmark.of("trained", "trained", Comparison.GREATER_OR_EQUAL, 0.5)),
            "");
    return new BenchmarkSet(
        "test-set",
        "1",
        "",
        List.of(new IndicatorDefinition("deaths_3m", "rolling_mean(deaths, 3)", "", "deaths")),
        List.of(threat, forces),
        List.of(
            stage("FOREIGN_LEAD", List.of(), promoteAfter),
            stage("JOINT", List.of("threat"), promoteAfter),
            stage("LOCAL_LEAD", List.of("threat", "forces"), promoteAfter)),
        "abc");
  }

  private static Stage stage(String id, List<String> requires, int promoteAfter) {
    return new Stage(id, "", requires, StageHysteresis.of(id, promoteAfter, 2, 6, "test"));
  }

  /** Adds {@code deaths_3m}: the mean of the available months among the last three. */
  static UnaryOperator<Panel> rollingMean(String source, String target) {
    return panel -> {
      double[][] v = panel.values(source);
      double[][] out = new double[v.length][v[0].length];
      for (int r = 0; r < v.length; r++) {
        for (int m = 0; m < v[r].length; m++) {
          double sum = 0;
          int n = 0;
          for (int k = Math.max(0, m - 2); k <= m; k++) {
            if (!Double.isNaN(v[r][k])) {
              sum += v[r][k];
              n++;
            }
          }
          out[r][m] = n == 0 ? Double.NaN : sum / n;
        }
      }
      return panel.with(
          Variable.real(target, VariableKind.INDICATOR, "3-month mean of " + source), out);
    };
  }

  /** Even paths: no deaths anywhere; odd paths: {@code high} every month. */
  static FittedModel scripted(double high) {
    return new FittedModel() {
      @Override
      public String modelName() {
        return "scripted";
      }

      @Override
      public List<Parameter> parameters() {
        return List.of();
      }

      @Override
      public double logLikelihood() {
        return Double.NaN;
      }

      @Override
      public int observations() {
        return 0;
      }

      @Override
      public Convergence convergence() {
        return Convergence.notIterative("scripted");
      }

      @Override
      public boolean probabilistic() {
        return true;
      }

      @Override
      public PathSampler sampler(History from, int horizon) {
        int regions = from.regionCount();
        return PathSampler.of(
            regions,
            horizon,
            () ->
                (seed, path, out) -> {
                  for (double[] row : out) {
                    Arrays.fill(row, path % 2 == 0 ? 0 : high);
                  }
                });
      }
    };
  }
}
