package org.handover.app.report.section;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.handover.app.report.ReportWriter;
import org.handover.app.report.fixture.ForecastFixture;
import org.handover.app.report.fixture.ReportFixture;
import org.handover.app.report.fixture.Specs;
import org.handover.app.report.model.ReportModel;
import org.handover.app.report.page.Chart;
import org.handover.app.report.page.Format;
import org.handover.app.report.page.Html;
import org.handover.app.report.page.RegionShapes;
import org.handover.app.report.page.Table;
import org.handover.app.report.page.VegaJson;
import org.handover.engine.forecast.Forecast;
import org.handover.engine.forecast.evaluation.BacktestResult;
import org.handover.engine.forecast.evaluation.HorizonScore;
import org.handover.engine.forecast.evaluation.Skill;
import org.handover.engine.outlook.OutlookResult;
import org.handover.engine.outlook.RegionOutlook;
import org.handover.engine.time.MonthRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestReporter;

class ForecastSectionTest {
  private static List<JsonNode> rows(Chart chart) {
    List<JsonNode> out = new ArrayList<>();
    chart.spec().path("data").path("values").forEach(out::add);
    return out;
  }

  @Test
  void drawsFansOutlookMapAndSkillChartsThatAreValidJson() throws Exception {
    ForecastSection s = ForecastFixture.section(true);
    assertThat(s.charts())
        .extracting(Chart::id)
        .containsExactly(
            "forecast-fans", "forecast-outlook", "forecast-readiness-map", "forecast-crps");
    for (Chart c : s.charts()) {
      assertThat(Specs.roundTrip(c)).isEqualTo(c.spec());
      assertThat(s.bodyHtml()).contains("id=\"" + c.id() + "\"");
    }
    assertThat(Specs.marks(s.fans().chart().spec()))
        .containsExactly("area", "line", "line", "rule");
    assertThat(Specs.marks(s.map().chart().spec())).containsExactly("geoshape", "geoshape", "text");
  }

  @Test
  void fanChartShowsTheLastTwoYearsObservedAndTheForecastQuantiles() {
    Forecast f = ForecastFixture.forecast();
    ReportModel model = ForecastFixture.model();
    List<JsonNode> rows = rows(ForecastFixture.section(false).fans().chart());
    int n = f.regions().size();
    String region = f.regions().get(3).name();
    List<JsonNode> observed =
        rows.stream()
            .filter(
                r ->
                    r.path("region").asText().equals(region)
                        && r.path("kind").asText().equals("observed"))
            .toList();
    assertThat(observed).hasSize(FanCharts.HISTORY_MONTHS);
    assertThat(observed.get(observed.size() - 1).path("month").asText())
        .isEqualTo(VegaJson.date(ReportFixture.AS_OF));
    int row = model.theater().indexOf(f.regions().get(3));
    double lastObserved =
        model.panel()
            .values(ForecastFixture.VARIABLE)[row][
            model.panel().months().offsetOf(ReportFixture.AS_OF)];
    assertThat(observed.get(observed.size() - 1).path("value").asDouble()).isEqualTo(lastObserved);
    List<JsonNode> forecast =
        rows.stream()
            .filter(
                r ->
                    r.path("region").asText().equals(region)
                        && r.path("kind").asText().equals("forecast"))
            .toList();
    // the band starts at the last observation, then one row per forecast month
    assertThat(forecast).hasSize(1 + ForecastFixture.HORIZON);
    for (int s = 0; s < ForecastFixture.HORIZON; s++) {
      JsonNode r = forecast.get(s + 1);
      assertThat(r.path("month").asText()).isEqualTo(VegaJson.date(f.months().monthAt(s)));
      assertThat(r.path("q10").asDouble()).isEqualTo(f.quantile(3, s, 0.1));
      assertThat(r.path("q50").asDouble()).isEqualTo(f.quantile(3, s, 0.5));
      assertThat(r.path("q90").asDouble()).isEqualTo(f.quantile(3, s, 0.9));
      assertThat(r.path("q10").asDouble()).isLessThanOrEqualTo(r.path("q90").asDouble());
    }
    assertThat(rows.stream().filter(r -> r.path("kind").asText().equals("asof"))).hasSize(n);
    Table table = ForecastFixture.section(false).fans().table();
    assertThat(table.rows()).hasSize(n * ForecastFixture.HORIZON);
    assertThat(table.header()).containsExactly("Region", "Month", "10%", "Median", "90%");
  }

