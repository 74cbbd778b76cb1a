package org.handover.engine.benchmark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class WindowTest {
  @Test
  void everyAggregateSkipsMissingMonthsAndNeverLooksAhead() {
    double[] x = {1, Double.NaN, 3, 5, Double.NaN, Double.NaN};
    assertThat(Window.lastMonth().apply(x)).containsExactly(x);
    assertThat(Window.of(2, Window.Aggregate.MEAN).apply(x))
        .containsExactly(1, 1, 3, 4, 5, Double.NaN);
    assertThat(Window.of(3, Window.Aggregate.SUM).apply(x)).containsExactly(1, 1, 4, 8, 8, 5);
    assertThat(Window.of(3, Window.Aggregate.MIN).apply(x)).containsExactly(1, 1, 1, 3, 3, 5);
    assertThat(Window.of(3, Window.Aggregate.MAX).apply(x)).containsExactly(1, 1, 3, 5, 5, 5);
  }

  @Test
  void lastTakesOneMonth() {
    assertThatThrownBy(() -> Window.of(3, Window.Aggregate.LAST))
        .hasMessageContaining("one-month window");
    assertThatThrownBy(() -> Window.of(0, Window.Aggregate.MEAN))
        .hasMessageContaining("at least one month");
  }
}
