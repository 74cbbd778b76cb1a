package org.handover.engine.outlook;

import java.time.YearMonth;
import java.util.Optional;
import org.handover.engine.time.MonthRange;

/**
 * When a region first meets the conditions of its next stage: the median month over the sample
 * paths and an 80% interval (10th to 90th percentile). The distribution is censored at the end of
 * the horizon: a percentile that falls after it is empty, read "not within the horizon", never a
 * guessed month.
 *
 * @param probabilityWithinHorizon share of paths that meet the conditions by the last month; NaN
 *     for a region already at the top of the ladder
 */
public record ReadinessMonth(
    Optional<YearMonth> median,
    Optional<YearMonth> low,
    Optional<YearMonth> high,
    double probabilityWithinHorizon,
    MonthRange horizon) {

  /** From the cumulative probabilities {@code byMonth[k] = P(first met in month k or earlier)}. */
  static ReadinessMonth of(double[] byMonth, MonthRange horizon) {
    return new ReadinessMonth(
        percentile(byMonth, 0.5, horizon),
        percentile(byMonth, 0.1, horizon),
        percentile(byMonth, 0.9, horizon),
        byMonth.length == 0 ? Double.NaN : byMonth[byMonth.length - 1],
        horizon);
  }

  private static Optional<YearMonth> percentile(
      double[] byMonth, double level, MonthRange horizon) {
    for (int k = 0; k < byMonth.length; k++) {
      if (byMonth[k] >= level - 1e-12) {
        return Optional.of(horizon.monthAt(k));
      }
    }
    return Optional.empty();
  }

  /**
   * "2008-03 (80%: 2007-11 to 2008-09)", "2008-03 (80%: 2007-11 to after 2009-05)" or "not within
   * the horizon ...".
   */
  public String describe() {
    if (Double.isNaN(probabilityWithinHorizon)) {
      return "no next stage";
    }
    String pct = Math.round(100 * probabilityWithinHorizon) + "%";
    if (median.isEmpty()) {
      return "not within the horizon (to " + horizon.last() + "): met on " + pct + " of paths";
    }
    String hi = high.map(YearMonth::toString).orElse("after " + horizon.last());
    return median.get() + " (80%: " + low.orElseThrow() + " to " + hi + ")";
  }
}
