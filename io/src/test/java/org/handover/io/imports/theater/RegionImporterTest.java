package org.handover.io.imports.theater;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.handover.io.imports.theater.TheaterFixtures.collection;
import static org.handover.io.imports.theater.TheaterFixtures.feature;
import static org.handover.io.imports.theater.TheaterFixtures.square;
import static org.handover.io.imports.theater.TheaterFixtures.write;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.assertj.core.data.Offset;
import org.assertj.core.data.Percentage;
import org.handover.engine.theater.RegionId;
import org.handover.io.geo.GeoMeasure;
import org.handover.io.imports.ImportException;
import org.handover.io.imports.ImportLog;
import org.handover.io.imports.ImportReport;
import org.handover.io.store.Store;
import org.handover.io.store.TheaterReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.geojson.GeoJsonReader;

class RegionImporterTest {
  private static final String BOWTIE =
      "{\"type\":\"Polygon\",\"coordinates\":[[[0,0],[1,1],[1,0],[0,1],[0,0]]]}";

  @TempDir Path dir;

  @Test
  void importsTheIraqGovernoratesWithCodesGeometryAndSourceNamesAsAliases() throws Exception {
    Path file = RepoData.path("data/iraq/geo/iraq-governorates.geojson");
    try (Store store = Store.inMemory()) {
      ImportReport report =
          RegionImporter.importFile(
              store, file, RegionImporter.Options.defaults("iraq").withCodeProperty("iso_3166_2"));

      assertThat(report.rowsRead()).isEqualTo(18);
      assertThat(report.rowsImported()).isEqualTo(18);
      assertThat(report.rejections()).isEmpty();
      assertThat(store.strings("SELECT code FROM regions WHERE region = 'Basra'"))
          .containsExactly("IQ-BA");
      assertThat(store.strings("SELECT region FROM region_aliases WHERE alias = 'basrah'"))
          .containsExactly("Basra");
      assertThat(store.strings("SELECT region FROM region_aliases WHERE alias = 'thi qar'"))
          .containsExactly("Dhi Qar");
      assertThat(new TheaterReader(store).resolver("iraq").resolve("Al-Qadissiya"))
          .contains(RegionId.of("Qadisiyah"));
      assertThat(store.strings("SELECT sha256 || ' ' || status || ' ' || kind FROM imports"))
          .containsExactly(ImportLog.sha256(file) + " committed regions");
      double total = 0;
      for (String geometry : store.strings("SELECT geometry FROM regions")) {
        total += GeoMeasure.areaKm2(new GeoJsonReader().read(geometry));
      }
      // Iraq's area is 438,317 km² (CIA World Factbook): the stored polygons are whole and measured
      // right.
      assertThat(total).isCloseTo(438_317, Percentage.withPercentage(1));
    }
  }

  @Test
  void theGeoBoundariesPolygonSetImportsToo() {
    try (Store store = Store.inMemory()) {
      ImportReport report =
          RegionImporter.importFile(
              store,
              RepoData.path("data/iraq/geo/iraq-governorates-geoboundaries-cc0.geojson"),
              RegionImporter.Options.defaults("iraq").withCodeProperty("iso_3166_2"));

      assertThat(report.rejections()).isEmpty();
      assertThat(report.rowsImported()).isEqualTo(18);
      assertThat(new TheaterReader(store).resolver("iraq").resolve("Al-Anbar"))
          .contains(RegionId.of("Anbar"));
    }
  }

  @Test
  void jsonBeyondTheParsersLimitsOrInNoUnicodeEncodingIsAnImportErrorNotAReadFailure()
      throws IOException {
    Path deep =
        write(
            dir,
            "deep.geojson",
            collection(feature("{\"name\":\"D\"}", "[".repeat(1500) + "]".repeat(1500))));
    Path utf32 = dir.resolve("utf32.geojson");
    // '{' and three zero bytes read as UTF-32LE; the 32-bit unit "\0\0\"~" is beyond Unicode.
    byte[] bytes = new byte[24];
    bytes[0] = '{';
    System.arraycopy(new byte[] {'"', '~', 't', 'y'}, 0, bytes, 18, 4);
    Files.write(utf32, bytes);
    try (Store store = Store.inMemory()) {
      assertThatThrownBy(
              () -> RegionImporter.importFile(store, deep, RegionImporter.Options.defaults("t")))
          .isInstanceOf(ImportException.class)
          .hasMessageStartingWith(
              "deep.geojson: not valid JSON: Document nesting depth (1001) exceeds");
      assertThatThrownBy(
              () -> RegionImporter.importFile(store, utf32, RegionImporter.Options.defaults("t")))
          .isInstanceOf(ImportException.class)
          .hasMessageContaining("utf32.geojson: not valid JSON text: ");
    }
  }

