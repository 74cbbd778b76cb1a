package org.handover.engine.indicator;

import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import org.handover.engine.indicator.Elementwise.Op1;
import org.handover.engine.indicator.Elementwise.Op2;
import org.handover.engine.indicator.Expression.Binary;
import org.handover.engine.indicator.Expression.Call;
import org.handover.engine.indicator.Expression.Filtered;
import org.handover.engine.indicator.Expression.Neg;
import org.handover.engine.indicator.Expression.Num;
import org.handover.engine.indicator.Expression.Var;
import org.handover.engine.indicator.TimeKernels.Window;
import org.handover.engine.panel.Panel;

/**
 * Evaluates an expression for every region and month at once: each node yields a whole {@code
 * [region][month]} grid (or a constant), computed by row kernels without per-cell objects, and
 * intermediate grids are overwritten in place when nothing else holds them.
 */
final class Evaluator {
  private final Panel panel;
  private final int regions;
  private final int months;
  private final Supplier<int[][]> adjacency;

  Evaluator(Panel panel) {
    this(panel, Adjacency.of(panel.theater()));
  }

  /**
   * With the theater's adjacency shared between evaluators, as it costs more than a simple
   * indicator.
   */
  Evaluator(Panel panel, Supplier<int[][]> adjacency) {
    this.panel = panel;
    this.regions = panel.regionCount();
    this.months = panel.monthCount();
    this.adjacency = adjacency;
  }

  /**
   * The values of {@code e}; may be a panel column (or share rows with one) when {@code e} is a
   * bare variable or a national function, so callers must not write into it. Every variable must be
   * in the panel (the caller checks, to report errors against the source).
   */
  double[][] evaluate(Expression e) {
    return eval(e).toGrid(regions);
  }

  private Operand eval(Expression e) {
    if (e instanceof Num n) {
      return Operand.constant(n.value(), months);
    }
    if (e instanceof Var v) {
      return Operand.borrowed(panel.values(v.name()), months);
    }
    if (e instanceof Filtered f) {
      return Operand.borrowed(panel.values(f.key()), months);
    }
    if (e instanceof Neg n) {
      return unary(Op1.NEG, eval(n.operand()));
    }
    if (e instanceof Binary b) {
      return binary(Elementwise.of(b.op()), eval(b.left()), eval(b.right()));
    }
    return call((Call) e);
  }

  private Operand call(Call c) {
    List<Expression> a = c.arguments();
    return switch (c.function()) {
      case ROLLING_SUM -> rolling(Window.SUM, a);
      case ROLLING_MEAN -> rolling(Window.MEAN, a);
      case ROLLING_MIN -> rolling(Window.MIN, a);
      case ROLLING_MAX -> rolling(Window.MAX, a);
      case LAG ->
          alongTime(
              eval(a.get(0)), (in, out) -> TimeKernels.lag(in, out, Builtin.months(a.get(1))));
      case DIFF ->
          alongTime(
              eval(a.get(0)), (in, out) -> TimeKernels.diff(in, out, Builtin.months(a.get(1))));
      case PCT_CHANGE ->
          alongTime(
              eval(a.get(0)),
              (in, out) -> TimeKernels.pctChange(in, out, Builtin.months(a.get(1))));
      case SLOPE ->
          alongTime(
              eval(a.get(0)),
              (in, out) -> TimeKernels.slope(in, out, Builtin.months(a.get(1)), minObs(a)));
      case MIN -> binary(Op2.MIN, eval(a.get(0)), eval(a.get(1)));
      case MAX -> binary(Op2.MAX, eval(a.get(0)), eval(a.get(1)));
      case ABS -> unary(Op1.ABS, eval(a.get(0)));
      case LOG -> unary(Op1.LOG, eval(a.get(0)));
      case LOG1P -> unary(Op1.LOG1P, eval(a.get(0)));
      case SQRT -> unary(Op1.SQRT, eval(a.get(0)));
      case EXP -> unary(Op1.EXP, eval(a.get(0)));
      case IS_MISSING -> unary(Op1.IS_MISSING, eval(a.get(0)));
      case CLAMP -> {
        double lo = Builtin.literal(a.get(1)).orElseThrow();
        double hi = Builtin.literal(a.get(2)).orElseThrow();
        yield inPlace(eval(a.get(0)), (in, out) -> Elementwise.clamp(in, lo, hi, out));
      }
      case RATIO -> binary(Op2.DIV, eval(a.get(0)), eval(a.get(1)));
      case PER_CAPITA ->
          binary(
              Op2.DIV,
              binary(
                  Op2.MUL,
                  Operand.constant(Builtin.literal(a.get(1)).orElseThrow(), months),
                  eval(a.get(0))),
              Operand.borrowed(panel.values(Call.POPULATION), months));
      case FILL -> {
        double v = Builtin.literal(a.get(1)).orElseThrow();
        yield inPlace(eval(a.get(0)), (in, out) -> Elementwise.fill(in, v, out));
      }
      case COALESCE -> {
        Operand acc = eval(a.get(0));
        for (int i = 1; i < a.size(); i++) {
          acc = binary(Op2.COALESCE, acc, eval(a.get(i)));
        }
        yield acc;
      }
      case CARRY_FORWARD ->
          alongTime(
              eval(a.get(0)),
              (in, out) -> TimeKernels.carryForward(in, out, Builtin.months(a.get(1))));
      case INTERPOLATE -> alongTime(eval(a.get(0)), TimeKernels::interpolate);
      case MONTHS_SINCE_DATA -> alongTime(eval(a.get(0)), TimeKernels::monthsSinceData);
      case NATIONAL_SUM -> national(eval(a.get(0)), false);
      case NATIONAL_MEAN -> national(eval(a.get(0)), true);
      case NEIGHBOUR_MEAN ->
          Operand.owned(
              CrossRegion.neighbourMean(eval(a.get(0)).toGrid(regions), months, adjacency.get()),
              months);
      case IF -> choose(eval(a.get(0)), eval(a.get(1)), eval(a.get(2)));
    };
  }

