package org.handover.engine.benchmark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class CombinationTest {
  private static final Benchmark HEAVY =
      Benchmark.of("heavy", "x", Comparison.LESS_OR_EQUAL, 1).weighted(3);

  @Test
  void eachCombinationSaysHowMuchWeightItNeeds() {
    assertThat(Combination.allOf().needed(4)).isEqualTo(4);
    assertThat(new Combination.KOfN(2).needed(4)).isEqualTo(2);
    // A share met exactly (3 of 4 = 0.75) must not be lost to rounding.
    assertThat(new Combination.Weighted(0.75).needed(4)).isLessThan(3).isGreaterThan(3 - 1e-9);
  }

  @Test
  void onlyAWeightedConditionCountsBenchmarkWeights() {
    assertThat(Combination.allOf().weight(HEAVY)).isEqualTo(1);
    assertThat(new Combination.KOfN(1).weight(HEAVY)).isEqualTo(1);
    assertThat(new Combination.Weighted(0.5).weight(HEAVY)).isEqualTo(3);
  }

  @Test
  void aConditionIsFoundByItsIdInSetOrder() {
    Condition a = new Condition("a", "A", Combination.allOf(), List.of(HEAVY), "");
    Condition b =
        new Condition(
            "b",
            "B",
            Combination.allOf(),
            List.of(Benchmark.of("other", "x", Comparison.LESS_OR_EQUAL, 2)),
            "");
    BenchmarkSet set =
        new BenchmarkSet(
            "s",
            "1",
            "",
            List.of(),
            List.of(a, b),
            List.of(new Stage("FIRST", "", List.of()), new Stage("SECOND", "", List.of("b"))),
            "");
    assertThat(set.conditionIndex("a")).isZero();
    assertThat(set.conditionIndex("b")).isEqualTo(1);
    assertThatThrownBy(() -> set.conditionIndex("c")).hasMessage("unknown condition: c");
  }
}