  @Test
  void outlookTableGivesTheChancesAndTheReadinessMonthOfEveryRegion(TestReporter reporter) {
    OutlookResult o = ForecastFixture.outlook();
    Table t = ForecastFixture.section(false).curves().table();
    assertThat(t.rows()).hasSize(o.regions().size());
    boolean someTop = false;
    boolean someOpen = false;
    for (int i = 0; i < o.regions().size(); i++) {
      RegionOutlook r = o.regions().get(i);
      List<Table.Cell> cells = t.rows().get(i).cells();
      assertThat(cells.get(0).html()).isEqualTo(Html.escape(r.region().name()));
      if (r.nextStage().isEmpty()) {
        someTop = true;
        assertThat(cells.get(3).html()).isEqualTo("\u2014");
      } else {
        someOpen = true;
        assertThat(cells.get(3).html()).isEqualTo(Math.round(100 * r.readyWithin(6)) + "%");
        assertThat(cells.get(4).html()).isEqualTo(Math.round(100 * r.readyWithin(12)) + "%");
        assertThat(cells.get(5).html()).isEqualTo(Html.escape(r.readiness().describe()));
      }
    }
    assertThat(someOpen).as("the fixture has regions with a next stage").isTrue();
    // the curves: one series per region with a next stage, non-decreasing
    List<JsonNode> rows = rows(ForecastFixture.section(false).curves().chart());
    long open = o.regions().stream().filter(r -> r.nextStage().isPresent()).count();
    assertThat(rows).hasSize((int) open * ForecastFixture.HORIZON);
    reporter.publishEntry(
        "fixture outlook", open + " regions with a next stage, top of ladder: " + someTop);
  }

  @Test
  void mapShadesEachRegionByItsChanceWithinSixMonths() {
    OutlookResult o = ForecastFixture.outlook();
    JsonNode spec = ForecastFixture.section(false).map().chart().spec();
    JsonNode features = spec.path("layer").get(1).path("data").path("values");
    assertThat(features).hasSize(o.regions().size());
    for (int i = 0; i < o.regions().size(); i++) {
      RegionOutlook r = o.regions().get(i);
      JsonNode f = features.get(i);
      assertThat(f.path("region").asText()).isEqualTo(r.region().name());
      if (r.nextStage().isEmpty()) {
        assertThat(f.path("p").isNull()).isTrue();
      } else {
        assertThat(f.path("p").asDouble()).isEqualTo(r.readyWithin(6));
      }
      assertThat(f.path("geometry").path("type").asText()).isIn("Polygon", "MultiPolygon");
    }
    assertThat(
            spec.path("layer")
                .get(1)
                .path("encoding")
                .path("color")
                .path("scale")
                .path("scheme")
                .asText())
        .isEqualTo("blues");
  }

