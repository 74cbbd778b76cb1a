package org.handover.engine.forecast;

import java.util.function.Supplier;

/**
 * Draws future paths of every region, one path at a time, so that callers can stream paths (e.g. an
 * outlook over thousands of regions) without holding all of them.
 *
 * <p>Path {@code p} of a run with seed {@code s} depends only on {@code (s, p)}: never on which
 * thread draws it or which paths were drawn before, so results are identical however the paths are
 * split across threads.
 */
public interface PathSampler {
  int regionCount();

  int horizon();

  /**
   * The largest value a draw of {@code region} can take: draws at it were capped there (the
   * forecast reports how many). {@code Double.POSITIVE_INFINITY} when draws are not capped.
   */
  default double ceiling(int region) {
    return Double.POSITIVE_INFINITY;
  }

  /** A worker with its own scratch buffers; use one per thread. */
  Worker worker();

  /**
   * A sampler of {@code regions} regions over {@code horizon} months whose workers come from {@code
   * workers}.
   */
  static PathSampler of(int regions, int horizon, Supplier<Worker> workers) {
    return new PathSampler() {
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
        return workers.get();
      }
    };
  }

  interface Worker {
    /** Writes path {@code path} of the run seeded {@code seed} into {@code out[region][step]}. */
    void sample(long seed, int path, double[][] out);

    /**
     * Whether {@link #sample(long, int, double[][], double[][])} can shift the expected values (a
     * model of the mean) or not (e.g. a point forecast).
     */
    default boolean shiftable() {
      return false;
    }

    /**
     * Path {@code path} with each region's expected value in each step multiplied by {@code
     * exp(logShift[region][step])}: an effect stated as a change in the month's expected count. A
     * shift of zero everywhere draws exactly the path {@link #sample(long, int, double[][])} draws,
     * and two shifts that agree up to a step draw the same values up to that step.
     *
     * @throws UnsupportedOperationException when the model cannot (see {@link #shiftable()})
     */
    default void sample(long seed, int path, double[][] logShift, double[][] out) {
      throw new UnsupportedOperationException("this model's sample paths cannot be shifted");
    }

    /**
     * {@link #sample(long, int, double[][], double[][])} for a {@code logShift} that agrees with
     * the one of this worker's last call before step {@code from}, when that call drew the same
     * path into {@code out}: the steps before {@code from} are left as that call drew them, which
     * are the values a whole call would draw, and the later ones drawn as a whole call would draw
     * them. A worker that cannot start a path at a step draws it whole, as it does when its last
     * call drew another path.
     */
    default void resample(long seed, int path, double[][] logShift, double[][] out, int from) {
      sample(seed, path, logShift, out);
    }
  }
}
