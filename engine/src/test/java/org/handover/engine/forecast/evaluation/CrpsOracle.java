package org.handover.engine.forecast.evaluation;

import java.util.Arrays;
import org.hipparchus.special.Erf;

/**
 * Reference values of the CRPS that the production code does not need, to check {@link Crps}
 * against.
 */
final class CrpsOracle {
  private CrpsOracle() {}

  /** CRPS of the empirical distribution of {@code samples} (not modified) at outcome {@code y}. */
  static double fromSamples(double[] samples, double y) {
    double[] sorted = samples.clone();
    Arrays.sort(sorted);
    return Crps.fromSorted(sorted, y);
  }

  /**
   * CRPS of a normal distribution, in closed form: {@code sigma (z(2Phi(z)-1) + 2phi(z) -
   * 1/sqrt(pi))}.
   */
  static double normal(double mean, double sd, double y) {
    if (!(sd > 0)) {
      throw new IllegalArgumentException("standard deviation must be positive, not " + sd);
    }
    double z = (y - mean) / sd;
    double cdf = 0.5 * Erf.erfc(-z / Math.sqrt(2));
    double pdf = Math.exp(-0.5 * z * z) / Math.sqrt(2 * Math.PI);
    return sd * (z * (2 * cdf - 1) + 2 * pdf - 1 / Math.sqrt(Math.PI));
  }
}