  @Test
  void skillTableMatchesTheBacktestAndExplainsCoverageForCounts() {
    BacktestResult b = ForecastFixture.backtest();
    ForecastSection s = ForecastFixture.section(true);
    Table t = s.skill().orElseThrow().table();
    Skill skill = b.skill();
    assertThat(t.rows()).hasSize(skill.perHorizon().size()).isNotEmpty();
    for (int i = 0; i < skill.perHorizon().size(); i++) {
      Skill.HorizonSkill h = skill.perHorizon().get(i);
      List<Table.Cell> cells = t.rows().get(i).cells();
      assertThat(cells.get(0).html()).isEqualTo(Integer.toString(h.horizon()));
      assertThat(cells.get(1).html()).isEqualTo(Format.number(h.modelCrps()));
      assertThat(cells.get(2).html())
          .isEqualTo(h.bestBaseline() + " (" + Format.number(h.bestBaselineCrps()) + ")");
      assertThat(cells.get(3).html()).isEqualTo(SkillFigure.signedPercent(h.reduction()));
      HorizonScore m = b.score(skill.model(), h.horizon());
      assertThat(cells.get(4).html()).isEqualTo(Format.number(m.maeMean()));
      assertThat(cells.get(5).html()).isEqualTo(Format.number(m.biasMean()));
      assertThat(cells.get(6).html()).isEqualTo(Math.round(100 * m.coverage80()) + "%");
    }
    assertThat(s.bodyHtml())
        .contains("PIT coverage", "calibrated", "ties", "error of the mean")
        .doesNotContain("No backtest");
    List<JsonNode> crps = rows(s.skill().get().chart());
    assertThat(crps).hasSize(b.scores().size());
    assertThat(SkillFigure.signedPercent(0.2)).isEqualTo("20%");
    assertThat(SkillFigure.signedPercent(-0.05)).isEqualTo("\u22125%");
  }

  @Test
  void textStatesModelPathsSeedOriginAndInputTreatment() {
    ForecastSection s = ForecastFixture.section(false);
    Forecast f = ForecastFixture.forecast();
    String html = s.bodyHtml();
    assertThat(html)
        .contains(
            f.modelName(),
            ForecastFixture.PATHS + " sample paths",
            "seed " + ForecastFixture.SEED,
            Format.month(f.origin()),
            "No backtest in this report",
            "--backtest-from");
    for (var input : ForecastFixture.outlook().inputs()) {
      assertThat(html)
          .contains(
              "<code>"
                  + Html.escape(input.variable())
                  + "</code>: "
                  + Html.escape(ForecastSection.treatment(input)));
    }
    // police is illustrative in the fixture: the outlook says so, in text, chart and tables; the
    // fans do not
    assertThat(html)
        .contains(Illustrative.LABEL + ": the outlook judges illustrative inputs (police");
    assertThat(s.curves().chart().spec().path("title").path("subtitle").get(0).asText())
        .startsWith(Illustrative.LABEL);
    assertThat(s.map().chart().spec().path("title").path("subtitle").get(0).asText())
        .startsWith(Illustrative.LABEL);
    assertThat(s.curves().table().illustrativeNote()).isPresent();
    assertThat(s.map().table().illustrativeNote()).isPresent();
    assertThat(s.fans().chart().spec().path("title").has("subtitle")).isFalse();
    assertThat(s.fans().table().illustrativeNote()).isEmpty();
    assertThat(s.charts()).hasSize(3);
  }

  @Test
  void rejectsAForecastAndOutlookFromDifferentOrigins() {
    ReportModel model = ForecastFixture.model();
    Forecast f = ForecastFixture.forecast();
    Forecast later =
        new Forecast(
            f.modelName(),
            f.parameters(),
            f.variable(),
            f.regions(),
            f.history(),
            MonthRange.of(f.months().first().plusMonths(1), f.months().last().plusMonths(1)),
            f.seed(),
            f.probabilistic(),
            f.paths());
    assertThatThrownBy(
            () ->
                new ForecastSection(
                    model,
                    RegionShapes.of(model.boundaries(), model.theater()),
                    later,
                    ForecastFixture.outlook(),
                    Optional.empty(),
                    ""))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("origin");
  }

  @Test
  void pageWithTheSectionStaysSmall() {
    String page =
        ReportWriter.standard(ForecastFixture.model()).with(ForecastFixture.section(true)).html();
    assertThat(page.length()).isLessThan(5_000_000);
    assertThat(page.indexOf("id=\"forecast\"")).isLessThan(page.indexOf("id=\"provenance\""));
  }
}
