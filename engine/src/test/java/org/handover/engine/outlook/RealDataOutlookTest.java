package org.handover.engine.outlook;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import org.handover.engine.benchmark.Benchmark;
import org.handover.engine.benchmark.BenchmarkSet;
import org.handover.engine.benchmark.Combination;
import org.handover.engine.benchmark.Comparison;
import org.handover.engine.benchmark.Condition;
import org.handover.engine.benchmark.Stage;
import org.handover.engine.forecast.FittedModel;
import org.handover.engine.forecast.History;
import org.handover.engine.forecast.IbcFixture;
import org.handover.engine.forecast.nb.NegativeBinomialModel;
import org.handover.engine.panel.Panel;
import org.handover.engine.time.MonthRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestReporter;

/** The outlook on the real IBC governorate data from 2007-07 (as of 2007-06), 36 months ahead. */
class RealDataOutlookTest {
  static BenchmarkSet threatOnly() {
    Condition threat =
        new Condition(
            "threat",
            "Threat",
            Combination.allOf(),
            List.of(
                Benchmark.of("deaths-low", "deaths_3m", Comparison.LESS_OR_EQUAL, 10).heldFor(3)),
            "");
    Condition calm =
        new Condition(
            "calm",
            "Calm",
            Combination.allOf(),
            List.of(
                Benchmark.of("deaths-very-low", "deaths_3m", Comparison.LESS_OR_EQUAL, 2)
                    .heldFor(6)),
            "");
    return new BenchmarkSet(
        "iraq-test",
        "0",
        "",
        List.of(),
        List.of(threat, calm),
        List.of(
            new Stage("FOREIGN_LEAD", "", List.of()),
            new Stage("JOINT", "", List.of("threat")),
            new Stage("LOCAL_LEAD", "", List.of("threat", "calm"))),
        "");
  }

  @Test
  void givesCoherentProbabilitiesOnIraq(TestReporter reporter) {
    Panel panel = IbcFixture.load(MonthRange.parse("2004-01", "2011-12")).panel();
    YearMonth origin = YearMonth.of(2007, 7);
    FittedModel fit =
        NegativeBinomialModel.standard().fit(History.before(panel, "deaths_best", origin));
    Outlook outlook =
        Outlook.of(threatOnly(), OutlookFixtures.rollingMean("deaths_best", "deaths_3m"));
    OutlookOptions options = new OutlookOptions(36, 200, 7, 2, 2);
    OutlookResult result = outlook.run(panel, "deaths_best", origin, fit, options);
    OutlookResult single = outlook.run(panel, "deaths_best", origin, fit, options.withThreads(1));
    StringBuilder table = new StringBuilder();
    for (int r = 0; r < result.regions().size(); r++) {
      RegionOutlook o = result.regions().get(r);
      assertThat(single.regions().get(r).readyBy()).containsExactly(o.readyBy());
      double[] by = o.readyBy();
      double[] in = o.metIn();
      for (int k = 0; k < by.length; k++) {
        assertThat(by[k]).isBetween(0.0, 1.0).isGreaterThanOrEqualTo(in[k]);
        if (k > 0) {
          assertThat(by[k]).isGreaterThanOrEqualTo(by[k - 1]);
        }
      }
      table.append(
          String.format(
              Locale.ROOT,
              "%-14s %-12s -> %-10s P(6m)=%.2f P(36m)=%.2f %s%n",
              o.region().name(),
              o.currentStage().id(),
              o.nextStage().map(Stage::id).orElse("-"),
              o.nextStage().isPresent() ? o.readyWithin(6) : Double.NaN,
              o.nextStage().isPresent() ? o.readyWithin(36) : Double.NaN,
              o.readiness().describe()));
    }
    reporter.publishEntry("outlook", table.toString());
    RegionOutlook baghdad =
        result.regions().stream()
            .filter(o -> o.region().name().equals("Baghdad"))
            .findFirst()
            .orElseThrow();
    // Baghdad lost over a thousand people a month in mid-2007: no path calms it to 10 a month
    // within 6 months.
    assertThat(baghdad.currentStage().id()).isEqualTo("FOREIGN_LEAD");
    assertThat(baghdad.readyWithin(6)).isLessThan(0.01);
  }
}
