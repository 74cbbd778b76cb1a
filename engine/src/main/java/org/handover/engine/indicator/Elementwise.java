package org.handover.engine.indicator;

/**
 * Month-by-month kernels over rows. One loop per operation (not a lambda per cell) so the JIT
 * compiles each to a tight loop. Results are finite or NaN: anything that would be infinite
 * (division by zero, log(0), overflow) is NaN, and NaN in gives NaN out unless stated.
 */
final class Elementwise {
  private Elementwise() {}

  enum Op2 {
    ADD,
    SUB,
    MUL,
    DIV,
    LT,
    LE,
    GT,
    GE,
    EQ,
    NE,
    MIN,
    MAX,
    COALESCE
  }

  enum Op1 {
    NEG,
    ABS,
    LOG,
    LOG1P,
    SQRT,
    EXP,
    IS_MISSING
  }

  static Op2 of(BinaryOp op) {
    return Op2.valueOf(op.name());
  }

  static double finite(double v) {
    return v - v == 0 ? v : Double.NaN;
  }

  private static double truth(boolean holds, double a, double b) {
    return a != a || b != b ? Double.NaN : holds ? 1 : 0;
  }

  static double apply(Op2 op, double a, double b) {
    double[] out = new double[1];
    apply(op, new double[] {a}, new double[] {b}, out);
    return out[0];
  }

  static void apply(Op2 op, double[] a, double[] b, double[] out) {
    int n = out.length;
    switch (op) {
      case ADD -> {
        for (int i = 0; i < n; i++) {
          out[i] = finite(a[i] + b[i]);
        }
      }
      case SUB -> {
        for (int i = 0; i < n; i++) {
          out[i] = finite(a[i] - b[i]);
        }
      }
      case MUL -> {
        for (int i = 0; i < n; i++) {
          out[i] = finite(a[i] * b[i]);
        }
      }
      case DIV -> {
        for (int i = 0; i < n; i++) {
          out[i] = b[i] == 0 ? Double.NaN : finite(a[i] / b[i]);
        }
      }
      case LT -> {
        for (int i = 0; i < n; i++) {
          out[i] = truth(a[i] < b[i], a[i], b[i]);
        }
      }
      case LE -> {
        for (int i = 0; i < n; i++) {
          out[i] = truth(a[i] <= b[i], a[i], b[i]);
        }
      }
      case GT -> {
        for (int i = 0; i < n; i++) {
          out[i] = truth(a[i] > b[i], a[i], b[i]);
        }
      }
      case GE -> {
        for (int i = 0; i < n; i++) {
          out[i] = truth(a[i] >= b[i], a[i], b[i]);
        }
      }
      case EQ -> {
        for (int i = 0; i < n; i++) {
          out[i] = truth(a[i] == b[i], a[i], b[i]);
        }
      }
      case NE -> {
        for (int i = 0; i < n; i++) {
          out[i] = truth(a[i] != b[i], a[i], b[i]);
        }
      }
      case MIN -> {
        for (int i = 0; i < n; i++) {
          out[i] = Math.min(a[i], b[i]);
        }
      }
      case MAX -> {
        for (int i = 0; i < n; i++) {
          out[i] = Math.max(a[i], b[i]);
        }
      }
      case COALESCE -> {
        for (int i = 0; i < n; i++) {
          out[i] = a[i] != a[i] ? b[i] : a[i];
        }
      }
      default -> throw new AssertionError(op);
    }
  }

  static double apply(Op1 op, double a) {
    double[] out = new double[1];
    apply(op, new double[] {a}, out);
    return out[0];
  }

  static void apply(Op1 op, double[] a, double[] out) {
    int n = out.length;
    switch (op) {
      case NEG -> {
        for (int i = 0; i < n; i++) {
          out[i] = -a[i];
        }
      }
      case ABS -> {
        for (int i = 0; i < n; i++) {
          out[i] = Math.abs(a[i]);
        }
      }
      case LOG -> {
        for (int i = 0; i < n; i++) {
          out[i] = finite(Math.log(a[i]));
        }
      }
      case LOG1P -> {
        for (int i = 0; i < n; i++) {
          out[i] = finite(log1p(a[i]));
        }
      }
      case SQRT -> {
        for (int i = 0; i < n; i++) {
          out[i] = Math.sqrt(a[i]);
        }
      }
      case EXP -> {
        for (int i = 0; i < n; i++) {
          out[i] = finite(Math.exp(a[i]));
        }
      }
      case IS_MISSING -> {
        for (int i = 0; i < n; i++) {
          out[i] = a[i] != a[i] ? 1 : 0;
        }
      }
      default -> throw new AssertionError(op);
    }
  }

  /**
   * log(1 + x), accurate for small x (Goldberg's correction) but built on the intrinsic Math.log,
   * several times faster than Math.log1p.
   */
  static double log1p(double x) {
    double u = 1 + x;
    return u == 1 ? x : Math.log(u) * x / (u - 1);
  }

  /** {@code fill}: NaN becomes {@code v}. */
  static void fill(double[] a, double v, double[] out) {
    for (int i = 0; i < out.length; i++) {
      out[i] = a[i] != a[i] ? v : a[i];
    }
  }

  /** {@code clamp}: NaN stays NaN. */
  static void clamp(double[] a, double lo, double hi, double[] out) {
    for (int i = 0; i < out.length; i++) {
      out[i] = a[i] < lo ? lo : a[i] > hi ? hi : a[i];
    }
  }

  /** {@code if}: NaN condition gives NaN, non-zero picks {@code a}, zero picks {@code b}. */
  static void choose(double[] cond, double[] a, double[] b, double[] out) {
    for (int i = 0; i < out.length; i++) {
      double c = cond[i];
      out[i] = c != c ? Double.NaN : c != 0 ? a[i] : b[i];
    }
  }
}
