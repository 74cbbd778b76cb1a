package org.handover.app.report.section;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.handover.app.report.ReportWriter;
import org.handover.app.report.StandardSections;
import org.handover.app.report.fixture.ReportFixture;
import org.handover.app.report.fixture.Specs;
import org.handover.app.report.model.ReportModel;
import org.handover.app.report.page.Chart;
import org.handover.app.report.page.Table;
import org.handover.engine.theater.RegionId;
import org.junit.jupiter.api.Test;

/** Wherever an input is illustrative the charts and tables say so, and nowhere else. */
class IllustrativeLabelTest {
  @Test
  void illustrativeInputsAreLabelledOnChartsAndTables() throws Exception {
    ReportModel model = ReportFixture.model(true);
    for (ReportSection s : StandardSections.of(model)) {
      for (Chart c : s.charts()) {
        StringBuilder title = new StringBuilder();
        Specs.roundTrip(c)
            .path("title")
            .path("text")
            .forEach(t -> title.append(t.asText()).append(' '));
        title.append(Specs.roundTrip(c).path("title").path("text").asText()).append(' ');
        Specs.roundTrip(c)
            .path("title")
            .path("subtitle")
            .forEach(t -> title.append(t.asText()).append(' '));
        assertThat(title.toString())
            .as("title of chart " + c.id())
            .contains(Illustrative.LABEL + " (police_per_1000)")
            .contains("national police strength split by population share");
      }
    }
    String page = Specs.ownMarkup(ReportWriter.standard(model).html());
    assertThat(page).contains("<p class=\"notice illustrative-note\">" + Illustrative.LABEL);
    // every table caption on a table that shows stages or benchmark values carries the note
    assertThat(
            count(
                page,
                "<span class=\"illustrative-note\">"
                    + Illustrative.LABEL
                    + "; method: police_per_1000: "
                    + "computed as 1000 * police / population; from illustrative police (national police strength split by "
                    + "population share)."))
        .isGreaterThanOrEqualTo(1 + 1 + 1 + 18 + 18);
    // the verdict rows of the illustrative benchmark are tagged, the others are not
    RegionDetailSection detail = new RegionDetailSection(model);
    Table verdicts =
        detail.verdictTable(model.assessment().region(RegionId.of("Basra")).orElseThrow());
    assertThat(verdicts.rows())
        .filteredOn(r -> r.cells().get(0).html().contains("tag-illustrative"))
        .extracting(r -> r.cells().get(1).html())
        .containsExactly("police_per_1000 &gt;= 3");
    assertThat(new ProvenanceSection(model, List.of()).illustrativeInputs().html())
        .contains("police_per_1000", "computed as 1000 * police / population");
  }

  @Test
  void realDataCarriesNoIllustrativeLabel() throws Exception {
    ReportModel model = ReportFixture.model(false);
    for (ReportSection s : StandardSections.of(model)) {
      for (Chart c : s.charts()) {
        String json = Specs.roundTrip(c).toString().toLowerCase();
        int at = json.indexOf("illustrative");
        assertThat(at)
            .as(
                "chart %s mentions 'illustrative' at: %s",
                c.id(),
                at < 0
                    ? ""
                    : json.substring(Math.max(0, at - 80), Math.min(json.length(), at + 80)))
            .isNegative();
      }
    }
    String page = Specs.ownMarkup(ReportWriter.standard(model).html());
    assertThat(page)
        .doesNotContain(Illustrative.LABEL)
        .doesNotContain("class=\"tag-illustrative\"")
        .doesNotContain("<span class=\"illustrative-note\">")
        .contains("All inputs are observed data; none is illustrative.");
  }

  private static int count(String haystack, String needle) {
    int n = 0;
    for (int at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + 1)) {
      n++;
    }
    return n;
  }
}
