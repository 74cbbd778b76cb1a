package org.handover.engine.forecast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class QuantilesTest {
  @Test
  void areMonotoneInTheLevelAndStayWithinTheSample() {
    qt().withFixedSeed(7)
        .forAll(
            lists().of(doubles().between(0, 1e4)).ofSizeBetween(1, 60),
            doubles().between(0, 1),
            doubles().between(0, 1))
        .checkAssert(
            (xs, a, b) -> {
              double[] s = xs.stream().mapToDouble(Double::doubleValue).sorted().toArray();
              double lo = Math.min(a, b);
              double hi = Math.max(a, b);
              assertThat(Quantiles.ofSorted(s, lo)).isLessThanOrEqualTo(Quantiles.ofSorted(s, hi));
              assertThat(Quantiles.ofSorted(s, lo)).isBetween(s[0], s[s.length - 1]);
            });
  }

  @Test
  void interpolatesBetweenOrderStatisticsLikeRType7() {
    double[] s = {1, 2, 3, 4, 10};
    assertThat(Quantiles.ofSorted(s, 0.5)).isEqualTo(3);
    assertThat(Quantiles.ofSorted(s, 0.1)).isEqualTo(1.4);
    assertThat(Quantiles.ofSorted(s, 0.9)).isEqualTo(7.6, within(1e-12));
    assertThat(Quantiles.ofSorted(s, 1)).isEqualTo(10);
    double[] withNaN = {1, 2, Double.NaN};
    Arrays.sort(withNaN);
    assertThat(Quantiles.ofSorted(withNaN, 0.5)).isNaN();
  }
}
