package org.handover.engine.indicator;

import java.util.Arrays;

/**
 * An intermediate result of evaluation: a constant, or a {@code [region][month]} grid. A grid is
 * <em>owned</em> when evaluation allocated it and nothing else refers to it, so the next operation
 * may overwrite it instead of allocating; panel columns and national series (whose rows are one
 * shared array) are borrowed and never written.
 */
final class Operand {
  private final double[][] grid;
  private final double constant;
  private final boolean owned;
  private final int months;
  private double[] constantRow;

  private Operand(double[][] grid, double constant, boolean owned, int months) {
    this.grid = grid;
    this.constant = constant;
    this.owned = owned;
    this.months = months;
  }

  static Operand constant(double value, int months) {
    return new Operand(null, value, false, months);
  }

  static Operand borrowed(double[][] grid, int months) {
    return new Operand(grid, Double.NaN, false, months);
  }

  static Operand owned(double[][] grid, int months) {
    return new Operand(grid, Double.NaN, true, months);
  }

  boolean isConstant() {
    return grid == null;
  }

  double constant() {
    return constant;
  }

  boolean owned() {
    return owned;
  }

  /** The grid; only for non-constants. */
  double[][] grid() {
    return grid;
  }

  /** Row {@code r}; a constant gives one shared filled row, which callers must not write. */
  double[] row(int r) {
    if (grid != null) {
      return grid[r];
    }
    if (constantRow == null) {
      constantRow = new double[months];
      Arrays.fill(constantRow, constant);
    }
    return constantRow;
  }

  /** A grid holding these values; a fresh filled grid for a constant. */
  double[][] toGrid(int regions) {
    if (grid != null) {
      return grid;
    }
    double[][] filled = new double[regions][months];
    for (double[] row : filled) {
      Arrays.fill(row, constant);
    }
    return filled;
  }
}
