package org.handover.app.report;

import org.handover.engine.benchmark.Window;

/**
 * The value a benchmark compares with its threshold, month by month: the indicator reduced over
 * the benchmark's window, skipping months without data. It follows the engine's rule (see
 * {@code BenchmarkSeries.windowed}, which is not public); a test checks both agree in every
 * region and month, so the plotted line is exactly what the verdicts judged.
 */
public final class WindowedSeries {
  private WindowedSeries() {}

  public static double[] of(double[] x, Window w) {
    if (w.isLastMonth()) {
      return x.clone();
    }
    int n = w.months();
    double[] out = new double[x.length];
    for (int m = 0; m < x.length; m++) {
      double acc = switch (w.aggregate()) {
        case MIN -> Double.POSITIVE_INFINITY;
        case MAX -> Double.NEGATIVE_INFINITY;
        default -> 0;
      };
      int count = 0;
      for (int k = Math.max(0, m - n + 1); k <= m; k++) {
        double v = x[k];
        if (Double.isNaN(v)) {
          continue;
        }
        count++;
        acc = switch (w.aggregate()) {
          case MIN -> Math.min(acc, v);
          case MAX -> Math.max(acc, v);
          default -> acc + v;
        };
      }
      out[m] = count == 0 ? Double.NaN : w.aggregate() == Window.Aggregate.MEAN ? acc / count : acc;
    }
    return out;
  }
}
