package org.handover.engine.outlook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;
import org.handover.engine.forecast.FittedModel;
import org.handover.engine.forecast.History;
import org.handover.engine.forecast.IbcFixture;
import org.handover.engine.forecast.nb.NegativeBinomialModel;
import org.handover.engine.panel.Panel;
import org.handover.engine.time.MonthRange;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Ranges of an outlook's paths run apart and merged in any order give exactly the whole run: what
 * spreading the paths over a cluster's executors relies on.
 */
class OutlookRangesTest {
  private static final YearMonth ORIGIN = YearMonth.of(2007, 7);
  private static final OutlookOptions OPTIONS = new OutlookOptions(24, 120, 11, 2, 1);

  private static Panel panel;
  private static FittedModel fit;
  private static Outlook outlook;
  private static OutlookResult whole;

  @BeforeAll
  static void runWhole() {
    panel = IbcFixture.load(MonthRange.parse("2004-01", "2011-12")).panel();
    fit = NegativeBinomialModel.standard().fit(History.before(panel, "deaths_best", ORIGIN));
    outlook =
        Outlook.of(
            RealDataOutlookTest.threatOnly(),
            OutlookFixtures.rollingMean("deaths_best", "deaths_3m"));
    whole = outlook.run(panel, "deaths_best", ORIGIN, fit, OPTIONS);
  }

  @Test
  void aFittedModelAndTalliesSentAsBytesGiveTheWholeRun() throws Exception {
    // what a cluster does: the fitted model goes to the machines as bytes, tallies come back so
    FittedModel shipped = (FittedModel) copy(fit);
    assertThat(shipped).isNotSameAs(fit);
    assertThat(shipped.parameters()).isEqualTo(fit.parameters());
    int half = OPTIONS.paths() / 2;
    OutlookTally a =
        (OutlookTally)
            copy(outlook.runPaths(panel, "deaths_best", ORIGIN, shipped, OPTIONS, 0, half));
    OutlookTally b =
        (OutlookTally)
            copy(
                outlook.runPaths(
                    panel, "deaths_best", ORIGIN, shipped, OPTIONS, half, OPTIONS.paths()));
    OutlookResult merged = outlook.result(panel, "deaths_best", ORIGIN, fit, OPTIONS, b.merge(a));
    for (int r = 0; r < whole.regions().size(); r++) {
      assertThat(merged.regions().get(r).readyBy())
          .containsExactly(whole.regions().get(r).readyBy());
    }
  }

  private static Object copy(Object o) throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(o);
    }
    try (ObjectInputStream in =
        new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      return in.readObject();
    }
  }

  @Test
  void randomRangesMergedInAnyOrderEqualTheWholeRun() {
    Random random = new Random(20261201L);
    for (int trial = 0; trial < 3; trial++) {
      TreeSet<Integer> cuts = new TreeSet<>(List.of(0, OPTIONS.paths()));
      int n = 1 + random.nextInt(6);
      while (cuts.size() < n + 2) {
        cuts.add(1 + random.nextInt(OPTIONS.paths() - 1));
      }
      List<Integer> bounds = new ArrayList<>(cuts);
      List<OutlookTally> parts = new ArrayList<>();
      for (int i = 0; i + 1 < bounds.size(); i++) {
        parts.add(
            outlook.runPaths(
                panel, "deaths_best", ORIGIN, fit, OPTIONS, bounds.get(i), bounds.get(i + 1)));
      }
      Collections.shuffle(parts, random);
      OutlookTally total = parts.get(0);
      for (OutlookTally part : parts.subList(1, parts.size())) {
        total = total.merge(part);
      }
      OutlookResult merged = outlook.result(panel, "deaths_best", ORIGIN, fit, OPTIONS, total);
      assertThat(merged.regions()).hasSameSizeAs(whole.regions());
      for (int r = 0; r < whole.regions().size(); r++) {
        RegionOutlook a = whole.regions().get(r);
        RegionOutlook b = merged.regions().get(r);
        assertThat(b.region()).isEqualTo(a.region());
        assertThat(b.readyBy()).containsExactly(a.readyBy());
        assertThat(b.metIn()).containsExactly(a.metIn());
        assertThat(b.readiness()).isEqualTo(a.readiness());
      }
      assertThat(merged.evaluated()).isEqualTo(whole.evaluated());
      assertThat(merged.inputs()).isEqualTo(whole.inputs());
      assertThat(merged.parameters()).isEqualTo(whole.parameters());
    }
  }

  @Test
  void theOutlookIsNotTrivialSoTheComparisonMeansSomething() {
    // Some region's chance lies strictly between 0 and 1: the paths differ, so a range seeded
    // from the wrong index would change the counts.
    assertThat(
            whole.regions().stream()
                .flatMapToDouble(o -> Arrays.stream(o.readyBy()))
                .filter(p -> p > 0 && p < 1)
                .count())
        .isPositive();
  }

  @Test
  void refusesTalliesThatCountAPathTwiceOrMissOne() {
    OutlookTally first = outlook.runPaths(panel, "deaths_best", ORIGIN, fit, OPTIONS, 0, 60);
    OutlookTally overlapping =
        outlook.runPaths(panel, "deaths_best", ORIGIN, fit, OPTIONS, 50, 120);
    assertThatThrownBy(() -> first.merge(overlapping))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("counted in both");
    assertThatThrownBy(() -> outlook.result(panel, "deaths_best", ORIGIN, fit, OPTIONS, first))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("not each of paths 0..119");
    assertThatThrownBy(() -> outlook.runPaths(panel, "deaths_best", ORIGIN, fit, OPTIONS, 100, 130))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