  @Test
  void selfIntersectingPolygonIsRejectedNamingTheFeatureIndexAndName() {
    Path file =
        write(
            dir,
            "bad.geojson",
            collection(square("A", 0, 0, 1), feature("{\"name\":\"Bow\"}", BOWTIE)));
    try (Store store = Store.inMemory()) {
      ImportReport report =
          RegionImporter.importFile(store, file, RegionImporter.Options.defaults("t"));

      assertThat(report.rowsImported()).isEqualTo(1);
      assertThat(report.rejections())
          .singleElement()
          .satisfies(
              r -> {
                assertThat(r.line()).isEqualTo(3);
                assertThat(r.field()).isEqualTo("features[1].geometry");
                assertThat(r.reason()).contains("features[1] (Bow)").contains("Self-intersection");
              });
      assertThat(store.strings("SELECT region FROM regions")).containsExactly("A");
      assertThat(store.count("SELECT count(*) FROM rejections")).isEqualTo(1);
    }
  }

  @Test
  void strictFailsTheWholeImportAndLeavesAFailedRecord() {
    Path file =
        write(
            dir,
            "bad.geojson",
            collection(square("A", 0, 0, 1), feature("{\"name\":\"Bow\"}", BOWTIE)));
    try (Store store = Store.inMemory()) {
      assertThatThrownBy(
              () ->
                  RegionImporter.importFile(
                      store, file, RegionImporter.Options.defaults("t").strict(true)))
          .isInstanceOf(ImportException.class)
          .hasMessageContaining("bad.geojson")
          .hasMessageContaining("features[1] (Bow)");
      assertThat(store.count("SELECT count(*) FROM regions")).isZero();
      assertThat(store.strings("SELECT status FROM imports")).containsExactly("failed");
      assertThat(store.count("SELECT count(*) FROM rejections")).isEqualTo(1);
    }
  }

  @Test
  void repairOptionFixesInvalidPolygonsAndSaysSo() throws Exception {
    Path file = write(dir, "bad.geojson", collection(feature("{\"name\":\"Bow\"}", BOWTIE)));
    try (Store store = Store.inMemory()) {
      ImportReport report =
          RegionImporter.importFile(
              store, file, RegionImporter.Options.defaults("t").repairingInvalid(true));

      assertThat(report.rejections()).isEmpty();
      assertThat(report.notes())
          .singleElement()
          .asString()
          .contains("features[0] (Bow)")
          .contains("GeometryFixer");
      Geometry stored =
          new GeoJsonReader().read(store.strings("SELECT geometry FROM regions").get(0));
      assertThat(stored.isValid()).isTrue();
      assertThat(stored.getArea()).isEqualTo(0.5, Offset.offset(1e-9));
      assertThat(store.strings("SELECT notes FROM imports").get(0)).contains("GeometryFixer");
    }
  }

  @Test
  void everyKindOfBadFeatureIsRejectedWithItsReason() {
    Path file =
        write(
            dir,
            "mixed.geojson",
            collection(
                square("A", 0, 0, 1),
                feature(
                    "{\"name\":\"\"}",
                    "{\"type\":\"Polygon\",\"coordinates\":[[[0,0],[1,0],[1,1],[0,0]]]}"),
                feature("{\"name\":\"Empty\"}", "{\"type\":\"Polygon\",\"coordinates\":[]}"),
                feature("{\"name\":\"Dot\"}", "{\"type\":\"Point\",\"coordinates\":[1,2]}"),
                feature("{\"name\":\"Null\"}", "null"),
                square("Projected", 500000, 3000000, 1000),
                square("a", 5, 5, 1)));
    try (Store store = Store.inMemory()) {
      ImportReport report =
          RegionImporter.importFile(store, file, RegionImporter.Options.defaults("t"));

      assertThat(report.rowsRead()).isEqualTo(7);
      assertThat(report.rowsImported()).isEqualTo(1);
      assertThat(report.rejections())
          .extracting(r -> r.line() + ": " + r.reason())
          .satisfiesExactly(
              r ->
                  assertThat(r)
                      .startsWith("3: ")
                      .contains("features[1]")
                      .contains("'name'")
                      .contains("missing or blank"),
              r ->
                  assertThat(r).startsWith("4: ").contains("features[2] (Empty)").contains("empty"),
              r ->
                  assertThat(r)
                      .startsWith("5: ")
                      .contains("features[3] (Dot)")
                      .contains("not a Point"),
              r ->
                  assertThat(r)
                      .startsWith("6: ")
                      .contains("features[4] (Null)")
                      .contains("no geometry"),
              r ->
                  assertThat(r)
                      .startsWith("7: ")
                      .contains("features[5] (Projected)")
                      .contains("RFC 7946"),
              r -> assertThat(r).startsWith("8: ").contains("repeats 'A'"));
    }
  }

