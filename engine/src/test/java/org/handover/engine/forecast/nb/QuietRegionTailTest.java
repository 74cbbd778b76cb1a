package org.handover.engine.forecast.nb;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.Arrays;
import org.handover.engine.forecast.History;
import org.handover.engine.forecast.IbcFixture;
import org.handover.engine.forecast.Quantiles;
import org.handover.engine.forecast.SamplePaths;
import org.handover.engine.theater.RegionId;
import org.handover.engine.time.MonthRange;
import org.junit.jupiter.api.Test;

/**
 * The forecast of a quiet region stays in proportion to its record. Dohuk, the quietest governorate
 * in the built-in IBC data, recorded one death in two months of 2004-2007 and none in the other 40;
 * a forecast of it must not be dominated by a few paths that run away into thousands (which once
 * made its mean ten times its 90% quantile).
 */
class QuietRegionTailTest {
  /** The stated bounds: no draw above 10 × (1 + largest month), a mean below 1 + largest month. */
  private static final double PATH_MULTIPLE = 10;

  @Test
  void aQuietRegionsPathsAndMeanStayInProportionToItsRecord() {
    IbcFixture.Data data = IbcFixture.load(MonthRange.parse("2004-01", "2011-12"));
    History history = History.before(data.panel(), "deaths_best", YearMonth.of(2007, 7));
    int dohuk = history.regions().indexOf(RegionId.of("Dohuk"));
    double largest = Arrays.stream(history.values()[dohuk]).max().orElseThrow();
    assertThat(largest).as("Dohuk's largest month before 2007-07").isEqualTo(1);

    SamplePaths paths =
        NegativeBinomialModel.standard().fit(history).simulate(history, 12, 1000, 42);
    for (int step = 0; step < 12; step++) {
      double[] sorted = paths.sortedSamples(dohuk, step);
      double mean = Arrays.stream(sorted).average().orElseThrow();
      double max = sorted[sorted.length - 1];
      assertThat(max)
          .as("largest draw in month %d", step + 1)
          .isLessThanOrEqualTo(PATH_MULTIPLE * (1 + largest));
      assertThat(mean).as("mean in month %d", step + 1).isLessThan(1 + largest);
      assertThat(mean)
          .as("mean against the 99th percentile in month %d", step + 1)
          .isLessThanOrEqualTo(Quantiles.ofSorted(sorted, 0.99));
    }
  }
}
