package org.handover.engine.forecast.evaluation;

import org.handover.engine.forecast.Quantiles;

/**
 * The absolute error of the median on the log scale, {@code |log1p(median) - log1p(y)|}: a point
 * score that, unlike the CRPS in counts, weighs a quiet region's miss as much as a busy one's.
 */
final class Log1pError {
  private Log1pError() {}

  /** The error of the median of {@code sorted} (ascending) at outcome {@code y}. */
  static double ofSorted(double[] sorted, double y) {
    return Math.abs(Math.log1p(Quantiles.ofSorted(sorted, 0.5)) - Math.log1p(y));
  }
}
