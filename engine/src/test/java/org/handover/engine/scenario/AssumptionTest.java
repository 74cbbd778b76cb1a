package org.handover.engine.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.handover.engine.HandoverException;
import org.junit.jupiter.api.Test;

class AssumptionTest {
  @Test
  void drawsStayInTheRangeAndPeakAtTheValue() {
    Assumption a = new Assumption("x", 0.2, 0, 0.5, "u", "m", "s");
    assertThat(a.draw(0)).isEqualTo(0);
    assertThat(a.draw(1)).isEqualTo(0.5);
    assertThat(a.draw(0.4)).isCloseTo(0.2, org.assertj.core.api.Assertions.within(1e-12));
    double below = 0;
    int n = 10_000;
    for (int i = 0; i < n; i++) {
      double v = a.draw((i + 0.5) / n);
      assertThat(v).isBetween(0.0, 0.5);
      below += v < 0.2 ? 1 : 0;
    }
    assertThat(below / n).isCloseTo(0.4, org.assertj.core.api.Assertions.within(1e-3));
  }

  @Test
  void aFixedAssumptionIsAlwaysItsValue() {
    Assumption a = new Assumption("x", 0.2, 0, 0.5, "u", "m", "s").fixedAt(0.1);
    assertThat(a.varies()).isFalse();
    assertThat(a.draw(0.9)).isEqualTo(0.1);
  }

  @Test
  void everyDefaultLiesInItsRangeAndUnknownNamesAreRefused() {
    for (Assumption a : Assumptions.defaults().all()) {
      assertThat(a.value()).isBetween(a.low(), a.high());
      assertThat(a.source()).isNotBlank();
    }
    assertThatThrownBy(() -> Assumptions.defaults().get("troop_elastic"))
        .isInstanceOf(HandoverException.class)
        .hasMessageContaining("troop_elasticity");
  }
}
