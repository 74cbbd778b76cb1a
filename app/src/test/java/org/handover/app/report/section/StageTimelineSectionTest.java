package org.handover.app.report.section;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
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
      assertThat(m).isEqualTo(model.panel().monthCount());
    }
    // Babil: foreign lead, local lead, local control, back to foreign lead, then local control
    assertThat(timeline.periods().get(1))
        .extracting(StageTimelineSection.Period::rank)
        .containsExactly(0, 2, 3, 0, 3);
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
