package org.handover.engine.forecast.nb;

/**
 * Computes the model's covariates for region r in month t from the values of months before t. The
 * same code serves the fit (over the history) and the simulation (over history plus drawn months),
 * so the two can never disagree on what a covariate means.
 *
 * <p>Missing months ({@code NaN}) are skipped inside windows; a covariate with no data makes the
 * region-month unusable ({@link #compute} returns false).
 *
 * <p>Values are laid out month-major, {@code v[month][region]}: a step of a simulation reads the
 * previous month of every region and its neighbours, which then sit in one contiguous array instead
 * of thousands of scattered rows.
 */
final class Covariates {
  private final MeanTerm[] mean;
  private final DispersionTerm[] dispersion;
  private final int[][] adjacency;

  Covariates(NegativeBinomialOptions options, int[][] adjacency) {
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

  /** Mean of {@code v[t-1][.]} over regions with data: the national covariate of month t. */
  static double nationalMean(double[][] v, int t) {
    double sum = 0;
    int n = 0;
    for (double x : v[t - 1]) {
      if (!Double.isNaN(x)) {
        sum += x;
        n++;
      }
    }
    return n == 0 ? Double.NaN : sum / n;
  }

  /**
   * Fills {@code x} (mean covariates, x[0] = 1) and {@code z} (dispersion covariates, z[0] = 1) for
   * region {@code r}, month {@code t >= 1}.
   *
   * @param v values {@code [month][region]}
   * @param lv {@link #log1p}{@code (v)}, precomputed
   * @param nationalLog {@link #log1p} of {@link #nationalMean(double[][], int)} for month t (the
   *     same for every region, so callers compute it once per month)
   * @return false when a covariate has no data
   */
  boolean compute(
      double[][] v, double[][] lv, int r, int t, double nationalLog, double[] x, double[] z) {
    double last = v[t - 1][r];
    // The 3-month mean feeds both a mean and a dispersion term: compute it once.
    double mean3 = Double.NaN;
    boolean haveMean3 = false;
    x[0] = 1;
    for (int i = 0; i < mean.length; i++) {
      double c;
      switch (mean[i]) {
        case LAG1 -> c = lv[t - 1][r];
        case MEAN3 -> {
          mean3 = haveMean3 ? mean3 : windowMean(v, r, t, 3);
          haveMean3 = true;
          c = log1p(mean3);
        }
        case MEAN12 -> c = log1p(windowMean(v, r, t, 12));
        case NEIGHBOURS -> c = log1p(neighbourMean(v, r, t));
        case NATIONAL -> c = nationalLog;
        case ZERO -> c = Double.isNaN(last) ? Double.NaN : last < 0.5 ? 1 : 0;
        default -> throw new IllegalStateException("unknown term " + mean[i]);
      }
      if (Double.isNaN(c)) {
        return false;
      }
      x[i + 1] = c;
    }
    z[0] = 1;
    for (int i = 0; i < dispersion.length; i++) {
      double c;
      switch (dispersion[i]) {
        case LEVEL -> {
          mean3 = haveMean3 ? mean3 : windowMean(v, r, t, 3);
          haveMean3 = true;
          c = log1p(mean3);
        }
        case VOLATILITY -> c = windowSd(lv, r, t, 6);
        default -> throw new IllegalStateException("unknown term " + dispersion[i]);
      }
      if (Double.isNaN(c)) {
        return false;
      }
      z[i + 1] = c;
    }
    return true;
  }

  /**
   * {@code log(1 + x)} for the counts and means the covariates take (x >= 0): {@code Math.log} is
   * an intrinsic and several times faster than {@code Math.log1p}, and for x >= 0 the two differ
   * only in the last bits. Every covariate goes through here so fit and simulation agree exactly.
   */
  static double log1p(double x) {
    return Math.log(1 + x);
  }

  private static final double[] SMALL_LOG1P = new double[4096];

  static {
    for (int i = 0; i < SMALL_LOG1P.length; i++) {
      SMALL_LOG1P[i] = log1p(i);
    }
  }

  /** {@link #log1p} of a drawn count, from a table for the common small ones (the same values). */
  static double log1pCount(double y) {
    int i = (int) y;
    return i == y && i >= 0 && i < SMALL_LOG1P.length ? SMALL_LOG1P[i] : log1p(y);
  }

  /** Mean of the non-missing values of {@code v[t-w..t-1][r]}; NaN when none. */
  static double windowMean(double[][] v, int r, int t, int w) {
    double sum = 0;
    int n = 0;
    for (int k = Math.max(0, t - w); k < t; k++) {
      double x = v[k][r];
      if (!Double.isNaN(x)) {
        sum += x;
        n++;
      }
    }
    return n == 0 ? Double.NaN : sum / n;
  }

  /**
   * Population standard deviation of the non-missing values of {@code v[t-w..t-1][r]}; 0 with fewer
   * than two.
   */
  static double windowSd(double[][] v, int r, int t, int w) {
    double sum = 0;
    double sq = 0;
    int n = 0;
    for (int k = Math.max(0, t - w); k < t; k++) {
      double x = v[k][r];
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

  /** {@code v[region][month]} as {@code [month][region]}. */
  static double[][] transpose(double[][] v, int months) {
    double[][] out = new double[months][v.length];
    for (int r = 0; r < v.length; r++) {
      for (int m = 0; m < months; m++) {
        out[m][r] = v[r][m];
      }
    }
    return out;
  }

  private double neighbourMean(double[][] v, int r, int t) {
    int[] ns = adjacency[r];
    if (ns.length == 0) {
      return 0;
    }
    double[] previous = v[t - 1];
    double sum = 0;
    int n = 0;
    for (int j : ns) {
      double x = previous[j];
      if (!Double.isNaN(x)) {
        sum += x;
        n++;
      }
    }
    return n == 0 ? Double.NaN : sum / n;
  }
}
