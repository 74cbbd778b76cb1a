package org.handover.engine.assessment;

import org.handover.engine.benchmark.Benchmark;
import org.handover.engine.benchmark.Window;

/**
 * One benchmark evaluated for every region and month at once: the windowed value, how many
 * consecutive months the comparison has held, and the status. Arrays are {@code [region][month]}.
 */
final class BenchmarkSeries {
  final Benchmark benchmark;
  final double[][] value;
  final int[][] held;
  final byte[][] status;

  static final byte MET = 0;
  static final byte NOT_MET = 1;
  static final byte NO_DATA = 2;

  private BenchmarkSeries(Benchmark benchmark, double[][] value, int[][] held, byte[][] status) {
    this.benchmark = benchmark;
    this.value = value;
    this.held = held;
    this.status = status;
  }

  static BenchmarkSeries evaluate(Benchmark b, double[][] indicator) {
    int regions = indicator.length;
    int months = regions == 0 ? 0 : indicator[0].length;
    double[][] value = new double[regions][];
    int[][] held = new int[regions][months];
    byte[][] status = new byte[regions][months];
    for (int r = 0; r < regions; r++) {
      double[] v = windowed(indicator[r], b.window());
      value[r] = v;
      int run = 0;
      for (int m = 0; m < months; m++) {
        double x = v[m];
        if (Double.isNaN(x)) {
          run = 0;
          status[r][m] = NO_DATA;
        } else if (b.comparison().holds(x, b.threshold())) {
          run++;
          status[r][m] = run >= b.heldFor() ? MET : NOT_MET;
        } else {
          run = 0;
          status[r][m] = NOT_MET;
        }
        held[r][m] = run;
      }
    }
    return new BenchmarkSeries(b, value, held, status);
  }

  static Status status(byte code) {
    return switch (code) {
      case MET -> Status.MET;
      case NOT_MET -> Status.NOT_MET;
      default -> Status.NO_DATA;
    };
  }

  /** The window's aggregate ending at each month, over the months that have data. */
  static double[] windowed(double[] x, Window w) {
    if (w.isLastMonth()) {
      return x;
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
      if (count == 0) {
        out[m] = Double.NaN;
      } else if (w.aggregate() == Window.Aggregate.MEAN) {
        out[m] = acc / count;
      } else {
        out[m] = acc;
      }
    }
    return out;
  }
}
