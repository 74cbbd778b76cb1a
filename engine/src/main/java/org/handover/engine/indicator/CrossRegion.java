package org.handover.engine.indicator;

import java.util.Arrays;

/**
 * Kernels that combine regions month by month. Missing values are skipped; nothing present gives
 * NaN.
 */
final class CrossRegion {
  private CrossRegion() {}

  /** Sum (or mean) over regions for each month. */
  static double[] national(double[][] grid, int months, boolean mean) {
    double[] sum = new double[months];
    int[] count = new int[months];
    for (double[] row : grid) {
      for (int m = 0; m < months; m++) {
        double v = row[m];
        if (v == v) {
          sum[m] += v;
          count[m]++;
        }
      }
    }
    for (int m = 0; m < months; m++) {
      sum[m] = count[m] == 0 ? Double.NaN : Elementwise.finite(mean ? sum[m] / count[m] : sum[m]);
    }
    return sum;
  }

  /** Each region's mean over its neighbours' values. */
  static double[][] neighbourMean(double[][] grid, int months, int[][] adjacency) {
    double[][] out = new double[grid.length][months];
    int[] count = new int[months];
    for (int r = 0; r < grid.length; r++) {
      double[] o = out[r];
      Arrays.fill(count, 0);
      for (int nb : adjacency[r]) {
        double[] row = grid[nb];
        for (int m = 0; m < months; m++) {
          double v = row[m];
          if (v == v) {
            o[m] += v;
            count[m]++;
          }
        }
      }
      for (int m = 0; m < months; m++) {
        o[m] = count[m] == 0 ? Double.NaN : Elementwise.finite(o[m] / count[m]);
      }
    }
    return out;
  }
}
