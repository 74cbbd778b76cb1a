package org.handover.engine.forecast.evaluation;

/**
 * Interval coverage for a count distribution without the bias of ties: the chance that the
 * randomised PIT (Czado, Gneiting and Held 2009), uniform on {@code [F(y-), F(y)]}, falls in {@code
 * [a, b]}, computed exactly (not sampled). For a calibrated forecast it averages {@code b - a},
 * even where outcomes cluster on a few values (a quiet region's {@code [0, 0]} interval covers
 * every zero).
 */
final class PitCoverage {
  private PitCoverage() {}

  /**
   * The chance that the randomised PIT of {@code y} under the draws {@code sorted} (ascending) is
   * in [a, b].
   */
  static double inside(double[] sorted, double y, double a, double b) {
    int n = sorted.length;
    double below = Ranks.below(sorted, y, false) / (double) n;
    double atOrBelow = Ranks.below(sorted, y, true) / (double) n;
    if (atOrBelow == below) {
      return below >= a && below <= b ? 1 : 0;
    }
    double overlap = Math.min(b, atOrBelow) - Math.max(a, below);
    return Math.max(0, overlap) / (atOrBelow - below);
  }
}
