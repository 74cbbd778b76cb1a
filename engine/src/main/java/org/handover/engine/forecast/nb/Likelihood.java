package org.handover.engine.forecast.nb;

import java.util.Arrays;
import org.hipparchus.special.Gamma;

/**
 * The weighted NB2 log-likelihood with log mean {@code x·beta} and log dispersion {@code z·gamma +
 * u[region]}, with its analytic gradient and Hessian, minus the Gaussian penalty {@code precision/2
 * · sum u²} on the region offsets when they are on. For one region-month, with {@code mu =
 * exp(eta)} and {@code theta = 1/alpha = exp(-kappa)}:
 *
 * <pre>
 * l = lnG(y+theta) - lnG(theta) - lnG(y+1) - theta*log1p(mu/theta) - y*log1p(theta/mu)
 * </pre>
 *
 * which is the usual form rewritten so that no term overflows. The linear predictors are clamped
 * (eta to [-40, 40], kappa to [-20, 12]); outside the clamp the derivatives with respect to the
 * clamped predictor are zero, which the optimiser treats as a flat region.
 *
 * <p>Parameters are ordered {@code beta (k), gamma (d), u (regions, if on)}.
 */
final class Likelihood implements NewtonMaximizer.Objective {
  static final double ETA_MIN = -40;
  static final double ETA_MAX = 40;
  static final double KAPPA_MIN = -20;
  static final double KAPPA_MAX = 12;

  private final Design data;
  private final double precision;
  private final int q;

  Likelihood(Design data, double regionPrecision) {
    this.data = data;
    this.precision = regionPrecision;
    this.q = regionPrecision > 0 ? data.regions : 0;
  }

  @Override
  public int denseDimension() {
    return data.k + data.d;
  }

  @Override
  public int diagonalDimension() {
    return q;
  }

  @Override
  public double value(double[] p) {
    return logLikelihood(p) - penalty(p);
  }

  /** The weighted log-likelihood without the penalty. */
  double logLikelihood(double[] p) {
    int k = data.k;
    int d = data.d;
    int m = k + d;
    double sum = 0;
    for (int i = 0; i < data.n; i++) {
      double eta = dot(data.x, i * k, p, 0, k);
      double kappa = dot(data.z, i * d, p, k, d) + (q > 0 ? p[m + data.region[i]] : 0);
      sum +=
          data.w[i]
              * logDensity(
                  data.y[i],
                  clamp(eta, ETA_MIN, ETA_MAX),
                  clamp(kappa, KAPPA_MIN, KAPPA_MAX),
                  data.logGammaY1[i]);
    }
    return sum;
  }

  private double penalty(double[] p) {
    double s = 0;
    int m = data.k + data.d;
    for (int j = 0; j < q; j++) {
      s += p[m + j] * p[m + j];
    }
    return 0.5 * precision * s;
  }

  static double logDensity(double y, double eta, double kappa, double logGammaY1) {
    double mu = Math.exp(eta);
    double theta = Math.exp(-kappa);
    double l = -theta * Math.log1p(mu / theta) - logGammaY1;
    if (y > 0) {
      l += Gamma.logGamma(y + theta) - Gamma.logGamma(theta) - y * Math.log1p(theta / mu);
    }
    return l;
  }

  @Override
  public double valueGradientHessian(double[] p, double[] gradient, Curvature hessian) {
    int k = data.k;
    int d = data.d;
    int m = k + d;
    Arrays.fill(gradient, 0);
    hessian.clear();
    double[][] dense = hessian.dense;
    double[] c = new double[m];
    double sum = 0;
    for (int i = 0; i < data.n; i++) {
      double w = data.w[i];
      double y = data.y[i];
      int r = data.region[i];
      double etaRaw = dot(data.x, i * k, p, 0, k);
      double kappaRaw = dot(data.z, i * d, p, k, d) + (q > 0 ? p[m + r] : 0);
      double eta = clamp(etaRaw, ETA_MIN, ETA_MAX);
      double kappa = clamp(kappaRaw, KAPPA_MIN, KAPPA_MAX);
      double mu = Math.exp(eta);
      double theta = Math.exp(-kappa);
      double tm = theta + mu;
      sum += w * logDensity(y, eta, kappa, data.logGammaY1[i]);

      double lEta = theta * (y - mu) / tm;
      double lEtaEta = -theta * mu * (theta + y) / (tm * tm);
      double lTheta =
          (y > 0 ? Gamma.digamma(y + theta) - Gamma.digamma(theta) : 0)
              - Math.log1p(mu / theta)
              + (mu - y) / tm;
      double lThetaTheta =
          (y > 0 ? Gamma.trigamma(y + theta) - Gamma.trigamma(theta) : 0)
              + mu / (theta * tm)
              - (mu - y) / (tm * tm);
      double lEtaTheta = -mu * (mu - y) / (tm * tm);
      // Chain rule to kappa = log alpha: d theta / d kappa = -theta.
      double lKappa = -theta * lTheta;
      double lKappaKappa = theta * theta * lThetaTheta + theta * lTheta;
      double lEtaKappa = -theta * lEtaTheta;
      if (eta != etaRaw) {
        lEta = 0;
        lEtaEta = 0;
        lEtaKappa = 0;
      }
      if (kappa != kappaRaw) {
        lKappa = 0;
        lKappaKappa = 0;
        lEtaKappa = 0;
      }
      System.arraycopy(data.x, i * k, c, 0, k);
      System.arraycopy(data.z, i * d, c, k, d);
      for (int a = 0; a < m; a++) {
        boolean aMean = a < k;
        gradient[a] += w * (aMean ? lEta : lKappa) * c[a];
        double[] row = dense[a];
        for (int b = 0; b <= a; b++) {
          boolean bMean = b < k;
          double h = aMean && bMean ? lEtaEta : !aMean && !bMean ? lKappaKappa : lEtaKappa;
          row[b] += w * h * c[a] * c[b];
        }
      }
      if (q > 0) {
        // The region offset enters kappa with coefficient 1.
        gradient[m + r] += w * lKappa;
        hessian.diagonal[r] += w * lKappaKappa;
        double[] border = hessian.border[r];
        for (int a = 0; a < m; a++) {
          border[a] += w * (a < k ? lEtaKappa : lKappaKappa) * c[a];
        }
      }
    }
    for (int a = 0; a < m; a++) {
      for (int b = 0; b < a; b++) {
        dense[b][a] = dense[a][b];
      }
    }
    for (int j = 0; j < q; j++) {
      gradient[m + j] -= precision * p[m + j];
      hessian.diagonal[j] -= precision;
    }
    return sum - penalty(p);
  }

  private static double dot(double[] rows, int offset, double[] p, int pOffset, int len) {
    double s = 0;
    for (int j = 0; j < len; j++) {
      s += rows[offset + j] * p[pOffset + j];
    }
    return s;
  }

  static double clamp(double v, double lo, double hi) {
    return v < lo ? lo : v > hi ? hi : v;
  }
}
