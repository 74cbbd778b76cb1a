package org.handover.io.imports.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import org.handover.engine.theater.RegionId;
import org.handover.io.imports.ImportException;
import org.handover.io.imports.ImportReport;
import org.handover.io.imports.ImportSpec;
import org.handover.io.imports.events.mapping.EventFormat;
import org.handover.io.manifest.Importers;
import org.handover.io.store.Store;
import org.handover.io.store.TheaterReader;
import org.junit.jupiter.api.Test;

/**
 * snap_km on two illustrative square regions: Alpha (44..45 E, 33..34 N) and Bravo (45.2..46 E),
 * 0.2 degrees apart. The file has a point in each, two points 4.64 and 4.45 km outside Alpha (one
 * of them twice), one midway between the squares (9.27 km from each) and one 371 km east of Bravo.
 */
class SnapToNearestRegionTest {
  /** Cross-track distance on the sphere from (lat, lon) to the meridian {@code meridian}. */
  private static double kmToMeridian(double lat, double lon, double meridian) {
    return SnapDistance.EARTH_RADIUS_KM
        * Math.asin(Math.cos(Math.toRadians(lat)) * Math.sin(Math.toRadians(lon - meridian)));
  }

  private static Store squares() {
    Store store = Store.inMemory();
    TheaterFixture.addRegions(store, "squares", Samples.of("snap-squares.geojson"));
    return store;
  }

  private static ImportReport run(Store store, Double snapKm) {
    EventImportRequest r =
        EventImportRequest.of("squares", EventFormat.UCDP_GED, Samples.of("ucdp-snap.csv"));
    return EventImporter.importFile(store, snapKm == null ? r : r.snapKm(snapKm));
  }

  private static String region(Store store, String id) {
    var r = store.strings("SELECT region FROM events WHERE event_id = ?", id);
    return r.isEmpty() ? "(not imported)" : r.get(0);
  }

  @Test
  void withoutTheOptionPointsOutsideEveryPolygonStayWithoutRegion() {
    try (Store store = squares()) {
      ImportReport r = run(store, null);
      assertThat(r.rowsUnassigned()).isEqualTo(5);
      assertThat(r.notes())
          .contains("regions: 0 rows by region name, 2 by point in polygon, 5 without region")
          .noneMatch(n -> n.contains("snap"));
    }
  }

  @Test
  void pointsWithinTheToleranceGoToTheNearestRegionAndAreListed() {
    try (Store store = squares()) {
      ImportReport r = run(store, 5.0);
      assertThat(region(store, "1")).isEqualTo("Alpha");
      assertThat(region(store, "6")).isEqualTo("Bravo");
      assertThat(region(store, "2")).isEqualTo("Alpha");
      assertThat(region(store, "3")).isEqualTo("Alpha");
      assertThat(region(store, "7")).isEqualTo("Alpha");
      assertThat(region(store, "4")).isNull();
      assertThat(region(store, "5")).isNull();
      assertThat(r.rowsUnassigned()).isEqualTo(2);
      assertThat(r.rowsRejected()).isZero();
      assertThat(r.notes())
          .contains(
              "regions: 0 rows by region name, 2 by point in polygon, 2 without region",
              "snapped 3 rows (2 points) outside every region polygon to the nearest region within"
                  + " snap_km = 5 km, the largest distance 4.64 km: lines 3 (4.64 km, Alpha), 4"
                  + " (4.45 km, Alpha), 8 (4.64 km, Alpha)");
      assertThat(r.notes())
          .anySatisfy(
              n ->
                  assertThat(n)
                      .startsWith(
                          "2 rows (2 points) outside every region polygon and farther than snap_km"
                              + " = 5 km from any region, imported without a region: lines 5"
                              + " (9.27 km from Alpha), 6 (370.")
                      .endsWith(" km from Bravo)"));
      assertThat(store.strings("SELECT notes FROM imports").get(0)).contains("snapped 3 rows");
      assertThat(store.strings("SELECT options FROM imports").get(0)).contains("\"snap_km\":5.0");
    }
  }

  @Test
  void equallyNearRegionsGoToTheFirstByName() {
    try (Store store = squares()) {
      ImportReport r = run(store, 10.0);
      assertThat(region(store, "4")).isEqualTo("Alpha");
      assertThat(r.rowsUnassigned()).isEqualTo(1);
    }
  }

  @Test
  void zeroSnapsNothingButStillSaysHowFarThePointsAre() {
    try (Store store = squares()) {
      ImportReport r = run(store, 0.0);
      assertThat(r.rowsUnassigned()).isEqualTo(5);
      assertThat(r.notes())
          .contains(
              "snapped 0 rows (0 points) outside every region polygon to the nearest region within"
                  + " snap_km = 0 km");
    }
  }

  @Test
  void distancesMatchTheSphericalFigureOnAKnownGeometry() {
    try (Store store = squares()) {
      PointLocator locator = PointLocator.of(new TheaterReader(store).geometries("squares"));
      // east of Alpha's east edge: the cross-track distance to the meridian 45 E
      PointLocator.Nearest east = locator.nearest(33.5, 45.05).orElseThrow();
      assertThat(east.region()).isEqualTo(RegionId.of("Alpha"));
      assertThat(east.km()).isCloseTo(kmToMeridian(33.5, 45.05, 45), within(0.001));
      assertThat(east.km()).isCloseTo(4.636, within(0.001));
      // south of Alpha: 0.04 degrees of latitude
      PointLocator.Nearest south = locator.nearest(32.96, 44.5).orElseThrow();
      assertThat(south.km())
          .isCloseTo(Math.toRadians(0.04) * SnapDistance.EARTH_RADIUS_KM, within(0.001));
      // beyond a corner: to the corner itself
      PointLocator.Nearest corner = locator.nearest(32.9, 43.9).orElseThrow();
      assertThat(corner.km())
          .isCloseTo(SnapDistance.km(32.9, 43.9, 33, 44), within(0.001 * corner.km()));
      // far away: still the nearest region, within 0.1% of the spherical figure
      PointLocator.Nearest far = locator.nearest(33.5, 50).orElseThrow();
      assertThat(far.region()).isEqualTo(RegionId.of("Bravo"));
      assertThat(far.km()).isCloseTo(kmToMeridian(33.5, 50, 46), within(0.001 * far.km()));
      // a point inside a polygon is 0 km from it
      assertThat(locator.locate(33.5, 44.999)).contains(RegionId.of("Alpha"));
    }
  }

  @Test
  void theOptionIsCheckedAndReadByTheKind() {
    try (Store store = squares()) {
      // "5d", "0x1p2" and "5_0" are numbers to Java or DuckDB, not to an import option
      for (String bad : new String[] {"-1", "far", "101", "NaN", "5d", "0x1p2", "5_0"}) {
        assertThatThrownBy(
                () ->
                    Importers.run(
                        store,
                        "squares",
                        new ImportSpec(
                            "ucdp-ged", Samples.of("ucdp-snap.csv"), Map.of("snap_km", bad))))
            .isInstanceOf(ImportException.class)
            .hasMessageContaining("option 'snap_km' = \"" + bad + "\"");
      }
      ImportReport r =
          Importers.run(
              store,
              "squares",
              new ImportSpec("ucdp-ged", Samples.of("ucdp-snap.csv"), Map.of("snap_km", "4.5")));
      assertThat(r.rowsUnassigned()).isEqualTo(4); // 4.64 km is beyond 4.5, 4.45 km within
    }
  }
}
