package org.handover.app.report.page;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.handover.app.report.fixture.ReportFixture;
import org.handover.app.report.fixture.Specs;
import org.handover.app.report.model.ReportModel;
import org.handover.engine.theater.Region;
import org.handover.engine.theater.Theater;
import org.junit.jupiter.api.Test;

class RegionShapesTest {
  static final Theater TWO =
      Theater.of("Two", List.of(Region.named("West"), Region.named("East")), List.of());

  /**
   * Two unit squares side by side, written counter-clockwise as RFC 7946 asks, plus one foreign
   * feature.
   */
  static final String CCW =
      """
      {"type":"FeatureCollection","features":[
       {"type":"Feature","properties":{"name":"West"},"geometry":{"type":"Polygon","coordinates":[[[0,0],[1,0],[1,1],[0,1],[0,0]]]}},
       {"type":"Feature","properties":{"name":"East"},"geometry":{"type":"Polygon","coordinates":[[[1,0],[2,0],[2,1],[1,1],[1,0]]]}},
       {"type":"Feature","properties":{"name":"Elsewhere"},"geometry":{"type":"Polygon","coordinates":[[[5,5],[6,5],[6,6],[5,5]]]}}
      ]}""";

  @Test
  void rewindsCounterClockwiseRingsAndListsForeignFeatures() {
    RegionShapes shapes = RegionShapes.of(CCW, TWO);
    assertThat(shapes.size()).isEqualTo(2);
    for (int i = 0; i < 2; i++) {
      assertThat(Specs.signedArea(shapes.geometry(i).path("coordinates").get(0))).isNegative();
    }
    // theater order: East before West
    assertThat(shapes.geometry(0).path("coordinates").get(0).toString()).contains("[2.0,0.0]");
    assertThat(shapes.leftOut()).containsExactly("Elsewhere");
    assertThat(shapes.method()).contains("Elsewhere");
    double[] label = shapes.labelPoint(1);
    assertThat(label[0]).isBetween(0.0, 1.0);
    assertThat(label[1]).isBetween(0.0, 1.0);
  }

  @Test
  void realBoundariesAreSimplifiedAsACoverage() {
    ReportModel model = ReportFixture.model(false);
    RegionShapes shapes = RegionShapes.of(model.boundaries(), model.theater());
    assertThat(shapes.size()).isEqualTo(18);
    assertThat(shapes.leftOut()).isEmpty();
    assertThat(shapes.method()).contains("as a coverage");
    int total = 0;
    for (int i = 0; i < shapes.size(); i++) {
      total += shapes.geometry(i).toString().length();
    }
    assertThat(total)
        .as("simplified boundaries, bytes")
        .isLessThan(model.boundaries().length() / 2);
  }

  @Test
  void missingRegionIsNamed() {
    Theater three =
        Theater.of(
            "Three",
            List.of(Region.named("West"), Region.named("East"), Region.named("North")),
            List.of());
    assertThatThrownBy(() -> RegionShapes.of(CCW, three))
        .hasMessageContaining("no feature with property name = [North]")
        .hasMessageContaining("East, Elsewhere, West");
  }

  @Test
  void badInputIsExplained() {
    assertThatThrownBy(() -> RegionShapes.of("{\"type\":\"Feature\"}", TWO))
        .hasMessageContaining("FeatureCollection");
    assertThatThrownBy(() -> RegionShapes.of("not json", TWO))
        .hasMessageContaining("not valid JSON");
    assertThatThrownBy(
            () ->
                RegionShapes.of(
                    "{\"type\":\"FeatureCollection\",\"features\":[{\"properties\":{}}]}", TWO))
        .hasMessageContaining("feature #0 has no text property 'name'");
    assertThatThrownBy(
            () ->
                RegionShapes.of(
                    "{\"type\":\"FeatureCollection\",\"features\":[{\"properties\":"
                        + "{\"name\":\"West\"},\"geometry\":{\"type\":\"Point\",\"coordinates\":[1,2]}}]}",
                    TWO))
        .hasMessageContaining("'West' (#0) is a Point");
  }
}
