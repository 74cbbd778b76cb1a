package org.handover.engine.forecast.evaluation;

/**
 * A named score of a predictive distribution, given as its draws sorted ascending, against the
 * outcome. Averaged over the scored region-months, it becomes one entry of a {@link HorizonScore}.
 *
 * @param name the key of the score in {@link HorizonScore#means()} (and its CSV column)
 * @param needsDistribution true for scores that say nothing about a point forecast (intervals,
 *     PIT): their mean is NaN for a forecaster with a single draw
 */
record Score(String name, boolean needsDistribution, Rule rule) {
  /** The score of one forecast: {@code sorted} draws (ascending) against outcome {@code y}. */
  @FunctionalInterface
  interface Rule {
    double of(double[] sorted, double y);
  }

  double of(double[] sorted, double y) {
    return rule.of(sorted, y);
  }
}
