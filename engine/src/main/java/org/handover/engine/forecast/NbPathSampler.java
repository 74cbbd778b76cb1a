package org.handover.engine.forecast;

import java.util.Arrays;

/**
 * Draws paths of a fitted {@link NegativeBinomialModel} forward from a history: at each step the
 * covariates are computed from the history and the months already drawn on this path, then each
 * region's count is drawn from its negative binomial.
 *
 * <p>Only the last {@link NbOptions#lookback()} months of history are kept. A region whose last
 * month is missing starts from the mean of its available values among the last three months; a
 * region whose covariates cannot be computed at all (no recent data) gets {@code NaN}: no forecast.
 */
final class NbPathSampler implements PathSampler {
  private final NbFit fit;
  private final int[][] adjacency;
  private final int regions;
  private final int horizon;
  private final int lookback;
  private final double[][] start;
  private final double[][] logStart;
  private final double cap;
  private final double[] offsets;

  NbPathSampler(NbFit fit, History from, int horizon) {
    if (horizon < 1) {
      throw new IllegalArgumentException("horizon must be at least 1 month, not " + horizon);
    }
    this.fit = fit;
    this.adjacency = from.adjacency();
    this.regions = from.regionCount();
    this.horizon = horizon;
    this.lookback = fit.options().lookback();
    this.offsets = fit.regionOffsets(regions);
    this.cap = fit.options().capMultiple() * (1 + from.maxValue());
    this.start = new double[regions][lookback];
    this.logStart = new double[regions][lookback];
    double[][] v = from.values();
    int months = from.monthCount();
    for (int r = 0; r < regions; r++) {
      Arrays.fill(start[r], Double.NaN);
      int n = Math.min(lookback, months);
      System.arraycopy(v[r], months - n, start[r], lookback - n, n);
      if (Double.isNaN(start[r][lookback - 1])) {
        start[r][lookback - 1] = NbCovariates.windowMean(start[r], lookback, 3);
      }
      for (int m = 0; m < lookback; m++) {
        logStart[r][m] = Math.log1p(start[r][m]);
      }
    }
  }

  @Override
  public int regionCount() {
    return regions;
  }

  @Override
  public int horizon() {
    return horizon;
  }

  @Override
  public Worker worker() {
    return new NbWorker();
  }

  private final class NbWorker implements Worker {
    private final NbCovariates cov = new NbCovariates(fit.options(), adjacency);
    private final double[] beta = fit.beta();
    private final double[] gamma = fit.gamma();
    private final double[][] buf = new double[regions][lookback + horizon];
    private final double[][] logBuf = new double[regions][lookback + horizon];
    private final double[] x = new double[beta.length];
    private final double[] z = new double[gamma.length];

    @Override
    public void sample(long seed, int path, double[][] out) {
      CountDraws draws = new CountDraws(Seeds.generator(seed, path));
      for (int r = 0; r < regions; r++) {
        System.arraycopy(start[r], 0, buf[r], 0, lookback);
        System.arraycopy(logStart[r], 0, logBuf[r], 0, lookback);
      }
      for (int s = 0; s < horizon; s++) {
        int t = lookback + s;
        double national = NbCovariates.nationalMean(buf, t);
        for (int r = 0; r < regions; r++) {
          double y;
          if (cov.compute(buf, logBuf, r, t, national, x, z)) {
            double eta = NbLikelihood.clamp(dot(x, beta), NbLikelihood.ETA_MIN, NbLikelihood.ETA_MAX);
            double kappa = NbLikelihood.clamp(dot(z, gamma) + offsets[r], NbLikelihood.KAPPA_MIN,
                NbLikelihood.KAPPA_MAX);
            y = draws.negativeBinomial(Math.min(Math.exp(eta), cap), Math.exp(-kappa));
          } else {
            y = Double.NaN;
          }
          buf[r][t] = y;
          logBuf[r][t] = Math.log1p(y);
          out[r][s] = y;
        }
      }
    }
  }

  private static double dot(double[] a, double[] b) {
    double s = 0;
    for (int i = 0; i < a.length; i++) {
      s += a[i] * b[i];
    }
    return s;
  }
}
