package org.handover.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.handover.engine.benchmark.IndicatorDefinition;
import org.junit.jupiter.api.Test;

class ReachTest {
  private static IndicatorDefinition def(String name, String expression) {
    return new IndicatorDefinition(name, expression, "", "");
  }

  @Test
  void nestedNeighbourMeansThroughOtherIndicatorsAddUp() {
    Reach r =
        Reach.of(
            List.of(
                def("a", "neighbour_mean(deaths_best)"),
                def("b", "rolling_mean(neighbour_mean(a), 3)"),
                def("c", "per_capita(deaths_best, 100000)")));
    assertThat(r).isEqualTo(new Reach(2, false));
  }

  @Test
  void aNationalAggregateOfARegionalSeriesNeedsEveryRegion() {
    assertThat(Reach.of(List.of(def("n", "deaths_best / national_sum(deaths_best)"))).national())
        .isTrue();
    assertThat(Reach.of(List.of(def("n", "rolling_mean(deaths_best, 3)"))))
        .isEqualTo(new Reach(0, false));
  }
}
