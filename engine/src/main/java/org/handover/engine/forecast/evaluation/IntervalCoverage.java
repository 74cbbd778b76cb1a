package org.handover.engine.forecast.evaluation;

import org.handover.engine.forecast.Quantiles;

/**
 * Whether the outcome falls inside the central interval {@code [q(a), q(b)]} of the draws, bounds
 * included, and how often the forecaster itself expects it to. With counts the two differ: ties put
 * more than {@code b - a} of the draws inside the interval, so compare {@link #covered} with {@link
 * #nominal}, not with {@code b - a}.
 */
final class IntervalCoverage {
  private IntervalCoverage() {}

  /** 1 when {@code y} lies in {@code [q(a), q(b)]} of {@code sorted} (ascending), else 0. */
  static double covered(double[] sorted, double y, double a, double b) {
    double lo = Quantiles.ofSorted(sorted, a);
    double hi = Quantiles.ofSorted(sorted, b);
    return y >= lo && y <= hi ? 1 : 0;
  }

  /** The share of the draws {@code sorted} (ascending) inside their own {@code [q(a), q(b)]}. */
  static double nominal(double[] sorted, double a, double b) {
    double lo = Quantiles.ofSorted(sorted, a);
    double hi = Quantiles.ofSorted(sorted, b);
    return (Ranks.below(sorted, hi, true) - Ranks.below(sorted, lo, false))
        / (double) sorted.length;
  }
}
