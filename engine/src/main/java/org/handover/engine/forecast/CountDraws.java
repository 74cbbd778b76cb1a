package org.handover.engine.forecast;

import org.hipparchus.random.RandomGenerator;
import org.hipparchus.special.Gamma;

/**
 * Negative-binomial draws as a Gamma-Poisson mixture, on a Hipparchus {@link RandomGenerator}. The
 * samplers are the standard fast ones, written here because Hipparchus' general-purpose ones cost
 * about a microsecond a draw, too slow for outlooks over thousands of regions: Marsaglia and Tsang
 * (2000) for the gamma, inversion for small Poisson means and Hörmann's PTRS transformed rejection
 * (1993) for large ones. Not thread-safe: one instance per worker.
 *
 * <p>{@link #seeded} draws from the stream {@link Seeds#generator} would give for the same seed,
 * with the generator's state held here: the same numbers without a call through the interface per
 * uniform, and a state that can be saved and restored ({@link #state}, {@link #restore}) to draw a
 * path again from a month on.
 */
public final class CountDraws {
  /** 1/k, so that the inversion loop multiplies instead of dividing. */
  private static final double[] RECIPROCALS = new double[1000];

  /**
   * log Gamma(k + 1) for small k, as {@link Gamma#logGamma} gives it (the same function, so the
   * same bits): PTRS's acceptance test looks it up instead of computing it.
   */
  private static final double[] LOG_FACTORIALS = new double[4096];

  static {
    for (int k = 1; k < RECIPROCALS.length; k++) {
      RECIPROCALS[k] = 1.0 / k;
    }
    for (int k = 0; k < LOG_FACTORIALS.length; k++) {
      LOG_FACTORIALS[k] = Gamma.logGamma(k + 1);
    }
  }

  /** SplitMix64's increment, as {@link java.util.SplittableRandom} uses it for a seeded stream. */
  private static final long GOLDEN_GAMMA = 0x9e3779b97f4a7c15L;

  /** The generator, or null when the draws come from {@link #seed}, a SplitMix64 state. */
  private final RandomGenerator rng;

  private long seed;
  private boolean hasSpare;
  private double spare;

  public CountDraws(RandomGenerator rng) {
    this.rng = rng;
  }

  private CountDraws(long seed) {
    this.rng = null;
    this.seed = seed;
  }

  /**
   * Draws on stream {@code index} of the run seeded {@code seed}: the same draws as {@code new
   * CountDraws(Seeds.generator(seed, index))}.
   */
  public static CountDraws seeded(long seed, long index) {
    return new CountDraws(Seeds.derive(seed, index));
  }

  /** Starts stream {@code index} of the run seeded {@code seed} again, as {@link #seeded} does. */
  public void reseed(long seed, long index) {
    requireSeeded();
    this.seed = Seeds.derive(seed, index);
    this.hasSpare = false;
    this.spare = 0;
  }

  /** The generator's state, for {@link #restore} (the spare normal is {@link #spare()}). */
  public long state() {
    requireSeeded();
    return seed;
  }

  /** Whether a normal draw is kept for the next call, and its value. */
  public boolean hasSpare() {
    return hasSpare;
  }

  public double spare() {
    return spare;
  }

  /** Puts the draws back where {@link #state}, {@link #hasSpare} and {@link #spare} were read. */
  public void restore(long state, boolean hasSpare, double spare) {
    requireSeeded();
    this.seed = state;
    this.hasSpare = hasSpare;
    this.spare = spare;
  }

  private void requireSeeded() {
    if (rng != null) {
      throw new IllegalStateException("only seeded draws have a state to save");
    }
  }

  /**
   * The next uniform in [0, 1): {@link java.util.SplittableRandom#nextDouble()}'s SplitMix64 step
   * and mix when seeded.
   */
  private double uniform() {
    if (rng != null) {
      return rng.nextDouble();
    }
    long z = (seed += GOLDEN_GAMMA);
    z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
    z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
    z = z ^ (z >>> 31);
    return (z >>> 11) * 0x1.0p-53;
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
      double u = uniform();
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
      double u = uniform();
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
      double u = uniform();
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
      double u = uniform() - 0.5;
      double v = uniform();
      double us = 0.5 - Math.abs(u);
      double k = Math.floor((2 * a / us + b) * u + lambda + 0.43);
      if (us >= 0.07 && v <= vr) {
        return k;
      }
      if (k < 0 || (us < 0.013 && v > us)) {
        continue;
      }
      if (Math.log(v) + Math.log(invAlpha) - Math.log(a / (us * us) + b)
          <= -lambda + k * logLam - logFactorial(k)) {
        return k;
      }
    }
  }

  /** log k! for a whole k >= 0. */
  private static double logFactorial(double k) {
    return k < LOG_FACTORIALS.length ? LOG_FACTORIALS[(int) k] : Gamma.logGamma(k + 1);
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
      u = 2 * uniform() - 1;
      v = 2 * uniform() - 1;
      s = u * u + v * v;
    } while (s >= 1 || s == 0);
    double f = Math.sqrt(-2 * Math.log(s) / s);
    spare = v * f;
    hasSpare = true;
    return u * f;
  }
}
