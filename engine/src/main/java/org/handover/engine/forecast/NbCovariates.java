package org.handover.engine.forecast;

/**
 * Computes the model's covariates for region r in month t from the values of months before t.
 * The same code serves the fit (over the history) and the simulation (over history plus drawn
 * months), so the two can never disagree on what a covariate means.
 *
 * <p>Missing months ({@code NaN}) are skipped inside windows; a covariate with no data makes the
 * region-month unusable ({@link #compute} returns false).
 */
final class NbCovariates {
  private final MeanTerm[] mean;
  private final DispersionTerm[] dispersion;
  private final int[][] adjacency;

  NbCovariates(NbOptions options, int[][] adjacency) {
    this.mean = options.meanTerms().toArray(MeanTerm[]::new);
    this.dispersion = options.dispersionTerms().toArray(DispersionTerm[]::new);
    this.adjacency = adjacency;
  }

  /** Mean coefficients: intercept plus one per term. */
  int meanSize() {
    return 1 + mean.length;
  }

  /** Dispersion coefficients: intercept plus one per term. */
  int dispersionSize() {
    return 1 + dispersion.length;
  }

  MeanTerm[] meanTerms() {
    return mean;
  }

  DispersionTerm[] dispersionTerms() {
    return dispersion;
  }

  /** Mean of {@code v[.][t-1]} over regions with data: the national covariate of month t. */
  static double nationalMean(double[][] v, int t) {
    double sum = 0;
    int n = 0;
    for (double[] row : v) {
      double x = row[t - 1];
      if (!Double.isNaN(x)) {
        sum += x;
        n++;
      }
    }
    return n == 0 ? Double.NaN : sum / n;
  }

  /**
   * Fills {@code x} (mean covariates, x[0] = 1) and {@code z} (dispersion covariates, z[0] = 1)
   * for region {@code r}, month {@code t >= 1}.
   *
   * @param v values {@code [region][month]}
   * @param lv {@code log1p(v)}, precomputed
   * @param national {@link #nationalMean(double[][], int)} for month t
   * @return false when a covariate has no data
   */
  boolean compute(double[][] v, double[][] lv, int r, int t, double national, double[] x, double[] z) {
    double[] row = v[r];
    double last = row[t - 1];
    x[0] = 1;
    for (int i = 0; i < mean.length; i++) {
      double c = switch (mean[i]) {
        case LAG1 -> lv[r][t - 1];
        case MEAN3 -> Math.log1p(windowMean(row, t, 3));
        case MEAN12 -> Math.log1p(windowMean(row, t, 12));
        case NEIGHBOURS -> Math.log1p(neighbourMean(v, r, t));
        case NATIONAL -> Math.log1p(national);
        case ZERO -> Double.isNaN(last) ? Double.NaN : last < 0.5 ? 1 : 0;
      };
      if (Double.isNaN(c)) {
        return false;
      }
      x[i + 1] = c;
    }
    z[0] = 1;
    for (int i = 0; i < dispersion.length; i++) {
      double c = switch (dispersion[i]) {
        case LEVEL -> Math.log1p(windowMean(row, t, 3));
        case VOLATILITY -> windowSd(lv[r], t, 6);
      };
      if (Double.isNaN(c)) {
        return false;
      }
      z[i + 1] = c;
    }
    return true;
  }

  /** Mean of the non-missing values of {@code row[t-w..t-1]}; NaN when none. */
  static double windowMean(double[] row, int t, int w) {
    double sum = 0;
    int n = 0;
    for (int k = Math.max(0, t - w); k < t; k++) {
      double x = row[k];
      if (!Double.isNaN(x)) {
        sum += x;
        n++;
      }
    }
    return n == 0 ? Double.NaN : sum / n;
  }

  /** Population standard deviation of the non-missing values of {@code row[t-w..t-1]}; 0 with fewer than two. */
  static double windowSd(double[] row, int t, int w) {
    double sum = 0;
    double sq = 0;
    int n = 0;
    for (int k = Math.max(0, t - w); k < t; k++) {
      double x = row[k];
      if (!Double.isNaN(x)) {
        sum += x;
        sq += x * x;
        n++;
      }
    }
    if (n < 2) {
      return 0;
    }
    double m = sum / n;
    return Math.sqrt(Math.max(0, sq / n - m * m));
  }

  private double neighbourMean(double[][] v, int r, int t) {
    int[] ns = adjacency[r];
    if (ns.length == 0) {
      return 0;
    }
    double sum = 0;
    int n = 0;
    for (int j : ns) {
      double x = v[j][t - 1];
      if (!Double.isNaN(x)) {
        sum += x;
        n++;
      }
    }
    return n == 0 ? Double.NaN : sum / n;
  }
}
