package org.handover.engine.forecast.nb;

import java.util.Arrays;

/**
 * A Hessian with block-arrow structure: a dense block for the {@code m} shared parameters, a
 * diagonal for the {@code q} per-region parameters (each region-month touches one of them), and the
 * border between the two. Storing it this way keeps a fit with thousands of regions at O(q·m²) per
 * Newton step instead of O((m+q)³).
 */
final class Curvature {
  final int m;
  final int q;

  /** {@code [m][m]}, symmetric. */
  final double[][] dense;

  /** {@code [q][m]}: row j is the border column of per-region parameter j. */
  final double[][] border;

  /** {@code [q]}. */
  final double[] diagonal;

  Curvature(int m, int q) {
    this.m = m;
    this.q = q;
    this.dense = new double[m][m];
    this.border = new double[q][m];
    this.diagonal = new double[q];
  }

  void clear() {
    for (double[] row : dense) {
      Arrays.fill(row, 0);
    }
    for (double[] row : border) {
      Arrays.fill(row, 0);
    }
    Arrays.fill(diagonal, 0);
  }

  double maxAbsDiagonal() {
    double s = 0;
    for (int i = 0; i < m; i++) {
      s = Math.max(s, Math.abs(dense[i][i]));
    }
    for (double d : diagonal) {
      s = Math.max(s, Math.abs(d));
    }
    return s;
  }
}
