package org.handover.engine.assessment;

import org.handover.engine.benchmark.Benchmark;

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
      double[] v = b.window().apply(indicator[r]);
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

  /**
   * The {@link #status} of {@link #evaluate} in the months from {@code from} on, each the same
   * code; the earlier months are left {@link #MET} and must not be read. A month's status reads the
   * last {@code heldFor} months' comparisons only (held for at least that long or not), so the
   * comparisons start {@code heldFor - 1} months before {@code from}, and each of them the window
   * before it.
   */
  static byte[][] statusFrom(Benchmark b, double[][] indicator, int from) {
    int regions = indicator.length;
    int months = regions == 0 ? 0 : indicator[0].length;
    int first = Math.max(0, from - (b.heldFor() - 1));
    byte[][] status = new byte[regions][months];
    for (int r = 0; r < regions; r++) {
      double[] v = b.window().apply(indicator[r], first);
      byte[] row = status[r];
      int run = 0;
      for (int m = first; m < months; m++) {
        double x = v[m];
        if (Double.isNaN(x)) {
          run = 0;
          row[m] = NO_DATA;
        } else if (b.comparison().holds(x, b.threshold())) {
          run++;
          row[m] = run >= b.heldFor() ? MET : NOT_MET;
        } else {
          run = 0;
          row[m] = NOT_MET;
        }
      }
    }
    return status;
  }

  static Status status(byte code) {
    return switch (code) {
      case MET -> Status.MET;
      case NOT_MET -> Status.NOT_MET;
      default -> Status.NO_DATA;
    };
  }
}
