package org.handover.engine.forecast.evaluation;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.handover.engine.forecast.Convergence;
import org.handover.engine.forecast.FittedModel;
import org.handover.engine.forecast.ForecastModel;
import org.handover.engine.forecast.History;
import org.handover.engine.forecast.Parameter;
import org.handover.engine.forecast.PathSampler;
import org.handover.engine.forecast.Seeds;
import org.hipparchus.random.RandomGenerator;

/**
 * Naive forecasters a model must beat. The first three are the point baselines the project's
 * backtest requires; their CRPS is their absolute error. {@link #empirical} is a probabilistic
 * naive forecast, reported as an extra, harder reference.
 */
public final class Baselines {
  private Baselines() {}

  /** Zero, no-change and rolling 12-month mean. */
  public static List<ForecastModel> standard() {
    return List.of(zero(), noChange(), rollingMean(12));
  }

  /** Nothing happens: 0 in every region and month. */
  public static ForecastModel zero() {
    return new Point("zero", h -> new double[h.regionCount()]);
  }

  /** Every future month equals the last month with data. */
  public static ForecastModel noChange() {
    return new Point(
        "no-change",
        h -> {
          double[] out = new double[h.regionCount()];
          for (int r = 0; r < out.length; r++) {
            out[r] = lastAvailable(h.values()[r]);
          }
          return out;
        });
  }

  /** Every future month equals the mean of the last {@code months} months with data. */
  public static ForecastModel rollingMean(int months) {
    requirePositive(months);
    return new Point(
        "rolling-mean-" + months,
        h -> {
          double[] out = new double[h.regionCount()];
          for (int r = 0; r < out.length; r++) {
            out[r] = meanOfLast(h.values()[r], months);
          }
          return out;
        });
  }

  /**
   * Each future month is drawn at random from the region's last {@code months} months with data:
   * the recent past as a predictive distribution.
   */
  public static ForecastModel empirical(int months) {
    requirePositive(months);
    return new Empirical("empirical-" + months, months);
  }

  private static void requirePositive(int months) {
    if (months < 1) {
      throw new IllegalArgumentException("a window needs at least one month, not " + months);
    }
  }

  /** Mean of the non-missing values among the last {@code months} of {@code row}; NaN when none. */
  private static double meanOfLast(double[] row, int months) {
    double sum = 0;
    int n = 0;
    for (int k = Math.max(0, row.length - months); k < row.length; k++) {
      double x = row[k];
      if (!Double.isNaN(x)) {
        sum += x;
        n++;
      }
    }
    return n == 0 ? Double.NaN : sum / n;
  }

  private static double lastAvailable(double[] row) {
    for (int m = row.length - 1; m >= 0; m--) {
      if (!Double.isNaN(row[m])) {
        return row[m];
      }
    }
    return Double.NaN;
  }

  /**
   * A baseline without parameters: the "fit" is the rule itself, applied to the history it
   * forecasts from.
   */
  private abstract static class Rule implements ForecastModel, FittedModel {
    private final String name;

    Rule(String name) {
      this.name = name;
    }

    @Override
    public String name() {
      return name;
    }

    @Override
    public String modelName() {
      return name;
    }

    @Override
    public FittedModel fit(History history, Optional<FittedModel> warmStart) {
      return this;
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
      return Convergence.notIterative("rule, nothing to fit");
    }
  }

  private static final class Point extends Rule {
    private final Function<History, double[]> rule;

    Point(String name, Function<History, double[]> rule) {
      super(name);
      this.rule = rule;
    }

    @Override
    public boolean probabilistic() {
      return false;
    }

    @Override
    public PathSampler sampler(History from, int horizon) {
      double[] point = rule.apply(from);
      return PathSampler.of(
          point.length,
          horizon,
          () ->
              (seed, path, out) -> {
                for (int r = 0; r < point.length; r++) {
                  Arrays.fill(out[r], point[r]);
                }
              });
    }
  }

  private static final class Empirical extends Rule {
    private final int months;

    Empirical(String name, int months) {
      super(name);
      this.months = months;
    }

    @Override
    public boolean probabilistic() {
      return true;
    }

    @Override
    public PathSampler sampler(History from, int horizon) {
      double[][] pool = new double[from.regionCount()][];
      for (int r = 0; r < pool.length; r++) {
        double[] row = from.values()[r];
        pool[r] =
            Arrays.stream(row, Math.max(0, row.length - months), row.length)
                .filter(v -> !Double.isNaN(v))
                .toArray();
      }
      return PathSampler.of(
          pool.length,
          horizon,
          () ->
              (seed, path, out) -> {
                RandomGenerator rng = Seeds.generator(seed, path);
                for (int s = 0; s < horizon; s++) {
                  for (int r = 0; r < pool.length; r++) {
                    out[r][s] =
                        pool[r].length == 0 ? Double.NaN : pool[r][rng.nextInt(pool[r].length)];
                  }
                }
              });
    }
  }
}
