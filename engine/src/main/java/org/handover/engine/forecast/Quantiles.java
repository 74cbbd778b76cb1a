package org.handover.engine.forecast;

/**
 * Sample quantiles by linear interpolation between order statistics (Hyndman and Fan type 7, the
 * default of R and NumPy): monotone in the level, exact at the sample minimum and maximum.
 */
public final class Quantiles {
  private Quantiles() {}

  /** The {@code level} quantile of ascending {@code sorted} values; NaN when any is NaN or none. */
  public static double ofSorted(double[] sorted, double level) {
    if (!(level >= 0 && level <= 1)) {
      throw new IllegalArgumentException("quantile level must be in [0, 1], not " + level);
    }
    int n = sorted.length;
    if (n == 0 || Double.isNaN(sorted[n - 1])) {
      return Double.NaN;
    }
    double h = (n - 1) * level;
    int lo = (int) Math.floor(h);
    int hi = Math.min(lo + 1, n - 1);
    return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
  }
}
