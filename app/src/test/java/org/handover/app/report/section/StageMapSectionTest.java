package org.handover.app.report.section;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.handover.app.report.fixture.ReportFixture;
import org.handover.app.report.fixture.Specs;
import org.handover.app.report.model.ReportModel;
import org.handover.app.report.page.RegionShapes;
import org.handover.app.report.page.StageStyle;
import org.handover.app.report.page.Table;
import org.handover.engine.assessment.RegionAssessment;
import org.junit.jupiter.api.Test;

class StageMapSectionTest {
  final ReportModel model = ReportFixture.model(true);
  final StageMapSection map =
      new StageMapSection(model, RegionShapes.of(model.boundaries(), model.theater()));

  @Test
  void drawsOneShapePerRegionColouredByItsStage() throws Exception {
    JsonNode spec = Specs.roundTrip(map.chart());
    assertThat(Specs.marks(spec)).containsExactly("geoshape", "text");
    JsonNode features = spec.path("layer").get(0).path("data").path("values");
    assertThat(features).hasSize(18);
    StageStyle style = StageStyle.of(model.benchmarkSet().stages());
    for (RegionAssessment r : model.assessment().regions()) {
      JsonNode f = find(features, r.region().name());
      assertThat(f.path("stage").asText()).isEqualTo(style.label(r.stageRank()));
      assertThat(f.path("properties").path("name").asText()).isEqualTo(r.region().name());
      assertThat(f.path("geometry").path("type").asText()).isIn("Polygon", "MultiPolygon");
    }
    assertThat(find(features, "Nineveh").path("blocked").asText()).isEqualTo("Threat");
    assertThat(find(features, "Anbar").path("blocked").asText()).isEqualTo("nothing");
    assertThat(find(features, "Anbar").path("illustrative").asText()).isEqualTo("police_per_1000");
  }

  @Test
  void tooltipNamesStageAndBlockingConditions() throws Exception {
    JsonNode tooltip =
        Specs.roundTrip(map.chart()).path("layer").get(0).path("encoding").path("tooltip");
    List<String> fields = new ArrayList<>();
    tooltip.forEach(t -> fields.add(t.path("field").asText()));
    assertThat(fields).containsExactly("region", "stage", "next", "blocked", "illustrative");
  }

  @Test
  void everyRingIsWoundForVega() throws Exception {
    JsonNode features =
        Specs.roundTrip(map.chart()).path("layer").get(0).path("data").path("values");
    for (JsonNode f : features) {
      JsonNode g = f.path("geometry");
      List<JsonNode> polygons = new ArrayList<>();
      if (g.path("type").asText().equals("Polygon")) {
        polygons.add(g.path("coordinates"));
      } else {
        g.path("coordinates").forEach(polygons::add);
      }
      for (JsonNode polygon : polygons) {
        for (int i = 0; i < polygon.size(); i++) {
          double area = Specs.signedArea(polygon.get(i));
          // d3-geo: exterior rings clockwise (negative planar area), holes counter-clockwise
          assertThat(i == 0 ? area < 0 : area > 0)
              .as(f.path("region").asText() + " ring " + i)
              .isTrue();
        }
      }
    }
  }

  @Test
  void tableListsEveryRegionWithItsExplanation() {
    Table t = map.table();
    assertThat(t.rows()).hasSize(18);
    assertThat(t.html())
        .contains(
            "href=\"#region-salah-ad-din\"", model.assessment().regions().get(0).explanation());
    assertThat(t.illustrativeNote()).isPresent();
  }

  private static JsonNode find(JsonNode features, String region) {
    for (JsonNode f : features) {
      if (f.path("region").asText().equals(region)) {
        return f;
      }
    }
    throw new AssertionError("no feature for " + region);
  }
}
