package org.handover.engine.forecast.evaluation;

/**
 * The error of the forecast's mean, the figure expected deaths and probabilities of thresholds on
 * sums are read from. The CRPS and the median's error barely notice a far tail (one path in a
 * thousand), the mean does: a quiet region whose median is 0 but whose mean is 6 because of one
 * runaway path shows a large error here and not in the CRPS. A point forecast's mean is its value.
 */
final class MeanError {
  private MeanError() {}

  /** {@code mean(sorted) - y}: positive when the mean overshoots the outcome. */
  static double signed(double[] sorted, double y) {
    double sum = 0;
    for (double x : sorted) {
      sum += x;
    }
    return sum / sorted.length - y;
  }

  /** {@code |mean(sorted) - y|}. */
  static double absolute(double[] sorted, double y) {
    return Math.abs(signed(sorted, y));
  }
}