  private Operand rolling(Window kind, List<Expression> a) {
    int n = Builtin.months(a.get(1));
    int minObs = a.size() > 2 ? Builtin.months(a.get(2)) : n;
    return alongTime(eval(a.get(0)), (in, out) -> TimeKernels.rolling(kind, in, out, n, minObs));
  }

  private static int minObs(List<Expression> a) {
    return a.size() > 2 ? Builtin.months(a.get(2)) : Builtin.months(a.get(1));
  }

  /** A row kernel may read {@code in} at other months than it writes, so in and out must differ. */
  @FunctionalInterface
  private interface RowKernel {
    void apply(double[] in, double[] out);
  }

  private Operand alongTime(Operand x, RowKernel kernel) {
    double[][] in = x.toGrid(regions);
    if (x.owned()) {
      double[] scratch = new double[months];
      for (double[] row : in) {
        kernel.apply(row, scratch);
        System.arraycopy(scratch, 0, row, 0, months);
      }
      return x;
    }
    double[][] out = new double[regions][months];
    for (int r = 0; r < regions; r++) {
      kernel.apply(in[r], out[r]);
    }
    return Operand.owned(out, months);
  }

  /** For kernels that read and write the same month only, so they may write over their input. */
  private Operand inPlace(Operand x, RowKernel kernel) {
    double[][] in = x.toGrid(regions);
    double[][] out = x.owned() || x.isConstant() ? in : new double[regions][months];
    for (int r = 0; r < regions; r++) {
      kernel.apply(in[r], out[r]);
    }
    return Operand.owned(out, months);
  }

  private Operand unary(Op1 op, Operand x) {
    if (x.isConstant()) {
      return Operand.constant(Elementwise.apply(op, x.constant()), months);
    }
    return inPlace(x, (in, out) -> Elementwise.apply(op, in, out));
  }

  private Operand binary(Op2 op, Operand a, Operand b) {
    if (a.isConstant() && b.isConstant()) {
      return Operand.constant(Elementwise.apply(op, a.constant(), b.constant()), months);
    }
    double[][] out = target(a, b, null);
    for (int r = 0; r < regions; r++) {
      Elementwise.apply(op, a.row(r), b.row(r), out[r]);
    }
    return Operand.owned(out, months);
  }

  private Operand choose(Operand cond, Operand a, Operand b) {
    if (cond.isConstant() && a.isConstant() && b.isConstant()) {
      double c = cond.constant();
      return Operand.constant(c != c ? Double.NaN : c != 0 ? a.constant() : b.constant(), months);
    }
    double[][] out = target(cond, a, b);
    for (int r = 0; r < regions; r++) {
      Elementwise.choose(cond.row(r), a.row(r), b.row(r), out[r]);
    }
    return Operand.owned(out, months);
  }

  /** An owned input grid to write into, else a new one. */
  private double[][] target(Operand a, Operand b, Operand c) {
    for (Operand o : new Operand[] {a, b, c}) {
      if (o != null && o.owned()) {
        return o.grid();
      }
    }
    return new double[regions][months];
  }

  /**
   * One array for all regions, as {@link Panel#withNational} stores it; borrowed because rows are
   * shared.
   */
  private Operand national(Operand x, boolean mean) {
    double[] perMonth = CrossRegion.national(x.toGrid(regions), months, mean);
    double[][] rows = new double[regions][];
    Arrays.fill(rows, perMonth);
    return Operand.borrowed(rows, months);
  }
}
