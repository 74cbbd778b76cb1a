package org.handover.engine.forecast.nb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.handover.engine.forecast.History;
import org.hipparchus.linear.Array2DRowRealMatrix;
import org.hipparchus.linear.ArrayRealVector;
import org.hipparchus.linear.LUDecomposition;
import org.hipparchus.random.MersenneTwister;
import org.junit.jupiter.api.Test;

class LikelihoodTest {
  @Test
  void analyticGradientAndHessianMatchFiniteDifferences() {
    NegativeBinomialOptions options = Simulated.options(0.7);
    double[][] y = Simulated.panel(6, Simulated.TRUE, null, Simulated.options(0), 2);
    History h = History.truncate(y, Simulated.ring(6), Simulated.AXIS, 60);
    Design design = Design.of(h, options, new Covariates(options, h.adjacency()));
    Likelihood f = new Likelihood(design, 0.7);
    int m = f.denseDimension();
    int q = f.diagonalDimension();
    assertThat(q).isEqualTo(6);
    MersenneTwister rng = new MersenneTwister(3);
    double[] p = new double[m + q];
    for (int i = 0; i < p.length; i++) {
      p[i] = (i < Simulated.TRUE.length ? Simulated.TRUE[i] : 0) + 0.2 * (rng.nextDouble() - 0.5);
    }
    double[] g = new double[m + q];
    Curvature c = new Curvature(m, q);
    f.valueGradientHessian(p, g, c);
    double step = 1e-5;
    for (int i = 0; i < p.length; i++) {
      double[] up = p.clone();
      double[] down = p.clone();
      up[i] += step;
      down[i] -= step;
      double numeric = (f.value(up) - f.value(down)) / (2 * step);
      assertThat(g[i])
          .as("gradient " + i)
          .isCloseTo(numeric, within(1e-4 * (1 + Math.abs(numeric))));
      double[] gu = new double[m + q];
      double[] gd = new double[m + q];
      f.valueGradientHessian(up, gu, new Curvature(m, q));
      f.valueGradientHessian(down, gd, new Curvature(m, q));
      for (int j = 0; j < p.length; j++) {
        double numericH = (gu[j] - gd[j]) / (2 * step);
        assertThat(entry(c, i, j))
            .as("hessian " + i + "," + j)
            .isCloseTo(numericH, within(1e-4 * (1 + Math.abs(numericH))));
      }
    }
  }

  @Test
  void blockArrowSolveEqualsTheDenseSolve() {
    int m = 4;
    int q = 7;
    MersenneTwister rng = new MersenneTwister(1);
    // A random negative definite Hessian with the block-arrow pattern.
    Curvature c = new Curvature(m, q);
    double[][] full = new double[m + q][m + q];
    for (int a = 0; a < m; a++) {
      for (int b = 0; b <= a; b++) {
        double v = rng.nextDouble() - 0.5;
        full[a][b] = full[b][a] = v;
      }
      full[a][a] -= 10;
    }
    for (int j = 0; j < q; j++) {
      for (int a = 0; a < m; a++) {
        double v = rng.nextDouble() - 0.5;
        full[m + j][a] = full[a][m + j] = v;
      }
      full[m + j][m + j] = -3 - rng.nextDouble();
    }
    for (int a = 0; a < m; a++) {
      System.arraycopy(full[a], 0, c.dense[a], 0, m);
    }
    for (int j = 0; j < q; j++) {
      System.arraycopy(full[m + j], 0, c.border[j], 0, m);
      c.diagonal[j] = full[m + j][m + j];
    }
    double[] g = new double[m + q];
    for (int i = 0; i < g.length; i++) {
      g[i] = rng.nextDouble();
    }
    double lambda = 0.25;
    double[][] neg = new double[m + q][m + q];
    for (int a = 0; a < m + q; a++) {
      for (int b = 0; b < m + q; b++) {
        neg[a][b] = -full[a][b] + (a == b ? lambda : 0);
      }
    }
    double[] dense =
        new LUDecomposition(new Array2DRowRealMatrix(neg))
            .getSolver()
            .solve(new ArrayRealVector(g))
            .toArray();
    double[] arrow = NewtonMaximizer.solve(c, g, lambda);
    assertThat(arrow).containsExactly(dense, within(1e-10));
  }

  private static double entry(Curvature c, int i, int j) {
    int m = c.m;
    if (i < m && j < m) {
      return c.dense[i][j];
    }
    if (i >= m && j >= m) {
      return i == j ? c.diagonal[i - m] : 0;
    }
    return i >= m ? c.border[i - m][j] : c.border[j - m][i];
  }
}
