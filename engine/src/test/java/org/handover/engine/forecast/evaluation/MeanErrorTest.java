package org.handover.engine.forecast.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class MeanErrorTest {
  @Test
  void isTheErrorOfTheMeanOfTheDraws() {
    double[] sorted = {0, 1, 2, 5};
    assertThat(MeanError.signed(sorted, 1)).isEqualTo(1);
    assertThat(MeanError.signed(sorted, 4)).isEqualTo(-2);
    assertThat(MeanError.absolute(sorted, 4)).isEqualTo(2);
    assertThat(MeanError.absolute(new double[] {7}, 3)).isEqualTo(4);
  }

  @Test
  void seesAFarTailThatTheCrpsBarelyNotices() {
    // A quiet region: 999 draws of 0 and one runaway path of 2,000; the month was 0.
    double[] sorted = new double[1000];
    sorted[999] = 2000;
    Arrays.sort(sorted);
    assertThat(Crps.fromSorted(sorted, 0)).isCloseTo(0.002, within(1e-9));
    assertThat(MeanError.absolute(sorted, 0)).isEqualTo(2);
  }
}
