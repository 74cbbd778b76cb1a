package org.handover.engine.derivation;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

/**
 * Splits a national total over regions in proportion to their population, in whole units (people,
 * troops) that add up exactly to the total: each region gets the floor of its exact quota, and the
 * units left over go to the largest remainders (Hamilton's method; ties to the lower index, so the
 * split is deterministic).
 */
final class PopulationShare {
  private PopulationShare() {}

  /** Each region's share of the total population; they sum to 1. */
  static double[] shares(double[] populations) {
    double sum = 0;
    for (double p : populations) {
      if (!(p >= 0) || Double.isInfinite(p)) {
        throw new IllegalArgumentException(
            "populations must be finite and non-negative: " + Arrays.toString(populations));
      }
      sum += p;
    }
    if (!(sum > 0)) {
      throw new IllegalArgumentException("the populations sum to zero: no shares");
    }
    double[] shares = new double[populations.length];
    for (int i = 0; i < shares.length; i++) {
      shares[i] = populations[i] / sum;
    }
    return shares;
  }

  /** {@code total} split by population share into whole units summing to {@code total}. */
  static long[] split(long total, double[] populations) {
    if (total < 0) {
      throw new IllegalArgumentException("total must be zero or more, not " + total);
    }
    double[] shares = shares(populations);
    long[] out = new long[shares.length];
    double[] remainders = new double[shares.length];
    long assigned = 0;
    for (int i = 0; i < shares.length; i++) {
      double quota = total * shares[i];
      out[i] = (long) Math.floor(quota);
      remainders[i] = quota - out[i];
      assigned += out[i];
    }
    long left = total - assigned;
    Integer[] order =
        IntStream.range(0, shares.length)
            .boxed()
            .sorted(
                Comparator.<Integer>comparingDouble(i -> -remainders[i]).thenComparingInt(i -> i))
            .toArray(Integer[]::new);
    for (int k = 0; k < left; k++) {
      out[order[k % order.length]]++;
    }
    return out;
  }
}
