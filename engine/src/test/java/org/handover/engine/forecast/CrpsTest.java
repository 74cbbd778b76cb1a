package org.handover.engine.forecast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.hipparchus.random.MersenneTwister;
import org.hipparchus.random.RandomGenerator;
import org.junit.jupiter.api.Test;

class CrpsTest {
  @Property
  void aSingleSampleScoresItsAbsoluteError(@ForAll @DoubleRange(min = -1e6, max = 1e6) double x,
      @ForAll @DoubleRange(min = -1e6, max = 1e6) double y) {
    assertThat(Crps.fromSamples(new double[] {x}, y)).isCloseTo(Math.abs(x - y), within(1e-9 * (1 + Math.abs(x - y))));
  }

  @Property
  void aPointMassOnTheOutcomeScoresZero(@ForAll @DoubleRange(min = -1e6, max = 1e6) double y,
      @ForAll @IntRange(min = 1, max = 50) int n) {
    double[] s = new double[n];
    java.util.Arrays.fill(s, y);
    assertThat(Crps.fromSamples(s, y)).isCloseTo(0, within(1e-9 * (1 + Math.abs(y))));
  }

  @Property
  void isNeverNegativeAndMatchesThePairwiseDefinition(
      @ForAll @Size(min = 1, max = 40) java.util.List<@DoubleRange(min = -1e3, max = 1e3) Double> xs,
      @ForAll @DoubleRange(min = -1e3, max = 1e3) double y) {
    double[] s = xs.stream().mapToDouble(Double::doubleValue).toArray();
    double crps = Crps.fromSamples(s, y);
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

  @Property(tries = 12)
  void convergesToTheNormalClosedForm(@ForAll @DoubleRange(min = -50, max = 50) double mean,
      @ForAll @DoubleRange(min = 0.1, max = 20) double sd, @ForAll @DoubleRange(min = -3, max = 3) double z,
      @ForAll @IntRange(min = 0, max = 1000) int seed) {
    double y = mean + z * sd;
    RandomGenerator rng = new MersenneTwister(seed);
    double[] s = new double[40_000];
    for (int i = 0; i < s.length; i++) {
      s[i] = mean + sd * rng.nextGaussian();
    }
    // The sampling error of the estimator is of order sd/sqrt(n) = 0.005 sd.
    assertThat(Crps.fromSamples(s, y)).isCloseTo(Crps.normal(mean, sd, y), within(0.03 * sd));
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
        double f = 0.5 * org.hipparchus.special.Erf.erfc(-(x - mean) / (sd * Math.sqrt(2)));
        double d = f - (x >= y ? 1 : 0);
        sum += d * d * h;
      }
      assertThat(Crps.normal(mean, sd, y)).isCloseTo(sum, within(2e-3));
    }
    assertThat(Crps.normal(0, 1, 0)).isCloseTo((Math.sqrt(2) - 1) / Math.sqrt(Math.PI), within(1e-12));
  }

  @Test
  void missingValuesGiveNoScore() {
    assertThat(Crps.fromSamples(new double[] {1, Double.NaN}, 1)).isNaN();
    assertThat(Crps.fromSamples(new double[] {1, 2}, Double.NaN)).isNaN();
  }
}
