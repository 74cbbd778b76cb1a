package org.handover.engine.forecast;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class QuantilesTest {
  @Property
  void areMonotoneInTheLevelAndStayWithinTheSample(
      @ForAll @Size(min = 1, max = 60) List<@DoubleRange(min = 0, max = 1e4) Double> xs,
      @ForAll @DoubleRange(min = 0, max = 1) double a, @ForAll @DoubleRange(min = 0, max = 1) double b) {
    double[] s = xs.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    double lo = Math.min(a, b);
    double hi = Math.max(a, b);
    assertThat(Quantiles.ofSorted(s, lo)).isLessThanOrEqualTo(Quantiles.ofSorted(s, hi));
    assertThat(Quantiles.ofSorted(s, lo)).isBetween(s[0], s[s.length - 1]);
  }

  @Test
  void interpolatesBetweenOrderStatisticsLikeRType7() {
    double[] s = {1, 2, 3, 4, 10};
    assertThat(Quantiles.ofSorted(s, 0.5)).isEqualTo(3);
    assertThat(Quantiles.ofSorted(s, 0.1)).isEqualTo(1.4);
    assertThat(Quantiles.ofSorted(s, 0.9)).isEqualTo(7.6, org.assertj.core.api.Assertions.within(1e-12));
    assertThat(Quantiles.ofSorted(s, 1)).isEqualTo(10);
    double[] withNaN = {1, 2, Double.NaN};
    Arrays.sort(withNaN);
    assertThat(Quantiles.ofSorted(withNaN, 0.5)).isNaN();
  }
}
