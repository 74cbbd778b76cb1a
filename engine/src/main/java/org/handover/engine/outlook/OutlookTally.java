package org.handover.engine.outlook;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.handover.engine.assessment.Evaluation;

/**
 * Integer counts over a set of an outlook's sample paths: for each region and forecast month, the
 * paths on which the region was first ready for its next stage in that month, and those on which it
 * was ready in it. Counts of disjoint ranges of paths add up to the counts of their union, whatever
 * the order or the machine they were drawn on (each path is seeded by the seed and its index), so
 * tallies of ranges run apart ({@link Outlook#runPaths}) merge into exactly the whole run's.
 * Serializable so a cluster's tasks can return them.
 */
public final class OutlookTally implements Serializable {
  private static final long serialVersionUID = 1L;

  /** {@code first[r][k]}: paths first ready in month k. */
  final long[][] first;

  /** {@code met[r][k]}: paths ready in month k. */
  final long[][] met;

  /** The ranges of path indices counted, as {from, to} pairs, disjoint. */
  private final List<int[]> ranges;

  OutlookTally(int regions, int horizon, int from, int to) {
    first = new long[regions][horizon];
    met = new long[regions][horizon];
    ranges = new ArrayList<>();
    if (from < to) {
      ranges.add(new int[] {from, to});
    }
  }

  /** {@code next[r]}: the rank of region r's next stage, -1 at the top of the ladder. */
  void add(Evaluation path, int[] next, int history) {
    for (int r = 0; r < next.length; r++) {
      if (next[r] < 0) {
        continue;
      }
      boolean seen = false;
      for (int k = 0; k < first[r].length; k++) {
        if (path.ready(r, next[r], history + k)) {
          met[r][k]++;
          if (!seen) {
            first[r][k]++;
            seen = true;
          }
        }
      }
    }
  }

  /**
   * The counts of both tallies' paths together.
   *
   * @throws IllegalArgumentException if the tallies are of different shapes or count a path twice
   */
  public OutlookTally merge(OutlookTally other) {
    if (other.first.length != first.length
        || (first.length > 0 && other.first[0].length != first[0].length)) {
      throw new IllegalArgumentException("tallies of different regions or horizons");
    }
    OutlookTally sum =
        new OutlookTally(first.length, first.length == 0 ? 0 : first[0].length, 0, 0);
    for (int r = 0; r < first.length; r++) {
      for (int k = 0; k < first[r].length; k++) {
        sum.first[r][k] = first[r][k] + other.first[r][k];
        sum.met[r][k] = met[r][k] + other.met[r][k];
      }
    }
    List<int[]> all = new ArrayList<>(ranges);
    all.addAll(other.ranges);
    all.sort(Comparator.comparingInt(a -> a[0]));
    for (int i = 1; i < all.size(); i++) {
      if (all.get(i)[0] < all.get(i - 1)[1]) {
        throw new IllegalArgumentException(
            "paths "
                + all.get(i)[0]
                + ".."
                + (all.get(i - 1)[1] - 1)
                + " are counted in both tallies");
      }
    }
    sum.ranges.addAll(all);
    return sum;
  }

  /** Whether this tally counts exactly the paths {@code 0 .. paths - 1}, each once. */
  boolean coversExactly(int paths) {
    int next = 0;
    for (int[] range : ranges) {
      if (range[0] != next) {
        return false;
      }
      next = range[1];
    }
    return next == paths;
  }

  /** Paths counted. */
  public int paths() {
    int n = 0;
    for (int[] range : ranges) {
      n += range[1] - range[0];
    }
    return n;
  }
}
