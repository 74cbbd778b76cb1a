package org.handover.engine.forecast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.hipparchus.random.MersenneTwister;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CountDrawsTest {
  @ParameterizedTest(name = "mu={0} theta={1}")
  @CsvSource({"0.3, 0.2", "3, 0.7", "9.5, 2", "12, 50", "40, 1.5", "800, 5", "2500, 0.4", "5, 1e9"})
  void negativeBinomialDrawsHaveTheRightMeanAndVariance(double mu, double theta) {
    CountDraws draws = new CountDraws(new MersenneTwister(7));
    int n = 200_000;
    double sum = 0;
    double sq = 0;
    for (int i = 0; i < n; i++) {
      double y = draws.negativeBinomial(mu, theta);
      assertThat(y).isGreaterThanOrEqualTo(0).isEqualTo(Math.rint(y));
      sum += y;
      sq += y * y;
    }
    double mean = sum / n;
    double var = sq / n - mean * mean;
    double expectedVar = mu + mu * mu / theta;
    // Standard error of the mean is sqrt(var/n); allow 5 of them, and 5% on the variance.
    assertThat(mean).isCloseTo(mu, within(5 * Math.sqrt(expectedVar / n)));
    assertThat(var).isCloseTo(expectedVar, within(0.05 * expectedVar + 0.01));
  }

  @ParameterizedTest(name = "lambda={0}")
  @CsvSource({"0.01", "1", "9.99", "10", "10.5", "30", "1000", "1e6"})
  void poissonDrawsHaveEqualMeanAndVariance(double lambda) {
    CountDraws draws = new CountDraws(new MersenneTwister(11));
    int n = 200_000;
    double sum = 0;
    double sq = 0;
    for (int i = 0; i < n; i++) {
      double y = draws.poisson(lambda);
      sum += y;
      sq += y * y;
    }
    double mean = sum / n;
    double var = sq / n - mean * mean;
    assertThat(mean).isCloseTo(lambda, within(5 * Math.sqrt(lambda / n)));
    assertThat(var).isCloseTo(lambda, within(0.03 * lambda + 1e-3));
  }

  /** Every branch: gamma shape below and above 1, inversion, PTRS within and beyond the table. */
  private static final double[][] PARAMETERS = {
    {0.3, 0.2},
    {3, 0.7},
    {9.5, 2},
    {12, 50},
    {40, 1.5},
    {800, 5},
    {2500, 0.4},
    {5, 1e9},
    {3000, 40},
    {9000, 2},
    {0, 1}
  };

  @Test
  void seededDrawsAreTheSeededGeneratorsDrawsBitForBit() {
    for (long seed : new long[] {0, 1, 42, -7, Long.MIN_VALUE, Long.MAX_VALUE}) {
      for (int index = 0; index < 40; index++) {
        CountDraws own = CountDraws.seeded(seed, index);
        CountDraws generator = new CountDraws(Seeds.generator(seed, index));
        for (int i = 0; i < 300; i++) {
          double[] q = PARAMETERS[i % PARAMETERS.length];
          assertThat(own.negativeBinomial(q[0], q[1]))
              .isEqualTo(generator.negativeBinomial(q[0], q[1]));
        }
        assertThat(own.normal()).isEqualTo(generator.normal());
      }
    }
  }

  @Test
  void restoringAStateDrawsTheSameAgainAndReseedingStartsTheStreamAgain() {
    CountDraws draws = CountDraws.seeded(42, 3);
    draws.normal(); // keeps a spare normal, which the state must carry
    long state = draws.state();
    boolean hasSpare = draws.hasSpare();
    double spare = draws.spare();
    assertThat(hasSpare).isTrue();
    double[] first = new double[100];
    for (int i = 0; i < first.length; i++) {
      first[i] = i % 10 == 0 ? draws.normal() : draws.negativeBinomial(50 + i, 0.8);
    }
    draws.restore(state, hasSpare, spare);
    for (int i = 0; i < first.length; i++) {
      assertThat(i % 10 == 0 ? draws.normal() : draws.negativeBinomial(50 + i, 0.8))
          .isEqualTo(first[i]);
    }
    draws.reseed(42, 3);
    CountDraws fresh = CountDraws.seeded(42, 3);
    for (int i = 0; i < 50; i++) {
      assertThat(draws.normal()).isEqualTo(fresh.normal());
    }
  }
}
