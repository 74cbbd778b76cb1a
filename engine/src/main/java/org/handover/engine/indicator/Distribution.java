package org.handover.engine.indicator;

import java.util.Arrays;
import java.util.List;

/**
 * How the values of an expression are spread: count, mean and quantiles of the cells with a value,
 * and the number of cells with none (NaN, or infinite as after a division by zero), so thresholds
 * can be chosen from the data and justified.
 *
 * <p>Quantiles are R's type 7 (its default, also NumPy's "linear"): for the sorted values {@code
 * x[0..n-1]} and probability p, {@code h = (n - 1) p} and the quantile is {@code x[floor(h)] + (h -
 * floor(h)) (x[floor(h) + 1] - x[floor(h)])}; so the 0 and 1 quantiles are the minimum and maximum.
 *
 * @param quantiles one per {@link #PROBABILITIES}, NaN when no cell has a value
 * @param mean NaN when no cell has a value
 */
public record Distribution(int count, int noData, double mean, List<Double> quantiles) {
  /** The probabilities reported: min, 5, 10, 25, 50, 75, 90, 95 % and max. */
  public static final List<Double> PROBABILITIES =
      List.of(0.0, 0.05, 0.10, 0.25, 0.50, 0.75, 0.90, 0.95, 1.0);

  public Distribution {
    quantiles = List.copyOf(quantiles);
  }

  /** The distribution of {@code cells}; non-finite cells count as no data. */
  public static Distribution of(double[] cells) {
    double[] x = Arrays.stream(cells).filter(Double::isFinite).sorted().toArray();
    int noData = cells.length - x.length;
    if (x.length == 0) {
      return new Distribution(
          0, noData, Double.NaN, PROBABILITIES.stream().map(p -> Double.NaN).toList());
    }
    double sum = 0;
    for (double v : x) {
      sum += v;
    }
    return new Distribution(
        x.length, noData, sum / x.length, PROBABILITIES.stream().map(p -> quantile(x, p)).toList());
  }

  /** Type 7 on sorted, non-empty {@code x}. */
  static double quantile(double[] x, double p) {
    double h = (x.length - 1) * p;
    int lo = (int) Math.floor(h);
    if (lo >= x.length - 1) {
      return x[x.length - 1];
    }
    return x[lo] + (h - lo) * (x[lo + 1] - x[lo]);
  }
}
