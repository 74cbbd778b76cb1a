package org.handover.io.imports.theater;

import static org.assertj.core.api.Assertions.assertThat;
import static org.handover.io.imports.theater.TheaterFixtures.collection;
import static org.handover.io.imports.theater.TheaterFixtures.square;
import static org.handover.io.imports.theater.TheaterFixtures.write;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.handover.io.imports.ImportReport;
import org.handover.io.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.geojson.GeoJsonReader;

class RegionOverlapsTest {
  @TempDir Path dir;

  @Test
  void overlappingRegionsAreAWarningNamingThePairAndTheShare() {
    // B overlaps A by a quarter of a square's width; C borders B; D lies apart
    Path file =
        write(
            dir,
            "r.geojson",
            collection(
                square("A", 0, 0, 1),
                square("B", 0.75, 0, 1),
                square("C", 1.75, 0, 1),
                square("D", 5, 5, 1)));
    try (Store store = Store.inMemory()) {
      ImportReport r = RegionImporter.importFile(store, file, RegionImporter.Options.defaults("t"));
      assertThat(r.rowsImported()).isEqualTo(4);
      assertThat(r.notes())
          .filteredOn(n -> n.startsWith("warning: regions overlap"))
          .singleElement()
          .satisfies(
              n ->
                  assertThat(n)
                      .startsWith("warning: regions overlap: A and B overlap by ")
                      .contains("km² (25.0% of A)"));
      assertThat(store.strings("SELECT notes FROM imports"))
          .singleElement()
          .asString()
          .contains("A and B overlap by");
    }
  }

  @Test
  void bordersThatMeetOrNearlyMeetAreNoOverlap() {
    // a sliver of 0.0005 degrees is 0.05% of a square: below the tolerance
    Map<String, Geometry> g = new LinkedHashMap<>();
    g.put("A", poly(0, 0, 1));
    g.put("B", poly(1, 0, 1));
    g.put("C", poly(1.9995, 0, 1));
    g.put("D", poly(0, 1, 1));
    assertThat(RegionOverlaps.find(g)).isEmpty();
    g.put("E", poly(0.9, 0.9, 0.2));
    assertThat(RegionOverlaps.find(g))
        .extracting(o -> o.a() + "-" + o.b())
        .containsExactly("A-E", "B-E", "D-E");
  }

  @Test
  void theBuiltInIraqGovernoratesDoNotOverlap() throws Exception {
    JsonNode root =
        new ObjectMapper()
            .readTree(RepoData.path("data/iraq/geo/iraq-governorates.geojson").toFile());
    Map<String, Geometry> g = new LinkedHashMap<>();
    GeoJsonReader reader = new GeoJsonReader();
    for (JsonNode f : root.get("features")) {
      g.put(f.get("properties").get("name").asText(), reader.read(f.get("geometry").toString()));
    }
    assertThat(g).hasSize(18);
    assertThat(RegionOverlaps.find(g)).isEmpty();
    // Babil moved 0.05 degrees (about 5 km) east overlaps its neighbours there, and a second run in
    // the same process finds that too
    Geometry babil = g.get("Babil").copy();
    babil.apply((org.locationtech.jts.geom.CoordinateFilter) c -> c.x += 0.05);
    babil.geometryChanged();
    g.put("Babil", babil);
    assertThat(RegionOverlaps.find(g))
        .extracting(o -> o.a() + "-" + o.b())
        .contains("Babil-Qadisiyah", "Babil-Wasit");
    assertThat(RegionOverlaps.find(g)).hasSameElementsAs(RegionOverlaps.find(g));
  }

  private static Geometry poly(double x, double y, double side) {
    try {
      String json = square("x", x, y, side);
      return new GeoJsonReader().read(new ObjectMapper().readTree(json).get("geometry").toString());
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
