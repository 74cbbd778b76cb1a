package org.handover.engine.forecast.nb;

import java.util.Arrays;
import org.handover.engine.forecast.History;
import org.hipparchus.special.Gamma;

/**
 * The region-months a fit uses: outcome, likelihood weight and covariates, row-major. Built from a
 * {@link History} only, so nothing after the origin can enter.
 */
final class Design {
  final int n;
  final int k;
  final int d;
  final double[] y;
  final double[] w;
  final double[] x;
  final double[] z;

  /** Row of the region each region-month belongs to. */
  final int[] region;

  final int regions;

  /** {@code log Gamma(y + 1)}, constant in the parameters. */
  final double[] logGammaY1;

  final double meanY;

  private Design(
      int n,
      int k,
      int d,
      double[] y,
      double[] w,
      double[] x,
      double[] z,
      int[] region,
      int regions) {
    this.n = n;
    this.region = region;
    this.regions = regions;
    this.k = k;
    this.d = d;
    this.y = y;
    this.w = w;
    this.x = x;
    this.z = z;
    this.logGammaY1 = new double[n];
    double sum = 0;
    double wsum = 0;
    for (int i = 0; i < n; i++) {
      logGammaY1[i] = Gamma.logGamma(y[i] + 1);
      sum += w[i] * y[i];
      wsum += w[i];
    }
    this.meanY = wsum == 0 ? 0 : sum / wsum;
  }

  static Design of(History history, NegativeBinomialOptions options, Covariates cov) {
    double[][] byRegion = history.values();
    int regions = history.regionCount();
    int months = history.monthCount();
    double[][] v = Covariates.transpose(byRegion, months);
    double[][] lv = log1p(v);
    int k = cov.meanSize();
    int d = cov.dispersionSize();
    int cap = Math.max(16, regions * Math.max(0, months - 1));
    double[] y = new double[cap];
    double[] w = new double[cap];
    double[] x = new double[cap * k];
    double[] z = new double[cap * d];
    int[] reg = new int[cap];
    double[] xr = new double[k];
    double[] zr = new double[d];
    int n = 0;
    for (int t = 1; t < months; t++) {
      double national = Covariates.log1p(Covariates.nationalMean(v, t));
      // Weight halves every halfLife months back from the last month of the history.
      double weight =
          Double.isInfinite(options.halfLifeMonths())
              ? 1
              : Math.pow(0.5, (months - 1 - t) / options.halfLifeMonths());
      for (int r = 0; r < regions; r++) {
        double yt = v[t][r];
        if (Double.isNaN(yt)) {
          continue;
        }
        if (yt < 0) {
          throw new IllegalArgumentException(
              history.variable()
                  + ": negative count "
                  + yt
                  + " for region "
                  + history.regions().get(r)
                  + " in "
                  + history.months().monthAt(t));
        }
        if (!cov.compute(v, lv, r, t, national, xr, zr)) {
          continue;
        }
        y[n] = yt;
        w[n] = weight;
        reg[n] = r;
        System.arraycopy(xr, 0, x, n * k, k);
        System.arraycopy(zr, 0, z, n * d, d);
        n++;
      }
    }
    return new Design(
        n,
        k,
        d,
        Arrays.copyOf(y, n),
        Arrays.copyOf(w, n),
        Arrays.copyOf(x, n * k),
        Arrays.copyOf(z, n * d),
        Arrays.copyOf(reg, n),
        regions);
  }

  static double[][] log1p(double[][] v) {
    double[][] out = new double[v.length][];
    for (int r = 0; r < v.length; r++) {
      out[r] = new double[v[r].length];
      for (int m = 0; m < v[r].length; m++) {
        out[r][m] = Covariates.log1p(v[r][m]);
      }
    }
    return out;
  }
}
