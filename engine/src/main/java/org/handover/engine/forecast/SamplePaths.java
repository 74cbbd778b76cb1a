package org.handover.engine.forecast;

import java.util.Arrays;

/**
 * Sample paths of every region: {@code paths × regions × steps} values, stored so that the draws of
 * one region and step are contiguous (quantiles and scores read them together). {@code NaN} marks a
 * region the model could not forecast (no recent data). Each region has a ceiling (the sampler's
 * {@link PathSampler#ceiling cap}, infinite when uncapped): draws at it were capped there.
 */
public final class SamplePaths {
  private static final int CHUNK = 32;

  private final int regions;
  private final int steps;
  private final int paths;
  private final double[] values;
  private final double[] ceilings;

  private SamplePaths(int regions, int steps, int paths, double[] values, double[] ceilings) {
    this.regions = regions;
    this.steps = steps;
    this.paths = paths;
    this.values = values;
    this.ceilings = ceilings;
  }

  /**
   * Draws {@code paths} paths from {@code sampler}; the result does not depend on {@code threads}.
   */
  public static SamplePaths generate(PathSampler sampler, int paths, long seed, int threads) {
    if (paths < 1) {
      throw new IllegalArgumentException("need at least one sample path, not " + paths);
    }
    int regions = sampler.regionCount();
    int steps = sampler.horizon();
    double[] values = new double[Math.multiplyExact(Math.multiplyExact(regions, steps), paths)];
    // Each chunk writes only its own paths' slots, so chunks can run concurrently.
    Parallelism.overChunks(
        paths,
        CHUNK,
        threads,
        (from, to) -> {
          PathSampler.Worker worker = sampler.worker();
          double[][] out = new double[regions][steps];
          for (int p = from; p < to; p++) {
            worker.sample(seed, p, out);
            for (int r = 0; r < regions; r++) {
              for (int s = 0; s < steps; s++) {
                values[(r * steps + s) * paths + p] = out[r][s];
              }
            }
          }
          return null;
        });
    double[] ceilings = new double[regions];
    for (int r = 0; r < regions; r++) {
      ceilings[r] = sampler.ceiling(r);
    }
    return new SamplePaths(regions, steps, paths, values, ceilings);
  }

  /**
   * Paths given as {@code [path][region][step]}, uncapped; for tests and for callers with their own
   * draws.
   */
  public static SamplePaths of(double[][][] byPath) {
    int paths = byPath.length;
    int regions = byPath[0].length;
    int steps = byPath[0][0].length;
    double[] values = new double[regions * steps * paths];
    for (int p = 0; p < paths; p++) {
      for (int r = 0; r < regions; r++) {
        for (int s = 0; s < steps; s++) {
          values[(r * steps + s) * paths + p] = byPath[p][r][s];
        }
      }
    }
    double[] ceilings = new double[regions];
    Arrays.fill(ceilings, Double.POSITIVE_INFINITY);
    return new SamplePaths(regions, steps, paths, values, ceilings);
  }

  public int regionCount() {
    return regions;
  }

  public int steps() {
    return steps;
  }

  public int pathCount() {
    return paths;
  }

  public double value(int path, int region, int step) {
    return values[(region * steps + step) * paths + path];
  }

  /** The draws for one region and step, in path order (a copy). */
  public double[] samples(int region, int step) {
    int from = (region * steps + step) * paths;
    return Arrays.copyOfRange(values, from, from + paths);
  }

  /** The draws for one region and step, sorted ascending (a copy). */
  public double[] sortedSamples(int region, int step) {
    double[] s = samples(region, step);
    Arrays.sort(s);
    return s;
  }

  /** Path {@code path} as {@code [region][step]} (a copy). */
  public double[][] path(int path) {
    double[][] out = new double[regions][steps];
    for (int r = 0; r < regions; r++) {
      for (int s = 0; s < steps; s++) {
        out[r][s] = value(path, r, s);
      }
    }
    return out;
  }

  /** The cap on the draws of {@code region}; {@code Double.POSITIVE_INFINITY} when uncapped. */
  public double ceiling(int region) {
    return ceilings[region];
  }

  /** How many of the draws of {@code region}, over every step and path, sit at its ceiling. */
  public int cappedDraws(int region) {
    double c = ceilings[region];
    if (c == Double.POSITIVE_INFINITY) {
      return 0;
    }
    int n = 0;
    int from = region * steps * paths;
    for (int i = from; i < from + steps * paths; i++) {
      if (values[i] >= c) {
        n++;
      }
    }
    return n;
  }

  /** True when every draw equals its neighbours': same seed, same paths. */
  public boolean sameAs(SamplePaths other) {
    return regions == other.regions
        && steps == other.steps
        && paths == other.paths
        && Arrays.equals(values, other.values)
        && Arrays.equals(ceilings, other.ceilings);
  }
}
