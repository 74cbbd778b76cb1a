package org.handover.app.report.section;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.handover.app.report.fixture.ReportFixture;
import org.handover.app.report.model.ReportModel;
import org.handover.app.report.page.Html;
import org.handover.engine.provenance.InputRef;
import org.handover.engine.provenance.ProgramVersion;
import org.junit.jupiter.api.Test;

class ProvenanceSectionTest {
  @Test
  void footerSaysWhereEveryNumberCameFrom() {
    ReportModel model = ReportFixture.model(true);
    String html = new ProvenanceSection(model, List.of("Map: boundaries simplified")).bodyHtml();
    for (InputRef in : model.provenance().inputs()) {
      assertThat(html).contains(Html.escape(in.name()), in.sha256(), Html.escape(in.role()));
    }
    assertThat(html)
        .contains(
            "fixture-set version 1.2",
            model.benchmarkSet().sha256(),
            ProgramVersion.current(),
            "2025-01-15 10:30 UTC",
            "2007-05",
            "2005-01 to 2007-05",
            "multi-day incidents apportioned evenly by day",
            "Map: boundaries simplified",
            "police_per_1000",
            "national police strength split by population share",
            "a level most cities reach");
    assertThat(model.provenance().benchmarkSetName()).isEqualTo("fixture-set");
    assertThat(new ProvenanceSection(model.withShowAfter(true), List.of()).bodyHtml())
        .contains("2005-01 to 2008-12");
  }
}
