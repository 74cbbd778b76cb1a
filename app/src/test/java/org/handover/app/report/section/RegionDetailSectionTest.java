package org.handover.app.report.section;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.handover.app.report.fixture.ReportFixture;
import org.handover.app.report.fixture.Specs;
import org.handover.app.report.model.ReportModel;
import org.handover.app.report.page.Chart;
import org.handover.app.report.page.Html;
import org.handover.app.report.page.Table;
import org.handover.engine.assessment.Assessment;
import org.handover.engine.assessment.Assessor;
import org.handover.engine.assessment.BenchmarkVerdict;
import org.handover.engine.assessment.Evaluation;
import org.handover.engine.assessment.RegionAssessment;
import org.handover.engine.benchmark.Benchmark;
import org.handover.engine.panel.Panel;
import org.handover.engine.theater.RegionId;
import org.junit.jupiter.api.Test;

class RegionDetailSectionTest {
  final ReportModel model = ReportFixture.model(true);
  final RegionDetailSection detail = new RegionDetailSection(model);

  @Test
  void oneChartPerRegionWithAnchors() {
    List<Chart> charts = detail.charts();
    assertThat(charts).hasSize(18);
    assertThat(charts)
        .extracting(Chart::id)
        .doesNotHaveDuplicates()
        .contains("region-salah-ad-din-benchmarks");
    String html = detail.bodyHtml();
    for (Chart c : charts) {
      assertThat(html).contains("id=\"" + c.id() + "\"");
    }
    assertThat(html).contains("<article class=\"region\" id=\"region-dhi-qar\">");
  }

  @Test
  void chartsOfAllRegionsShareOneSpecSoThePageCompilesItOnce() {
    List<String> shapes = new ArrayList<>();
    for (Chart c : detail.charts()) {
      shapes.add(c.spec().deepCopy().without("datasets").toString());
    }
    assertThat(shapes).containsOnly(shapes.get(0));
  }

  @Test
  void specPlotsEveryBenchmarkAsTheAssessmentSeesIt() throws Exception {
    RegionId basra = RegionId.of("Basra");
    JsonNode spec = Specs.roundTrip(new BenchmarkSmallMultiples(model).chart(basra));
    assertThat(Specs.marks(spec)).containsExactly("line", "rule", "point");
    assertThat(spec.path("facet").path("field").asText()).isEqualTo("b");
    assertThat(spec.path("facet").path("sort").toString())
        .isEqualTo(
            "[\"low_violence\",\"no_spikes\",\"police_strength (illustrative)\",\"governance\"]");
    int r = model.theater().indexOf(basra);
    int months = model.panel().months().offsetOf(model.asOf()) + 1;
    JsonNode rows = spec.path("datasets").path(BenchmarkSmallMultiples.DATASET);
    for (Benchmark b : model.benchmarkSet().benchmarks().values()) {
      double[] expected = b.window().apply(model.panel().values(b.indicator())[r]);
      JsonNode value = row(rows, b.id(), BenchmarkSmallMultiples.VALUE);
      assertThat(value.path("y")).hasSize(months);
      for (int m = 0; m < months; m++) {
        if (Double.isNaN(expected[m])) {
          assertThat(value.path("y").get(m).isNull()).isTrue();
        } else {
          assertThat(value.path("y").get(m).asDouble())
              .isCloseTo(expected[m], within(Math.abs(expected[m]) * 1e-3));
        }
      }
      assertThat(
              row(rows, b.id(), BenchmarkSmallMultiples.THRESHOLD_KIND).path("y").get(0).asDouble())
          .isEqualTo(b.threshold());
      // the raw month line only for benchmarks that look at a window
      assertThat(hasRow(rows, b.id(), BenchmarkSmallMultiples.MONTH))
          .isEqualTo(!b.window().isLastMonth());
    }
    RegionAssessment ra = model.assessment().region(basra).orElseThrow();
    BenchmarkVerdict police = ra.conditions().get(1).benchmarks().get(0);
    assertThat(row(rows, "police_strength", BenchmarkSmallMultiples.VALUE).path("s").asText())
        .isEqualTo(police.status().label());
    assertThat(row(rows, "police_strength", BenchmarkSmallMultiples.VALUE).path("why").asText())
        .isEqualTo(police.explanation());
  }

  /** The report plots what the engine judged: same windowed value in every region and month. */
  @Test
  void windowedSeriesAgreesWithTheEngineEverywhere() {
    Panel panel = model.panel();
    Evaluation evaluation = Assessor.of(model.benchmarkSet()).evaluate(panel, model.provenance());
    for (int m = 0; m < panel.monthCount(); m++) {
      YearMonth month = panel.months().monthAt(m);
      Assessment a = evaluation.assessment(month);
      for (RegionAssessment ra : a.regions()) {
        int r = model.theater().indexOf(ra.region());
        ra.conditions()
            .forEach(
                c ->
                    c.benchmarks()
                        .forEach(
                            v -> {
                              double mine =
                                  v.benchmark()
                                      .window()
                                      .apply(panel.values(v.benchmark().indicator())[r])[
                                      panel.months().offsetOf(month)];
                              // boxed, so that NaN (no data) equals NaN
                              assertThat(Double.valueOf(mine))
                                  .as("%s %s %s", ra.region(), month, v.benchmark().id())
                                  .isEqualTo(Double.valueOf(v.value()));
                            }));
      }
    }
  }

  @Test
  void verdictTableHasEveryBenchmarkWithItsExplanation() {
    RegionAssessment ra = model.assessment().region(RegionId.of("Babil")).orElseThrow();
    Table t = detail.verdictTable(ra);
    assertThat(t.rows()).hasSize(3 + 4);
    String html = t.html();
    ra.conditions()
        .forEach(
            c ->
                c.benchmarks()
                    .forEach(v -> assertThat(html).contains(Html.escape(v.explanation()))));
    assertThat(html).contains("status-not-met", "tag-illustrative");
  }

  @Test
  void seriesTableHasAColumnPerSeriesAndARowPerMonth() {
    Table t = detail.seriesTable(RegionId.of("Anbar"));
    assertThat(t.header()).hasSize(1 + 4 + 2);
    assertThat(t.rows()).hasSize(model.panel().months().offsetOf(model.asOf()) + 1);
    assertThat(t.rows()).filteredOn(r -> r.cssClass().equals("as-of")).hasSize(1);
    assertThat(t.rows()).filteredOn(r -> r.cssClass().equals("after")).isEmpty();
  }

  @Test
  void withTheMonthsAfterShownTheTableHasThemAllAndMarksTheLaterOnes() {
    ReportModel after = model.withShowAfter(true);
    Table t = new RegionDetailSection(after).seriesTable(RegionId.of("Anbar"));
    assertThat(t.rows()).hasSize(after.panel().monthCount());
    assertThat(t.rows())
        .filteredOn(r -> r.cssClass().equals("after"))
        .hasSize(after.panel().monthCount() - after.panel().months().offsetOf(after.asOf()) - 1);
  }

  private static JsonNode row(JsonNode rows, String benchmark, String kind) {
    for (JsonNode r : rows) {
      if (r.path("b").asText().startsWith(benchmark) && r.path("kind").asText().equals(kind)) {
        return r;
      }
    }
    throw new AssertionError("no " + kind + " row for " + benchmark);
  }

  private static boolean hasRow(JsonNode rows, String benchmark, String kind) {
    for (JsonNode r : rows) {
      if (r.path("b").asText().startsWith(benchmark) && r.path("kind").asText().equals(kind)) {
        return true;
      }
    }
    return false;
  }
}
