package org.handover.engine.forecast.nb;

import java.util.Arrays;
import org.handover.engine.forecast.Convergence;
import org.hipparchus.exception.MathIllegalArgumentException;
import org.hipparchus.linear.Array2DRowRealMatrix;
import org.hipparchus.linear.ArrayRealVector;
import org.hipparchus.linear.CholeskyDecomposition;
import org.hipparchus.linear.DecompositionSolver;
import org.hipparchus.linear.RealMatrix;

/**
 * Maximises a smooth function with its analytic gradient and Hessian: Newton steps solved with
 * Hipparchus' Cholesky decomposition (through the Schur complement of the Hessian's diagonal block,
 * see {@link Curvature}), Levenberg damping when the Hessian is not negative definite, and a
 * backtracking (Armijo) line search so that every accepted step increases the objective. Newton
 * converges in a handful of iterations on these likelihoods, far fewer than first-order optimisers,
 * and leaves the information matrix for standard errors.
 */
final class NewtonMaximizer {
  interface Objective {
    /** Shared parameters (the dense block). */
    int denseDimension();

    /** Per-region parameters (the diagonal block), placed after the shared ones. */
    int diagonalDimension();

    double value(double[] p);

    /** Returns the value and fills the gradient and the Hessian. */
    double valueGradientHessian(double[] p, double[] gradient, Curvature hessian);
  }

  /**
   * @param standardErrors from the inverse of the negated Hessian at {@code point}; NaN where it is
   *     not positive definite
   */
  record Result(double[] point, double value, double[] standardErrors, Convergence convergence) {}

  private NewtonMaximizer() {}

  /**
   * @param tolerance stop when half the squared Newton decrement (the predicted gain of a full
   *     step) is below {@code tolerance × (1 + |value|)}
   */
  static Result maximize(Objective f, double[] start, int maxIterations, double tolerance) {
    int m = f.denseDimension();
    int q = f.diagonalDimension();
    double[] p = start.clone();
    double[] g = new double[m + q];
    Curvature h = new Curvature(m, q);
    double value = f.valueGradientHessian(p, g, h);
    if (!Double.isFinite(value)) {
      return done(
          p,
          value,
          h,
          new Convergence(false, 0, Double.NaN, "log-likelihood is not finite at the start"));
    }
    double lambda = 0;
    double decrement = Double.NaN;
    for (int it = 1; it <= maxIterations; it++) {
      double[] step = null;
      double scale = Math.max(1, h.maxAbsDiagonal());
      // Damp until the system is positive definite (always, for large enough lambda).
      for (int tries = 0; tries < 40 && step == null; tries++) {
        step = solve(h, g, lambda);
        if (step == null) {
          lambda = lambda == 0 ? 1e-8 * scale : lambda * 10;
        }
      }
      if (step == null) {
        return done(
            p,
            value,
            h,
            new Convergence(
                false,
                it,
                Double.NaN,
                "could not find an ascent direction (Hessian badly conditioned)"));
      }
      decrement = 0.5 * dot(g, step);
      double scaleOfValue = 1 + Math.abs(value);
      if (lambda == 0 && decrement < tolerance * scaleOfValue) {
        return done(p, value, h, new Convergence(true, it - 1, decrement, "converged"));
      }
      double[] next = new double[m + q];
      double t = 1;
      boolean accepted = false;
      // Close to the optimum the gain is below the rounding noise of the value: trust Newton there.
      boolean endgame = lambda == 0 && decrement < 1e-8 * scaleOfValue;
      for (int halvings = 0; halvings < 40; halvings++) {
        for (int j = 0; j < next.length; j++) {
          next[j] = p[j] + t * step[j];
        }
        double v = f.value(next);
        if (Double.isFinite(v) && (endgame || v >= value + 1e-4 * t * 2 * decrement)) {
          accepted = true;
          break;
        }
        t *= 0.5;
      }
      if (!accepted) {
        if (decrement < 1e-6 * scaleOfValue) {
          return done(
              p,
              value,
              h,
              new Convergence(
                  true, it - 1, decrement, "converged (at the limit of floating-point precision)"));
        }
        lambda = lambda == 0 ? 1e-6 * scale : lambda * 10;
        if (lambda > 1e12 * scale) {
          return done(
              p,
              value,
              h,
              new Convergence(
                  false,
                  it,
                  decrement,
                  "line search failed: no step increases the log-likelihood"));
        }
        continue;
      }
      p = next;
      value = f.valueGradientHessian(p, g, h);
      // Trust a full Newton step again once steps are accepted without shortening.
      lambda = t == 1 ? 0 : lambda / 10;
    }
    return done(
        p, value, h, new Convergence(false, maxIterations, decrement, "iteration limit reached"));
  }