  @Test
  void notGeoJsonIsAClearError() {
    Path broken =
        write(
            dir,
            "broken.geojson",
            "{\"type\":\"FeatureCollection\",\n\"features\":[{\"type\": }]}");
    Path notCollection = write(dir, "feature.geojson", feature("{\"name\":\"A\"}", "null"));
    try (Store store = Store.inMemory()) {
      assertThatThrownBy(
              () -> RegionImporter.importFile(store, broken, RegionImporter.Options.defaults("t")))
          .isInstanceOf(ImportException.class)
          .hasMessageStartingWith("broken.geojson: line 2");
      assertThatThrownBy(
              () ->
                  RegionImporter.importFile(
                      store, notCollection, RegionImporter.Options.defaults("t")))
          .isInstanceOf(ImportException.class)
          .hasMessageContaining("FeatureCollection");
    }
  }

  @Test
  void reimportReplacesTheRegionsButKeepsPopulationsOfThoseThatRemain() {
    // C lies apart and has no population: nothing refers to it, so it may go
    Path first =
        write(
            dir,
            "v1.geojson",
            collection(square("A", 0, 0, 1), square("B", 1, 0, 1), square("C", 5, 0, 1)));
    Path pop = write(dir, "pop.csv", "region,population,year\nA,100,2010\nB,200,2010\n");
    Path second =
        write(
            dir,
            "v2.geojson",
            collection(square("A", 0, 0, 1), square("B", 1, 0, 1), square("D", 3, 0, 1)));
    try (Store store = Store.inMemory()) {
      RegionImporter.importFile(store, first, RegionImporter.Options.defaults("t"));
      PopulationImporter.importFile(store, pop, PopulationImporter.Options.defaults("t"));
      NeighbourImporter.computeFromRegions(store, NeighbourImporter.GeometryOptions.defaults("t"));
      assertThat(store.count("SELECT count(*) FROM neighbours")).isEqualTo(1);

      ImportReport report =
          RegionImporter.importFile(store, second, RegionImporter.Options.defaults("t"));

      assertThat(
              store.strings(
                  "SELECT region || ':' || coalesce(CAST(population AS VARCHAR), '-') FROM regions ORDER BY region"))
          .containsExactly("A:100.0", "B:200.0", "D:-");
      assertThat(store.strings("SELECT region_a || '-' || region_b FROM neighbours"))
          .containsExactly("A-B");
      assertThat(report.notes())
          .anySatisfy(
              n -> assertThat(n).contains("2 kept").contains("1 added").contains("1 removed [C]"));
    }
  }

  @Test
  void parentAndCodePropertiesAreConfigurable() {
    Path file =
        write(
            dir,
            "districts.geojson",
            collection(
                feature(
                    "{\"adm2\":\"Rutba\",\"adm1\":\"Anbar\",\"pcode\":\"IQD001\"}",
                    "{\"type\":\"Polygon\",\"coordinates\":[[[0,0],[1,0],[1,1],[0,0]]]}")));
    try (Store store = Store.inMemory()) {
      RegionImporter.importFile(
          store,
          file,
          RegionImporter.Options.defaults("t")
              .withNameProperty("adm2")
              .withCodeProperty("pcode")
              .withParentProperty("adm1"));

      assertThat(new TheaterReader(store).theater("t").regions())
          .singleElement()
          .satisfies(
              r -> {
                assertThat(r.name()).isEqualTo("Rutba");
                assertThat(r.code()).contains("IQD001");
                assertThat(r.parent()).contains(RegionId.of("Anbar"));
              });
    }
  }
}
