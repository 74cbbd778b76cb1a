package org.handover.engine.forecast.nb;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.Random;
import org.handover.engine.forecast.History;
import org.handover.engine.forecast.IbcFixture;
import org.handover.engine.forecast.PathSampler;
import org.handover.engine.panel.Panel;
import org.handover.engine.time.MonthRange;
import org.junit.jupiter.api.Test;

/**
 * A path drawn again from a step, after a change of its shift from that step on, is the path drawn
 * whole with the new shift: the draws before the step are kept, the later ones start from the state
 * the draws had there.
 */
class ResampleTest {
  private static final int HORIZON = 24;

  @Test
  void aPathDrawnAgainFromAStepIsThePathDrawnWholeWithTheNewShift() {
    Panel panel = IbcFixture.load(MonthRange.parse("2003-01", "2006-06")).panel();
    History h = History.before(panel, "deaths_best", YearMonth.of(2006, 7));
    PathSampler sampler = NegativeBinomialModel.standard().fit(h).sampler(h, HORIZON);
    PathSampler.Worker again = sampler.worker();
    PathSampler.Worker whole = sampler.worker();
    int regions = sampler.regionCount();
    Random random = new Random(11);
    for (int path = 0; path < 30; path++) {
      double[][] shift = new double[regions][HORIZON];
      change(shift, 0, random);
      double[][] out = new double[regions][HORIZON];
      again.sample(42, path, shift, out);
      for (int round = 0; round < 4; round++) {
        int from = random.nextInt(HORIZON + 1);
        change(shift, from, random);
        again.resample(42, path, shift, out, from);
        double[][] expected = new double[regions][HORIZON];
        whole.sample(42, path, shift, expected);
        assertThat(out).as("path %d from step %d", path, from).isDeepEqualTo(expected);
      }
    }
    // After another path, a worker draws the path whole.
    double[][] shift = new double[regions][HORIZON];
    double[][] out = new double[regions][HORIZON];
    again.resample(42, 3, shift, out, 10);
    double[][] expected = new double[regions][HORIZON];
    whole.sample(42, 3, shift, expected);
    assertThat(out).isDeepEqualTo(expected);
  }

  /** New shifts from step {@code from} on: none, or up to a doubling or halving of the mean. */
  private static void change(double[][] shift, int from, Random random) {
    for (double[] row : shift) {
      for (int s = from; s < row.length; s++) {
        row[s] = random.nextInt(3) == 0 ? 0 : 0.7 * (2 * random.nextDouble() - 1);
      }
    }
  }
}
