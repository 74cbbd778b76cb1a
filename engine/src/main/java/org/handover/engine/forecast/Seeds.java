package org.handover.engine.forecast;

import org.hipparchus.random.RandomGenerator;

/**
 * Derives independent, reproducible random streams from one user seed: path {@code p} of a run gets
 * its own generator, so a path never depends on how paths are split across threads.
 */
public final class Seeds {
  private Seeds() {}

  /** A seed for stream {@code index} of the run seeded {@code seed} (SplitMix64 finaliser). */
  public static long derive(long seed, long index) {
    return mix(seed ^ mix(index + 0x9E3779B97F4A7C15L));
  }

  /** The generator of stream {@code index} (see {@link SplitMixGenerator} for why this one). */
  public static RandomGenerator generator(long seed, long index) {
    return new SplitMixGenerator(derive(seed, index));
  }

  private static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}
