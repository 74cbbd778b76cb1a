package org.handover.engine.forecast.nb;

import java.util.Arrays;
import org.handover.engine.forecast.CountDraws;
import org.handover.engine.forecast.History;
import org.handover.engine.forecast.PathSampler;

/**
 * Draws paths of a fitted {@link NegativeBinomialModel} forward from a history: at each step the
 * covariates are computed from the history and the months already drawn on this path, then each
 * region's count is drawn from its negative binomial.
 *
 * <p>Only the last {@link NegativeBinomialOptions#lookback()} months of history are kept. A region
 * whose last month is missing starts from the mean of its available values among the last three
 * months; a region whose covariates cannot be computed at all (no recent data) gets {@code NaN}: no
 * forecast.
 *
 * <p>Paths are bounded by the region's own record ({@link NegativeBinomialOptions#capMultiple()},
 * {@link NegativeBinomialOptions#feedbackMultiple()}): draws and means are capped at a multiple of
 * 1 + its largest value in the history, and drawn months feed back into later months' covariates as
 * at most another multiple of it.
 */
final class Sampler implements PathSampler {
  private final Fit fit;
  private final int[][] adjacency;
  private final int regions;
  private final int horizon;
  private final int lookback;

  /** The last {@code lookback} months of history, {@code [month][region]}, and their log1p. */
  private final double[][] start;

  private final double[][] logStart;
  private final double[] offsets;

  /** Per region: the cap on draws and means, and the cap on what a draw feeds back. */
  private final double[] cap;

  private final double[] feedbackCap;

