package org.handover.app.report.section;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.handover.app.report.fixture.ReportFixture;
import org.handover.app.report.fixture.Specs;
import org.handover.app.report.model.ReportModel;
import org.handover.engine.assessment.ConditionShift.BenchmarkShift;
import org.handover.engine.assessment.RegionAssessment;
import org.handover.engine.assessment.StageChange;
import org.handover.engine.assessment.Status;
import org.handover.engine.theater.RegionId;
import org.junit.jupiter.api.Test;

class HeadlineSectionTest {
  final ReportModel model = ReportFixture.model(true);
  final HeadlineSection headline = new HeadlineSection(model);

  @Test
  void countsAreTheAssessments() {
    int[] expected = new int[model.benchmarkSet().stages().size()];
    for (RegionAssessment r : model.assessment().regions()) {
      expected[model.benchmarkSet().stageIndex(r.stage().id())]++;
    }
    assertThat(headline.counts()).containsExactly(expected);
    assertThat(headline.counts()).containsExactly(14, 2, 0, 2);
  }

  @Test
  void changesAreEveryRegionWhoseStageDiffersFromTheHistory() {
    assertThat(names(headline.changesSinceLastMonth()))
        .isEqualTo(changedSince(1))
        .containsExactly("Baghdad", "Basra", "Dhi Qar");
    assertThat(names(headline.changesSinceLastQuarter()))
        .isEqualTo(changedSince(3))
        .contains("Babil");
    StageChange babil =
        headline.changesSinceLastQuarter().stream()
            .filter(c -> c.region().name().equals("Babil"))
            .findFirst()
            .orElseThrow();
    assertThat(babil.up(model.benchmarkSet().stages())).isFalse();
    assertThat(babil.month()).isEqualTo(model.asOf());
    assertThat(babil.to())
        .isEqualTo(model.assessment().region(babil.region()).orElseThrow().stage());
  }

  @Test
  void everyChangeNamesTheBenchmarksThatMovedIt() {
    for (StageChange c :
        concat(headline.changesSinceLastMonth(), headline.changesSinceLastQuarter())) {
      List<BenchmarkShift> moves = movers(c);
      assertThat(moves).as(c.region().name()).isNotEmpty();
      for (BenchmarkShift m : moves) {
        assertThat(m.before().status()).isNotEqualTo(m.now().status());
        assertThat(m.now().benchmark().id()).isEqualTo(m.before().benchmark().id());
        if (c.up(model.benchmarkSet().stages())) {
          assertThat(m.now().status()).isEqualTo(Status.MET);
        } else {
          assertThat(m.before().status()).isEqualTo(Status.MET);
        }
      }
    }
    // Babil's fall back came from the violent spring: its threat benchmarks stopped being met
    StageChange babil =
        headline.changesSinceLastQuarter().stream()
            .filter(c -> c.region().name().equals("Babil"))
            .findFirst()
            .orElseThrow();
    assertThat(movers(babil)).extracting(m -> m.now().benchmark().id()).contains("no_spikes");
  }

  @Test
  void specIsABarChartOfTheSameCounts() throws Exception {
    JsonNode spec = Specs.roundTrip(headline.countChart());
    assertThat(Specs.marks(spec)).containsExactly("bar", "text");
    List<Integer> shown = new ArrayList<>();
    spec.path("data").path("values").forEach(v -> shown.add(v.path("regions").asInt()));
    assertThat(shown).containsExactly(14, 2, 0, 2);
    assertThat(
            spec.path("layer")
                .get(0)
                .path("encoding")
                .path("color")
                .path("scale")
                .path("domain")
                .toString())
        .isEqualTo("[\"Foreign lead\",\"Joint\",\"Local lead\",\"Local control\"]");
  }

  @Test
  void htmlShowsTheCountsAndTheChanges() {
    String html = headline.bodyHtml();
    assertThat(html)
        .contains(
            "data-stage-count=\"Foreign lead\">14<",
            "data-stage-count=\"Joint\">2<",
            "data-stage-count=\"Local lead\">0<",
            "data-stage-count=\"Local control\">2<",
            "data-headline=\"regions\">18<",
            "data-headline=\"changed-month\">3<",
            "data-headline=\"changed-quarter\">4<",
            "Changes since Apr 2007",
            "Changes since Feb 2007");
    assertThat(html)
        .contains(
            "no_spikes</strong> (Threat): met \u2192 not met: deaths_per_100k (max over 6 months) = 9 &gt; 6");
  }

  @Test
  void firstMonthHasNothingToCompareWith() {
    YearMonth first = ReportFixture.MONTHS.first();
    ReportModel early =
        ReportFixture.model(ReportFixture.panel(false), ReportFixture.benchmarkSet(), first);
    HeadlineSection h = new HeadlineSection(early);
    assertThat(h.changesSinceLastMonth()).isEmpty();
    assertThat(h.bodyHtml())
        .contains("No data for the month before (Dec 2004) to compare with.")
        .doesNotContain("Changes since");
  }

  private List<String> changedSince(int monthsBack) {
    int now = model.panel().months().offsetOf(model.asOf());
    List<String> out = new ArrayList<>();
    for (int r = 0; r < model.theater().size(); r++) {
      if (model.history().rank()[r][now] != model.history().rank()[r][now - monthsBack]) {
        out.add(model.theater().regions().get(r).name());
      }
    }
    return out;
  }

  /** The benchmarks that moved a change: those inside the conditions the stages crossed require. */
  private List<BenchmarkShift> movers(StageChange c) {
    return c.crossing(model.benchmarkSet().stages()).stream()
        .flatMap(s -> s.benchmarks().stream())
        .toList();
  }

  private static List<String> names(List<StageChange> changes) {
    return changes.stream().map(StageChange::region).map(RegionId::name).toList();
  }

  private static List<StageChange> concat(List<StageChange> a, List<StageChange> b) {
    List<StageChange> all = new ArrayList<>(a);
    all.addAll(b);
    return all;
  }
}
