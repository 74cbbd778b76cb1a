package org.handover.app.report.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.YearMonth;
import java.util.Map;
import org.handover.app.report.fixture.ReportFixture;
import org.junit.jupiter.api.Test;

class ReportModelTest {
  @Test
  void assessFillsInTheMonthAndQuarterBefore() {
    ReportModel m = ReportFixture.model(false);
    assertThat(m.earlier().keySet()).containsExactlyInAnyOrder(YearMonth.of(2007, 4), YearMonth.of(2007, 2));
    assertThat(m.provenance().benchmarkSetName()).isEqualTo("fixture-set");
    assertThat(m.title()).isEqualTo("Transition report: Testland, as of May 2007");
  }

  @Test
  void inconsistentPartsAreRefused() {
    ReportModel m = ReportFixture.model(false);
    assertThatThrownBy(() -> ReportModel.assess(m.panel(), m.benchmarkSet(), YearMonth.of(2010, 1), m.boundaries(),
        m.provenance(), m.generatedAt())).hasMessageContaining("outside the data");
    assertThatThrownBy(() -> new ReportModel(m.panel(), m.benchmarkSet(), m.asOf().minusMonths(1), m.assessment(),
        Map.of(), m.history(), m.boundaries(), m.provenance(), m.generatedAt()))
        .hasMessageContaining("the assessment is as of 2007-05, the report as of 2007-04");
    assertThatThrownBy(() -> new ReportModel(m.panel(), m.benchmarkSet(), m.asOf(), m.assessment(),
        Map.of(YearMonth.of(2007, 6), m.assessment()), m.history(), m.boundaries(), m.provenance(), m.generatedAt()))
        .hasMessageContaining("earlier assessments must be before 2007-05");
    assertThatThrownBy(() -> new ReportModel(m.panel(), m.benchmarkSet(), m.asOf(), m.assessment(), Map.of(),
        m.history(), " ", m.provenance(), m.generatedAt())).hasMessageContaining("no region boundaries");
  }
}