  Sampler(Fit fit, History from, int horizon) {
    if (horizon < 1) {
      throw new IllegalArgumentException("horizon must be at least 1 month, not " + horizon);
    }
    this.fit = fit;
    this.adjacency = from.adjacency();
    this.regions = from.regionCount();
    this.horizon = horizon;
    this.lookback = fit.options().lookback();
    this.offsets = fit.regionOffsets(regions);
    this.cap = new double[regions];
    this.feedbackCap = new double[regions];
    double[][] v = from.values();
    for (int r = 0; r < regions; r++) {
      double largest = largest(v[r]);
      cap[r] = Math.floor(fit.options().capMultiple() * (1 + largest));
      feedbackCap[r] = fit.options().feedbackMultiple() * (1 + largest);
    }
    this.start = new double[lookback][regions];
    this.logStart = new double[lookback][regions];
    int months = from.monthCount();
    int n = Math.min(lookback, months);
    for (double[] row : start) {
      Arrays.fill(row, Double.NaN);
    }
    for (int r = 0; r < regions; r++) {
      for (int k = 0; k < n; k++) {
        start[lookback - n + k][r] = v[r][months - n + k];
      }
      if (Double.isNaN(start[lookback - 1][r])) {
        start[lookback - 1][r] = Covariates.windowMean(start, r, lookback, 3);
      }
    }
    for (int m = 0; m < lookback; m++) {
      for (int r = 0; r < regions; r++) {
        logStart[m][r] = Covariates.log1p(start[m][r]);
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
  public double ceiling(int region) {
    return cap[region];
  }

  @Override
  public Worker worker() {
    return new PathWorker();
  }

  private final class PathWorker implements Worker {
    private final Covariates cov = new Covariates(fit.options(), adjacency);
    private final double[] beta = fit.beta();
    private final double[] gamma = fit.gamma();
    private final double[][] buf = new double[lookback + horizon][regions];
    private final double[][] logBuf = new double[lookback + horizon][regions];
    private final double[] x = new double[beta.length];
    private final double[] z = new double[gamma.length];

    /** The draws of the path drawn last, started again for each path. */
    private final CountDraws draws = CountDraws.seeded(0, 0);

    /** The draws' state at the start of each step of the path drawn last. */
    private final long[] stateAt = new long[horizon];

    private final boolean[] hasSpareAt = new boolean[horizon];
    private final double[] spareAt = new double[horizon];

    /** The seed and path drawn last; {@code drawnPath} is -1 before the first. */
    private long drawnSeed;

    private long drawnPath = -1;

    /** Each region's shape 1/alpha when the dispersion has no time-varying terms; else null. */
    private final double[] fixedTheta = gamma.length == 1 ? fixedTheta(gamma[0]) : null;

    private double[] fixedTheta(double intercept) {
      double[] theta = new double[regions];
      for (int r = 0; r < regions; r++) {
        theta[r] =
            Math.exp(
                -Likelihood.clamp(
                    intercept + offsets[r], Likelihood.KAPPA_MIN, Likelihood.KAPPA_MAX));
      }
      return theta;
    }

    @Override
    public void sample(long seed, int path, double[][] out) {
      sample(seed, path, null, out);
    }

    @Override
    public boolean shiftable() {
      return true;
    }

    /**
     * A shifted month's draw feeds later months' covariates divided by its multiplier: the path's
     * own dynamics run on the unshifted scale, so an effect stated for a month is not compounded by
     * the model's persistence into a larger long-run one.
     */
    @Override
    public void sample(long seed, int path, double[][] logShift, double[][] out) {
      draws.reseed(seed, path);
      for (int m = 0; m < lookback; m++) {
        System.arraycopy(start[m], 0, buf[m], 0, regions);
        System.arraycopy(logStart[m], 0, logBuf[m], 0, regions);
      }
      drawnSeed = seed;
      drawnPath = path;
      drawFrom(0, logShift, out);
    }

    /**
     * The buffers and the draws' states of the steps before {@code from} are the last path's, which
     * the path drawn again shares: the same draws, the same states.
     */
    @Override
    public void resample(long seed, int path, double[][] logShift, double[][] out, int from) {
      if (from < 0 || from > horizon) {
        throw new IllegalArgumentException("step " + from + " is outside 0.." + horizon);
      }
      if (from == 0 || drawnPath != path || drawnSeed != seed) {
        sample(seed, path, logShift, out);
        return;
      }
      if (from < horizon) {
        draws.restore(stateAt[from], hasSpareAt[from], spareAt[from]);
        drawFrom(from, logShift, out);
      }
    }

    private void drawFrom(int from, double[][] logShift, double[][] out) {
      for (int s = from; s < horizon; s++) {
        stateAt[s] = draws.state();
        hasSpareAt[s] = draws.hasSpare();
        spareAt[s] = draws.spare();
        int t = lookback + s;
        double national = Covariates.log1p(Covariates.nationalMean(buf, t));
        double[] now = buf[t];
        double[] logNow = logBuf[t];
        for (int r = 0; r < regions; r++) {
          double y;
          double multiplier = 1;
          if (cov.compute(buf, logBuf, r, t, national, x, z)) {
            double eta = Likelihood.clamp(dot(x, beta), Likelihood.ETA_MIN, Likelihood.ETA_MAX);
            double theta =
                fixedTheta != null
                    ? fixedTheta[r]
                    : Math.exp(
                        -Likelihood.clamp(
                            dot(z, gamma) + offsets[r],
                            Likelihood.KAPPA_MIN,
                            Likelihood.KAPPA_MAX));
            double shift = logShift == null ? 0 : logShift[r][s];
            double mean = Math.min(Math.exp(eta + shift), cap[r]);
            y = Math.min(draws.negativeBinomial(mean, theta), cap[r]);
            multiplier = shift == 0 ? 1 : Math.exp(shift);
          } else {
            y = Double.NaN;
          }
          double fed = Math.min(y / multiplier, feedbackCap[r]);
          now[r] = fed;
          logNow[r] = Covariates.log1pCount(fed);
          out[r][s] = y;
        }
      }
    }
  }

  /** The largest value in {@code row} ({@code 0} when it has none). */
  private static double largest(double[] row) {
    double max = 0;
    for (double x : row) {
      if (x > max) {
        max = x;
      }
    }
    return max;
  }

  private static double dot(double[] a, double[] b) {
    double s = 0;
    for (int i = 0; i < a.length; i++) {
      s += a[i] * b[i];
    }
    return s;
  }
}
