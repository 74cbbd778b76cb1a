package org.handover.engine.scenario;

import java.util.Arrays;
import org.handover.engine.forecast.Quantiles;

/**
 * How often observed values fall inside a simulation's central band: the check of a model against
 * what happened. A region-month counts when it was observed and simulated; it is covered when the
 * observed value lies within the band's quantiles of the draws.
 *
 * @param covered region-months inside the band
 * @param counted region-months observed and simulated
 */
public record BandCoverage(int covered, int counted) {
  /** Share covered; NaN when nothing was counted. */
  public double share() {
    return counted == 0 ? Double.NaN : covered / (double) counted;
  }

  /** Draws of one region and step, in path order. */
  @FunctionalInterface
  public interface Draws {
    double[] of(int region, int step);
  }

  /**
   * @param observed {@code [region][step]}, NaN where not observed
   * @param lower the band's lower quantile (0.1 for an 80% band)
   */
  public static BandCoverage of(Draws draws, double[][] observed, double lower, double upper) {
    int covered = 0;
    int counted = 0;
    for (int r = 0; r < observed.length; r++) {
      for (int s = 0; s < observed[r].length; s++) {
        double y = observed[r][s];
        double[] d = draws.of(r, s);
        if (Double.isNaN(y) || d.length == 0 || Double.isNaN(d[0])) {
          continue;
        }
        double[] sorted = d.clone();
        Arrays.sort(sorted);
        counted++;
        if (y >= Quantiles.ofSorted(sorted, lower) && y <= Quantiles.ofSorted(sorted, upper)) {
          covered++;
        }
      }
    }
    return new BandCoverage(covered, counted);
  }
}
