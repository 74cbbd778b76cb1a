package org.handover.engine.forecast.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.Arrays;
import java.util.List;
import org.hipparchus.random.MersenneTwister;
import org.hipparchus.random.RandomGenerator;
import org.hipparchus.special.Erf;
import org.junit.jupiter.api.Test;

class CrpsTest {
  @Test
  void aSingleSampleScoresItsAbsoluteError() {
    qt().withFixedSeed(1)
        .forAll(doubles().between(-1e6, 1e6), doubles().between(-1e6, 1e6))
        .checkAssert(
            (x, y) ->
                assertThat(CrpsOracle.fromSamples(new double[] {x}, y))
                    .isCloseTo(Math.abs(x - y), within(1e-9 * (1 + Math.abs(x - y)))));
  }

  @Test
  void aPointMassOnTheOutcomeScoresZero() {
    qt().withFixedSeed(2)
        .forAll(doubles().between(-1e6, 1e6), integers().between(1, 50))
        .checkAssert(
            (y, n) -> {
              double[] s = new double[n];
              Arrays.fill(s, y);
              assertThat(CrpsOracle.fromSamples(s, y))
                  .isCloseTo(0, within(1e-9 * (1 + Math.abs(y))));
            });
  }

  @Test
  void isNeverNegativeAndMatchesThePairwiseDefinition() {
    qt().withFixedSeed(3)
        .forAll(
            lists().of(doubles().between(-1e3, 1e3)).ofSizeBetween(1, 40),
            doubles().between(-1e3, 1e3))
        .checkAssert((xs, y) -> pairwise(xs, y));
  }

  private static void pairwise(List<Double> xs, double y) {
    double[] s = xs.stream().mapToDouble(Double::doubleValue).toArray();
    double crps = CrpsOracle.fromSamples(s, y);
    assertThat(crps).isGreaterThanOrEqualTo(-1e-9);
    // E|X - y| - E|X - X'| / 2 over all pairs: the O(n²) definition.
    double abs = 0;
    double pairs = 0;
    for (double a : s) {
      abs += Math.abs(a - y);
      for (double b : s) {
        pairs += Math.abs(a - b);
      }
    }
    double direct = abs / s.length - pairs / (2.0 * s.length * s.length);
    assertThat(crps).isCloseTo(direct, within(1e-9 * (1 + direct)));
  }

  @Test
  void convergesToTheNormalClosedForm() {
    qt().withFixedSeed(4)
        .withExamples(12)
        .forAll(
            doubles().between(-50, 50),
            doubles().between(0.1, 20),
            doubles().between(-3, 3),
            integers().between(0, 1000))
        .checkAssert(CrpsTest::closeToNormal);
  }

  private static void closeToNormal(double mean, double sd, double z, int seed) {
    double y = mean + z * sd;
    RandomGenerator rng = new MersenneTwister(seed);
    double[] s = new double[40_000];
    for (int i = 0; i < s.length; i++) {
      s[i] = mean + sd * rng.nextGaussian();
    }
    // The sampling error of the estimator is of order sd/sqrt(n) = 0.005 sd.
    assertThat(CrpsOracle.fromSamples(s, y))
        .isCloseTo(CrpsOracle.normal(mean, sd, y), within(0.03 * sd));
  }

  @Test
  void theNormalClosedFormMatchesTheIntegralDefinition() {
    // CRPS = integral of (F(x) - 1[x >= y])², by the trapezoidal rule on a fine grid.
    double mean = 1.5;
    double sd = 2.0;
    for (double y : new double[] {-4, 0, 1.5, 3, 9}) {
      double sum = 0;
      double h = 1e-3;
      for (double x = mean - 20 * sd; x <= mean + 20 * sd; x += h) {
        double f = 0.5 * Erf.erfc(-(x - mean) / (sd * Math.sqrt(2)));
        double d = f - (x >= y ? 1 : 0);
        sum += d * d * h;
      }
      assertThat(CrpsOracle.normal(mean, sd, y)).isCloseTo(sum, within(2e-3));
    }
    assertThat(CrpsOracle.normal(0, 1, 0))
        .isCloseTo((Math.sqrt(2) - 1) / Math.sqrt(Math.PI), within(1e-12));
  }

  @Test
  void missingValuesGiveNoScore() {
    assertThat(CrpsOracle.fromSamples(new double[] {1, Double.NaN}, 1)).isNaN();
    assertThat(CrpsOracle.fromSamples(new double[] {1, 2}, Double.NaN)).isNaN();
  }
}
