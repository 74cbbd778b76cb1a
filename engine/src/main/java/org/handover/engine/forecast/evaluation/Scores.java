package org.handover.engine.forecast.evaluation;

import java.util.List;

/**
 * The scores a {@link Backtest} computes, by name, in the order tables show them. A new score is a
 * file like {@link Crps} plus one entry here.
 */
final class Scores {
  static final String CRPS = "crps";
  static final String MAE_LOG1P = "mae_log1p";
  static final String COVERAGE80 = "coverage80";
  static final String PIT_COVERAGE80 = "pit_coverage80";
  static final String NOMINAL_COVERAGE80 = "nominal_coverage80";
  static final String MAE_MEAN = "mae_mean";
  static final String BIAS_MEAN = "bias_mean";

  /** The central 80% interval [q10, q90] of the coverages. */
  private static final double LO = 0.1;

  private static final double HI = 0.9;

  static final List<Score> ALL =
      List.of(
          new Score(CRPS, false, Crps::fromSorted),
          new Score(MAE_LOG1P, false, Log1pError::ofSorted),
          new Score(MAE_MEAN, false, MeanError::absolute),
          new Score(BIAS_MEAN, false, MeanError::signed),
          new Score(COVERAGE80, true, (sorted, y) -> IntervalCoverage.covered(sorted, y, LO, HI)),
          new Score(PIT_COVERAGE80, true, (sorted, y) -> PitCoverage.inside(sorted, y, LO, HI)),
          new Score(
              NOMINAL_COVERAGE80, true, (sorted, y) -> IntervalCoverage.nominal(sorted, LO, HI)));

  private Scores() {}
}
