package org.handover.engine.derivation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class PopulationShareTest {
  @Test
  void leftoverUnitsGoToTheLargestRemaindersAndTiesToTheFirstRegion() {
    assertThat(PopulationShare.split(100, new double[] {1, 1, 1})).containsExactly(34, 33, 33);
    assertThat(PopulationShare.split(10, new double[] {55, 25, 20})).containsExactly(6, 2, 2);
    assertThat(PopulationShare.split(7, new double[] {0, 3, 1})).containsExactly(0, 5, 2);
    assertThat(PopulationShare.split(0, new double[] {2, 1})).containsExactly(0, 0);
  }

  @Test
  void sharesSumToOne() {
    assertThat(
            Arrays.stream(PopulationShare.shares(new double[] {6878039, 2468328, 1521829})).sum())
        .isEqualTo(1.0);
  }

  @Test
  void badPopulationsAreRejected() {
    assertThatThrownBy(() -> PopulationShare.split(5, new double[] {0, 0}))
        .hasMessageContaining("sum to zero");
    assertThatThrownBy(() -> PopulationShare.split(5, new double[] {1, Double.NaN}))
        .hasMessageContaining("finite");
    assertThatThrownBy(() -> PopulationShare.split(-1, new double[] {1}))
        .hasMessageContaining("zero or more");
  }

  @Test
  void splitAddsUpExactlyStaysWithinOneOfTheQuotaAndFollowsPopulation() {
    qt().withFixedSeed(42)
        .forAll(
            longs().between(0, 2_000_000),
            lists().of(doubles().between(1, 1e7)).ofSizeBetween(1, 40),
            integers().between(0, 1))
        .checkAssert(
            (total, pops, zero) -> {
              double[] p = pops.stream().mapToDouble(Double::doubleValue).toArray();
              if (zero == 1 && p.length > 1) {
                p[0] = 0; // a region with no residents gets nothing
              }
              long[] split = PopulationShare.split(total, p);
              double[] shares = PopulationShare.shares(p);
              assertThat(Arrays.stream(split).sum()).isEqualTo(total);
              for (int i = 0; i < p.length; i++) {
                assertThat((double) split[i])
                    .isBetween(Math.floor(total * shares[i]), Math.floor(total * shares[i]) + 1);
                for (int j = 0; j < p.length; j++) {
                  if (total * shares[i] > total * shares[j]) {
                    assertThat(split[i]).isGreaterThanOrEqualTo(split[j]);
                  }
                }
              }
              if (zero == 1 && p.length > 1) {
                assertThat(split[0]).isZero();
              }
            });
  }

  @Test
  void splitIsDeterministic() {
    double[] p = {3, 3, 3, 1};
    assertThat(List.of(PopulationShare.split(11, p), PopulationShare.split(11, p)))
        .allSatisfy(s -> assertThat(s).containsExactly(4, 3, 3, 1));
  }
}
