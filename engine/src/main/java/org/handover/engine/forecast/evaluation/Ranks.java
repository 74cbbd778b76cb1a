package org.handover.engine.forecast.evaluation;

/** Ranks in draws sorted ascending, by binary search. */
final class Ranks {
  private Ranks() {}

  /** How many of {@code sorted} are below {@code y} (or equal to it, when {@code inclusive}). */
  static int below(double[] sorted, double y, boolean inclusive) {
    int lo = 0;
    int hi = sorted.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (sorted[mid] < y || (inclusive && sorted[mid] == y)) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }
}
