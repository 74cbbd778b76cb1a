package org.handover.engine.forecast;

import java.util.Arrays;
import org.hipparchus.special.Erf;

/**
 * The continuous ranked probability score, {@code CRPS(F, y) = E|X - y| - E|X - X'|/2} (lower is
 * better; in the units of y). For the empirical distribution of n samples, sorted ascending,
 *
 * <pre>
 * CRPS = (1/n) sum_i |x_i - y|  -  (1/n²) sum_i (2i - n - 1) x_(i)      (i = 1..n)
 * </pre>
 *
 * which costs O(n log n) for the sort instead of O(n²) for all pairs. A point forecast is a single
 * sample, whose CRPS is its absolute error: that is how point baselines are scored.
 */
public final class Crps {
  private Crps() {}

  /** CRPS of the empirical distribution of {@code samples} (not modified) at outcome {@code y}. */
  public static double fromSamples(double[] samples, double y) {
    double[] sorted = samples.clone();
    Arrays.sort(sorted);
    return fromSorted(sorted, y);
  }

  /** As {@link #fromSamples}, for samples already sorted ascending. NaN when any value is NaN. */
  public static double fromSorted(double[] sorted, double y) {
    int n = sorted.length;
    if (n == 0) {
      throw new IllegalArgumentException("CRPS needs at least one sample");
    }
    if (Double.isNaN(y) || Double.isNaN(sorted[n - 1])) {
      return Double.NaN;
    }
    double abs = 0;
    double spread = 0;
    for (int i = 0; i < n; i++) {
      abs += Math.abs(sorted[i] - y);
      spread += (2.0 * (i + 1) - n - 1) * sorted[i];
    }
    return abs / n - spread / ((double) n * n);
  }

  /** CRPS of a normal distribution, in closed form: {@code sigma (z(2Phi(z)-1) + 2phi(z) - 1/sqrt(pi))}. */
  public static double normal(double mean, double sd, double y) {
    if (!(sd > 0)) {
      throw new IllegalArgumentException("standard deviation must be positive, not " + sd);
    }
    double z = (y - mean) / sd;
    double cdf = 0.5 * Erf.erfc(-z / Math.sqrt(2));
    double pdf = Math.exp(-0.5 * z * z) / Math.sqrt(2 * Math.PI);
    return sd * (z * (2 * cdf - 1) + 2 * pdf - 1 / Math.sqrt(Math.PI));
  }
}
