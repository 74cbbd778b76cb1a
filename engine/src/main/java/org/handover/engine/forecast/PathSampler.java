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
  }
}
