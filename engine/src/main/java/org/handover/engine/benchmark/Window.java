package org.handover.engine.benchmark;

/**
 * Which months of the indicator a benchmark looks at: the last {@code months} up to the assessed
 * month, reduced by {@code aggregate}. Missing months are skipped; a window with no data is "no
 * data".
 */
public record Window(int months, Aggregate aggregate) {
  public enum Aggregate {
    LAST,
    MEAN,
    MIN,
    MAX,
    SUM
  }

  public Window {
    if (months < 1) {
      throw new IllegalArgumentException("a window covers at least one month, not " + months);
    }
    if (aggregate == Aggregate.LAST && months != 1) {
      throw new IllegalArgumentException("aggregate 'last' takes a one-month window");
    }
  }

  public static Window lastMonth() {
    return new Window(1, Aggregate.LAST);
  }

  public static Window of(int months, Aggregate aggregate) {
    return new Window(months, aggregate);
  }

  public boolean isLastMonth() {
    return months == 1;
  }

  /**
   * The value a benchmark compares with its threshold in each month: {@code x} reduced over the
   * window ending at that month, skipping months without data (NaN when the window has none).
   * Returns {@code x} itself for a one-month window; callers must not write into the result.
   */
  public double[] apply(double[] x) {
    return apply(x, 0);
  }

  /**
   * {@link #apply(double[])} for the months from {@code from} on, each the same value: the earlier
   * months of the result are not computed (0), for a caller that reads only the later ones.
   */
  public double[] apply(double[] x, int from) {
    if (isLastMonth()) {
      return x;
    }
    double[] out = new double[x.length];
    for (int m = Math.max(0, from); m < x.length; m++) {
      double acc =
          switch (aggregate) {
            case MIN -> Double.POSITIVE_INFINITY;
            case MAX -> Double.NEGATIVE_INFINITY;
            default -> 0;
          };
      int count = 0;
      for (int k = Math.max(0, m - months + 1); k <= m; k++) {
        double v = x[k];
        if (Double.isNaN(v)) {
          continue;
        }
        count++;
        acc =
            switch (aggregate) {
              case MIN -> Math.min(acc, v);
              case MAX -> Math.max(acc, v);
              default -> acc + v;
            };
      }
      out[m] = count == 0 ? Double.NaN : aggregate == Aggregate.MEAN ? acc / count : acc;
    }
    return out;
  }

  public String describe() {
    return isLastMonth() ? "" : aggregate.name().toLowerCase() + " over " + months + " months";
  }
}
