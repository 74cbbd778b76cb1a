package org.handover.engine.forecast.evaluation;

import java.util.Map;

/**
 * Mean scores by name, in the order of {@link Scores#ALL}, with a named accessor for each score a
 * reader asks for by name. Coverages are NaN for point forecasts.
 */
public interface ScoreMeans {
  /** The mean of every score, by name. */
  Map<String, Double> means();

  /** The mean of the score named {@code score}. */
  default double mean(String score) {
    Double v = means().get(score);
    if (v == null) {
      throw new IllegalArgumentException("no score named " + score + ", only " + means().keySet());
    }
    return v;
  }

  /** Mean CRPS (in counts). */
  default double crps() {
    return mean(Scores.CRPS);
  }

  /** Mean {@code |log1p(median) - log1p(y)|}. */
  default double maeLog1p() {
    return mean(Scores.MAE_LOG1P);
  }

  /**
   * Mean {@code |mean - y|}: the error of the forecast's mean, which a far tail inflates while the
   * CRPS and the median barely move.
   */
  default double maeMean() {
    return mean(Scores.MAE_MEAN);
  }

  /**
   * Mean {@code mean - y}: how far the forecast's mean over- (positive) or undershoots on average;
   * divided by the mean outcome it is the ratio of forecast to observed totals, minus 1.
   */
  default double biasMean() {
    return mean(Scores.BIAS_MEAN);
  }

  /** Share of outcomes inside the central 80% interval [q10, q90], bounds included. */
  default double coverage80() {
    return mean(Scores.COVERAGE80);
  }

  /**
   * The same for a count distribution, without the bias of ties: the chance that the randomised PIT
   * (Czado, Gneiting and Held 2009) falls in [0.1, 0.9], averaged exactly (not sampled). With
   * counts, coverage80 of a perfectly calibrated forecast exceeds 0.8 wherever outcomes cluster on
   * a few values (e.g. quiet regions: a [0, 0] interval covers every zero); this one is 0.8 for a
   * calibrated forecast.
   */
  default double pitCoverage80() {
    return mean(Scores.PIT_COVERAGE80);
  }

  /**
   * The coverage80 the forecaster itself expects: the mean share of its own draws inside its [q10,
   * q90]. Compare coverage80 with this, not with 0.8: for counts it is above 0.8 because of ties.
   */
  default double nominalCoverage80() {
    return mean(Scores.NOMINAL_COVERAGE80);
  }
}
