package org.handover.engine.forecast.nb;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import org.handover.engine.forecast.Convergence;
import org.handover.engine.forecast.History;
import org.handover.engine.time.MonthRange;
import org.hipparchus.random.MersenneTwister;

/**
 * Panels drawn from the negative-binomial model itself, with known coefficients, for recovery
 * tests.
 */
public final class Simulated {
  public static final MonthRange AXIS = MonthRange.parse("2000-01", "2014-12");

  private Simulated() {}

  /** Options with every term, unweighted, without region offsets unless {@code precision > 0}. */
  public static NegativeBinomialOptions options(double precision) {
    return new NegativeBinomialOptions(
        EnumSet.of(
            MeanTerm.LAG1, MeanTerm.MEAN3, MeanTerm.NEIGHBOURS, MeanTerm.NATIONAL, MeanTerm.ZERO),
        EnumSet.of(DispersionTerm.LEVEL, DispersionTerm.VOLATILITY),
        Double.POSITIVE_INFINITY,
        200,
        1e-15,
        precision,
        10,
        Double.POSITIVE_INFINITY);
  }

  /**
   * Intercept, lag1, mean3, neighbours, national, zero; then dispersion intercept, level,
   * volatility.
   */
  public static final double[] TRUE = {0.3, 0.35, 0.45, 0.08, 0.05, -0.4, 0.2, -0.3, 0.5};

  public static int[][] ring(int regions) {
    int[][] adj = new int[regions][];
    for (int r = 0; r < regions; r++) {
      adj[r] = new int[] {(r + regions - 1) % regions, (r + 1) % regions};
      Arrays.sort(adj[r]);
    }
    return adj;
  }

  /**
   * {@code regions} × {@link #AXIS} months drawn from the model with coefficients {@code truth}
   * (and region dispersion offsets {@code offsets}, or none), after a burn-in.
   */
  public static double[][] panel(
      int regions, double[] truth, double[] offsets, NegativeBinomialOptions options, long seed) {
    int[][] adj = ring(regions);
    double[] coefficients = offsets == null ? truth : concat(truth, offsets);
    Fit fit =
        new Fit(options, coefficients, 6, 3, List.of(), 0, 0, Convergence.notIterative("known"));
    MersenneTwister rng = new MersenneTwister(seed);
    double[][] start = new double[regions][12];
    for (double[] row : start) {
      for (int m = 0; m < row.length; m++) {
        row[m] = rng.nextInt(30);
      }
    }
    int burnIn = 24;
    History h = History.truncate(start, adj, MonthRange.parse("1998-01", "1998-12"), 12);
    double[][] drawn = fit.simulate(h, burnIn + AXIS.length(), 1, seed).path(0);
    double[][] out = new double[regions][];
    for (int r = 0; r < regions; r++) {
      out[r] = Arrays.copyOfRange(drawn[r], burnIn, burnIn + AXIS.length());
    }
    return out;
  }

  static double[] concat(double[] a, double[] b) {
    double[] out = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }
}
