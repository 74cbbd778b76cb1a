package org.handover.app.report.section;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.handover.app.report.fixture.ReportFixture;
import org.handover.app.report.fixture.Specs;
import org.handover.app.report.model.ReportModel;
import org.handover.engine.theater.RegionId;
import org.junit.jupiter.api.Test;

class StageTimelineSectionTest {
  final ReportModel model = ReportFixture.model(true);
  final StageTimelineSection timeline = new StageTimelineSection(model);

  @Test
  void periodsAreExactlyTheStageHistory() {
    int[][] rank = model.history().rank();
    for (int r = 0; r < model.theater().size(); r++) {
      int m = 0;
      for (StageTimelineSection.Period p : timeline.periods().get(r)) {
        assertThat(model.history().months().offsetOf(p.first())).isEqualTo(m);
        for (int k = 0; k < p.months(); k++, m++) {
          assertThat(rank[r][m]).as("region %d month %d", r, m).isEqualTo(p.rank());
        }
      }
      assertThat(m).isEqualTo(model.months().length());
    }
    // Babil as of May 2007: foreign lead, local lead, local control, back to foreign lead
    assertThat(timeline.periods().get(1))
        .extracting(StageTimelineSection.Period::rank)
        .containsExactly(0, 2, 3, 0);
    // ... and after it (shown on request), local control again; runs also end at the as-of month
    List<Integer> ranks = new ArrayList<>();
    for (StageTimelineSection.Period p :
        new StageTimelineSection(model.withShowAfter(true)).periods().get(1)) {
      if (ranks.isEmpty() || ranks.get(ranks.size() - 1) != p.rank()) {
        ranks.add(p.rank());
      }
    }
    assertThat(ranks).containsExactly(0, 2, 3, 0, 3);
  }

  @Test
  void periodsStopAtTheAsOfMonthUnlessTheMonthsAfterAreShown() {
    for (List<StageTimelineSection.Period> runs : timeline.periods()) {
      assertThat(runs.get(runs.size() - 1).last()).isEqualTo(model.asOf());
    }
    ReportModel after = model.withShowAfter(true);
    StageTimelineSection full = new StageTimelineSection(after);
    int[][] rank = after.history().rank();
    for (int r = 0; r < after.theater().size(); r++) {
      int m = 0;
      for (StageTimelineSection.Period p : full.periods().get(r)) {
        // no run straddles the as-of month: the runs after it are drawn as not known then
        assertThat(!p.first().isAfter(after.asOf()) && p.last().isAfter(after.asOf())).isFalse();
        for (int k = 0; k < p.months(); k++, m++) {
          assertThat(rank[r][m]).isEqualTo(p.rank());
        }
      }
      assertThat(m).isEqualTo(after.panel().monthCount());
    }
    assertThat(full.table().html()).contains("after May 2007: not known at the time");
  }

  @Test
  void furthestAlongComeFirst() {
    int m = model.panel().months().offsetOf(model.asOf());
    List<Integer> ranks =
        timeline.order().stream()
            .map(n -> model.history().rank()[model.theater().indexOf(RegionId.of(n))][m])
            .toList();
    assertThat(ranks).isSortedAccordingTo((a, b) -> b - a);
    assertThat(timeline.order()).hasSize(18).startsWith("Anbar", "Baghdad");
  }

  @Test
  void specDrawsRunsAndOutlinesTheAsOfMonth() throws Exception {
    JsonNode spec = Specs.roundTrip(timeline.chart());
    assertThat(Specs.marks(spec)).containsExactly("rect", "rect", "text");
    int runs = timeline.periods().stream().mapToInt(List::size).sum();
    assertThat(spec.path("layer").get(0).path("data").path("values")).hasSize(runs);
    JsonNode asOf = spec.path("layer").get(1).path("data").path("values").get(0);
    assertThat(asOf.path("start").asText()).isEqualTo("2007-05-01");
    assertThat(asOf.path("end").asText()).isEqualTo("2007-06-01");
    assertThat(
            spec.path("layer")
                .get(0)
                .path("encoding")
                .path("x")
                .path("scale")
                .path("type")
                .asText())
        .isEqualTo("utc");
  }

  @Test
  void tableListsEveryPeriod() {
    String html = timeline.table().html();
    assertThat(timeline.table().rows()).hasSize(18);
    assertThat(html).contains("Feb 2007 to Mar 2007");
  }
}
