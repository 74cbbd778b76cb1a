package org.handover.engine.indicator;

/**
 * Kernels along one region's months: {@code in} and {@code out} are distinct arrays of the same
 * length. All but {@link #interpolate} are causal: month m depends only on months up to m. Months
 * before the start of the series count as missing.
 */
final class TimeKernels {
  private TimeKernels() {}

  enum Window { SUM, MEAN, MIN, MAX }

  /**
   * Sum, mean, min or max of the non-missing values among months m-n+1..m, or NaN when fewer than
   * {@code minObs} of them are present. Summed directly per window (not as a running total) so a
   * month's value does not depend on rounding left over from earlier months.
   */
  static void rolling(Window kind, double[] in, double[] out, int n, int minObs) {
    for (int m = 0; m < in.length; m++) {
      int from = Math.max(0, m - n + 1);
      int count = 0;
      double acc = kind == Window.MIN ? Double.POSITIVE_INFINITY : kind == Window.MAX ? Double.NEGATIVE_INFINITY : 0;
      for (int k = from; k <= m; k++) {
        double v = in[k];
        if (v == v) {
          count++;
          switch (kind) {
            case SUM, MEAN -> acc += v;
            case MIN -> acc = Math.min(acc, v);
            case MAX -> acc = Math.max(acc, v);
            default -> throw new AssertionError(kind);
          }
        }
      }
      out[m] = count < minObs ? Double.NaN : Elementwise.finite(kind == Window.MEAN ? acc / count : acc);
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
   * Ordinary least squares slope per month of the non-missing values among months m-n+1..m, when
   * at least {@code minObs} (and at least 2) are present. Centred sums keep it accurate for large
   * values.
   */
  static void slope(double[] in, double[] out, int n, int minObs) {
    int need = Math.max(2, minObs);
    for (int m = 0; m < in.length; m++) {
      int from = Math.max(0, m - n + 1);
      int count = 0;
      double sumT = 0;
      double sumV = 0;
      for (int k = from; k <= m; k++) {
        double v = in[k];
        if (v == v) {
          count++;
          sumT += k - from;
          sumV += v;
        }
      }
      if (count < need) {
        out[m] = Double.NaN;
        continue;
      }
      double meanT = sumT / count;
      double meanV = sumV / count;
      double sxx = 0;
      double sxy = 0;
      for (int k = from; k <= m; k++) {
        double v = in[k];
        if (v == v) {
          double dt = k - from - meanT;
          sxx += dt * dt;
          sxy += dt * (v - meanV);
        }
      }
      out[m] = Elementwise.finite(sxy / sxx);
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

  /** Straight lines between known months; gaps before the first or after the last stay missing. Uses later values. */
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
