package org.handover.engine.forecast;

import org.hipparchus.random.RandomGenerator;
import org.hipparchus.special.Gamma;

/**
 * Negative-binomial draws as a Gamma-Poisson mixture, on a Hipparchus {@link RandomGenerator}. The
 * samplers are the standard fast ones, written here because Hipparchus' general-purpose ones cost
 * about a microsecond a draw, too slow for outlooks over thousands of regions: Marsaglia and Tsang
 * (2000) for the gamma, inversion for small Poisson means and Hörmann's PTRS transformed rejection
 * (1993) for large ones. Not thread-safe: one instance per worker.
 */
public final class CountDraws {
  /** 1/k, so that the inversion loop multiplies instead of dividing. */
  private static final double[] RECIPROCALS = new double[1000];

  static {
    for (int k = 1; k < RECIPROCALS.length; k++) {
      RECIPROCALS[k] = 1.0 / k;
    }
  }

  private final RandomGenerator rng;
  private boolean hasSpare;
  private double spare;

  public CountDraws(RandomGenerator rng) {
    this.rng = rng;
  }

  /** A draw from NB2 with mean {@code mu} and shape {@code theta} (variance mu + mu²/theta). */
  public double negativeBinomial(double mu, double theta) {
    if (!(mu > 0)) {
      return 0;
    }
    // Beyond this shape the gamma's relative sd (1/sqrt(theta)) is below 3e-4: a Poisson is exact
    // enough.
    double lambda = theta > 1e7 ? mu : gamma(theta) * (mu / theta);
    return poisson(lambda);
  }

  /** A standard gamma draw (scale 1). */
  double gamma(double shape) {
    if (shape < 1) {
      // Gamma(a) = Gamma(a + 1) * U^(1/a).
      double u = rng.nextDouble();
      return gamma(shape + 1) * Math.pow(u, 1 / shape);
    }
    double d = shape - 1.0 / 3;
    double c = 1 / Math.sqrt(9 * d);
    while (true) {
      double x;
      double v;
      do {
        x = normal();
        v = 1 + c * x;
      } while (v <= 0);
      v = v * v * v;
      double u = rng.nextDouble();
      double x2 = x * x;
      if (u < 1 - 0.0331 * x2 * x2 || Math.log(u) < 0.5 * x2 + d * (1 - v + Math.log(v))) {
        return d * v;
      }
    }
  }

  /** A Poisson draw with mean {@code lambda}. */
  double poisson(double lambda) {
    if (!(lambda > 0)) {
      return 0;
    }
    if (lambda < 10) {
      double p = Math.exp(-lambda);
      double cdf = p;
      double u = rng.nextDouble();
      int k = 0;
      while (u > cdf && k < RECIPROCALS.length - 1) {
        k++;
        p *= lambda * RECIPROCALS[k];
        cdf += p;
      }
      return k;
    }
    if (lambda > 1e12) {
      // Far past any count a region reports; the normal limit is exact to the printed digits.
      return Math.max(0, Math.rint(lambda + Math.sqrt(lambda) * normal()));
    }
    return ptrs(lambda);
  }

  private double ptrs(double lambda) {
    double slam = Math.sqrt(lambda);
    double logLam = Math.log(lambda);
    double b = 0.931 + 2.53 * slam;
    double a = -0.059 + 0.02483 * b;
    double invAlpha = 1.1239 + 1.1328 / (b - 3.4);
    double vr = 0.9277 - 3.6224 / (b - 2);
    while (true) {
      double u = rng.nextDouble() - 0.5;
      double v = rng.nextDouble();
      double us = 0.5 - Math.abs(u);
      double k = Math.floor((2 * a / us + b) * u + lambda + 0.43);
      if (us >= 0.07 && v <= vr) {
        return k;
      }
      if (k < 0 || (us < 0.013 && v > us)) {
        continue;
      }
      if (Math.log(v) + Math.log(invAlpha) - Math.log(a / (us * us) + b)
          <= -lambda + k * logLam - Gamma.logGamma(k + 1)) {
        return k;
      }
    }
  }

  /** A standard normal draw (Marsaglia's polar method; the second value of each pair is kept). */
  double normal() {
    if (hasSpare) {
      hasSpare = false;
      return spare;
    }
    double u;
    double v;
    double s;
    do {
      u = 2 * rng.nextDouble() - 1;
      v = 2 * rng.nextDouble() - 1;
      s = u * u + v * v;
    } while (s >= 1 || s == 0);
    double f = Math.sqrt(-2 * Math.log(s) / s);
    spare = v * f;
    hasSpare = true;
    return u * f;
  }
}
