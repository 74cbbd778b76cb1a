package org.handover.app.report.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.YearMonth;
import org.handover.app.report.fixture.ReportFixture;
import org.handover.engine.HandoverException;
import org.junit.jupiter.api.Test;

class ReportModelTest {
  @Test
  void everyPartComesFromTheOneEvaluation() {
    ReportModel m = ReportFixture.model(false);
    assertThat(m.assessment()).isSameAs(m.evaluation().assessment(YearMonth.of(2007, 5)));
    assertThat(m.history().rank()).isDeepEqualTo(m.evaluation().metRanks());
    assertThat(m.provenance().benchmarkSetName()).isEqualTo("fixture-set");
    assertThat(m.assessment().provenance()).isEqualTo(m.provenance());
    assertThat(m.title()).isEqualTo("Transition report: Testland, as of May 2007");
  }

  @Test
  void inconsistentPartsAreRefused() {
    ReportModel m = ReportFixture.model(false);
    assertThatThrownBy(
            () ->
                new ReportModel(
                    m.evaluation(), YearMonth.of(2010, 1), m.boundaries(), m.generatedAt()))
        .isInstanceOf(HandoverException.class)
        .hasMessage("month 2010-01 is outside the data (2005-01..2008-12)");
    assertThatThrownBy(() -> new ReportModel(m.evaluation(), m.asOf(), " ", m.generatedAt()))
        .hasMessageContaining("no region boundaries");
  }
}
