package org.handover.engine.indicator;

/**
 * Kernels along one region's months: {@code in} and {@code out} are distinct arrays of the same
 * length. All but {@link #interpolate} are causal: month m depends only on months up to m. Months
 * before the start of the series count as missing.
 */
final class TimeKernels {
  private TimeKernels() {}

  enum Window {
    SUM,
    MEAN,
    MIN,
    MAX
  }

  /**
   * Sum, mean, min or max of the non-missing values among months m-n+1..m, or NaN when fewer than
   * {@code minObs} of them are present. Summed directly per window (not as a running total) so a
   * month's value does not depend on rounding left over from earlier months.
   */
  static void rolling(Window kind, double[] in, double[] out, int n, int minObs) {
    switch (kind) {
      case SUM, MEAN -> rollingSum(in, out, n, minObs, kind == Window.MEAN);
      case MIN -> rollingExtreme(in, out, n, minObs, false);
      case MAX -> rollingExtreme(in, out, n, minObs, true);
      default -> throw new AssertionError(kind);
    }
  }

  private static void rollingSum(double[] in, double[] out, int n, int minObs, boolean mean) {
    for (int m = 0; m < in.length; m++) {
      int count = 0;
      double sum = 0;
      for (int k = Math.max(0, m - n + 1); k <= m; k++) {
        double v = in[k];
        if (v == v) {
          count++;
          sum += v;
        }
      }
      out[m] = count < minObs ? Double.NaN : Elementwise.finite(mean ? sum / count : sum);
    }
  }

  private static void rollingExtreme(double[] in, double[] out, int n, int minObs, boolean max) {
    for (int m = 0; m < in.length; m++) {
      int count = 0;
      double best = max ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
      for (int k = Math.max(0, m - n + 1); k <= m; k++) {
        double v = in[k];
        if (v == v) {
          count++;
          best = max ? Math.max(best, v) : Math.min(best, v);
        }
      }
      out[m] = count < minObs ? Double.NaN : best;
    }
  }

  /** The value n months earlier. */
  static void lag(double[] in, double[] out, int n) {
    for (int m = 0; m < in.length; m++) {
      out[m] = m >= n ? in[m - n] : Double.NaN;
    }
  }

  /** x - lag(x, n). */
  static void diff(double[] in, double[] out, int n) {
    for (int m = 0; m < in.length; m++) {
      out[m] = m >= n ? Elementwise.finite(in[m] - in[m - n]) : Double.NaN;
    }
  }

  /** (x - lag(x, n)) / lag(x, n) as a fraction; NaN when the earlier value is 0. */
  static void pctChange(double[] in, double[] out, int n) {
    for (int m = 0; m < in.length; m++) {
      double before = m >= n ? in[m - n] : Double.NaN;
      out[m] = before == 0 ? Double.NaN : Elementwise.finite((in[m] - before) / before);
    }
  }

  /**
   * Ordinary least squares slope per month of the non-missing values among months m-n+1..m, when at
   * least {@code minObs} (and at least 2) are present. One pass over each window; values are taken
   * relative to the window's first present value so large levels do not swamp the trend.
   */
  static void slope(double[] in, double[] out, int n, int minObs) {
    int need = Math.max(2, minObs);
    for (int m = 0; m < in.length; m++) {
      int from = Math.max(0, m - n + 1);
      int count = 0;
      double ref = Double.NaN;
      double st = 0;
      double stt = 0;
      double sv = 0;
      double stv = 0;
      for (int k = from; k <= m; k++) {
        double v = in[k];
        if (v == v) {
          if (count == 0) {
            ref = v;
          }
          count++;
          double t = k - m;
          double y = v - ref;
          st += t;
          stt += t * t;
          sv += y;
          stv += t * y;
        }
      }
      out[m] =
          count < need
              ? Double.NaN
              : Elementwise.finite((stv - st * sv / count) / (stt - st * st / count));
    }
  }

  /** Missing months take the last value seen at most {@code maxMonths} earlier. */
  static void carryForward(double[] in, double[] out, int maxMonths) {
    int last = -1;
    for (int m = 0; m < in.length; m++) {
      double v = in[m];
      if (v == v) {
        last = m;
        out[m] = v;
      } else {
        out[m] = last >= 0 && m - last <= maxMonths ? in[last] : Double.NaN;
      }
    }
  }

  /**
   * Straight lines between known months; gaps before the first or after the last stay missing. Uses
   * later values.
   */
  static void interpolate(double[] in, double[] out) {
    int prev = -1;
    for (int m = 0; m < in.length; m++) {
      double v = in[m];
      out[m] = v;
      if (v != v) {
        continue;
      }
      if (prev >= 0 && m - prev > 1) {
        double a = in[prev];
        double step = (v - a) / (m - prev);
        for (int k = prev + 1; k < m; k++) {
          out[k] = a + step * (k - prev);
        }
      }
      prev = m;
    }
  }

  /** Months since the latest non-missing value (0 in a month with data); NaN before the first. */
  static void monthsSinceData(double[] in, double[] out) {
    int last = -1;
    for (int m = 0; m < in.length; m++) {
      if (in[m] == in[m]) {
        last = m;
      }
      out[m] = last < 0 ? Double.NaN : m - last;
    }
  }
}
