package org.handover.engine.forecast.evaluation;

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
final class Crps {
  private Crps() {}

  /**
   * CRPS of the empirical distribution of {@code sorted} (ascending) at outcome {@code y}. NaN when
   * any value is NaN.
   */
  static double fromSorted(double[] sorted, double y) {
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
}