  private static Result done(double[] p, double value, Curvature h, Convergence c) {
    return new Result(p, value, standardErrors(h), c);
  }

  /**
   * Solves {@code (-H + lambda I) step = g} by eliminating the diagonal block first; null when the
   * system is not positive definite.
   */
  static double[] solve(Curvature h, double[] g, double lambda) {
    int m = h.m;
    int q = h.q;
    double[] d = new double[q];
    for (int j = 0; j < q; j++) {
      d[j] = -h.diagonal[j] + lambda;
      if (!(d[j] > 0)) {
        return null;
      }
    }
    double[][] schur = new double[m][m];
    double[] rhs = new double[m];
    for (int a = 0; a < m; a++) {
      for (int b = 0; b < m; b++) {
        schur[a][b] = -h.dense[a][b];
      }
      schur[a][a] += lambda;
      rhs[a] = g[a];
    }
    // With B = -border: S = A - B D^-1 B', rhs = g1 - B D^-1 g2.
    for (int j = 0; j < q; j++) {
      double[] bj = h.border[j];
      double inv = 1 / d[j];
      for (int a = 0; a < m; a++) {
        rhs[a] += bj[a] * g[m + j] * inv;
        for (int b = 0; b <= a; b++) {
          schur[a][b] -= bj[a] * bj[b] * inv;
        }
      }
    }
    for (int a = 0; a < m; a++) {
      for (int b = 0; b < a; b++) {
        schur[b][a] = schur[a][b];
      }
    }
    double[] x;
    try {
      DecompositionSolver solver =
          new CholeskyDecomposition(new Array2DRowRealMatrix(schur, false), 1e-10, 1e-14)
              .getSolver();
      x = solver.solve(new ArrayRealVector(rhs, false)).toArray();
    } catch (MathIllegalArgumentException notPositiveDefinite) {
      return null;
    }
    double[] step = new double[m + q];
    System.arraycopy(x, 0, step, 0, m);
    for (int j = 0; j < q; j++) {
      // Row j of the second block: -border_j . x + d_j y_j = g2_j.
      step[m + j] = (g[m + j] + dot(h.border[j], x)) / d[j];
    }
    return step;
  }

  /**
   * Square roots of the diagonal of the inverse of {@code -H}; NaN when it is not positive
   * definite.
   */
  static double[] standardErrors(Curvature h) {
    int m = h.m;
    int q = h.q;
    double[] se = new double[m + q];
    double[][] schur = new double[m][m];
    double[] d = new double[q];
    for (int a = 0; a < m; a++) {
      for (int b = 0; b < m; b++) {
        schur[a][b] = -h.dense[a][b];
      }
    }
    for (int j = 0; j < q; j++) {
      d[j] = -h.diagonal[j];
      if (!(d[j] > 0)) {
        Arrays.fill(se, Double.NaN);
        return se;
      }
      for (int a = 0; a < m; a++) {
        for (int b = 0; b < m; b++) {
          schur[a][b] -= h.border[j][a] * h.border[j][b] / d[j];
        }
      }
    }
    try {
      RealMatrix inv =
          new CholeskyDecomposition(new Array2DRowRealMatrix(schur, false), 1e-10, 1e-14)
              .getSolver()
              .getInverse();
      for (int a = 0; a < m; a++) {
        se[a] = Math.sqrt(inv.getEntry(a, a));
      }
      // Var(y_j) = 1/d_j + b_j' S^-1 b_j / d_j^2 (block inverse).
      for (int j = 0; j < q; j++) {
        double[] sb = inv.operate(h.border[j]);
        se[m + j] = Math.sqrt(1 / d[j] + dot(h.border[j], sb) / (d[j] * d[j]));
      }
    } catch (MathIllegalArgumentException notPositiveDefinite) {
      Arrays.fill(se, Double.NaN);
    }
    return se;
  }

  private static double dot(double[] a, double[] b) {
    double s = 0;
    for (int i = 0; i < a.length; i++) {
      s += a[i] * b[i];
    }
    return s;
  }
}
