package org.handover.io.imports.theater;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.handover.engine.theater.RegularGrid;
import org.handover.engine.theater.Theater;
import org.handover.io.imports.ImportException;
import org.handover.io.imports.ImportReport;
import org.handover.io.imports.ImportSpec;
import org.handover.io.manifest.Importers;
import org.handover.io.store.Store;
import org.handover.io.store.TheaterReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A theater whose regions are the 0.5-degree cells (PRIO-GRID gids) over 33..34 N, 44..45.5 E: two
 * rows of three cells, 177569-177571 and 178289-178291. The cells file keeps five of them.
 */
class GridTheaterTest {
  @TempDir Path dir;

  private static final String EXTENT = "33,44,34,45.5";

  private Path file(String name, String text) throws IOException {
    Path p = dir.resolve(name);
    Files.writeString(p, text);
    return p;
  }

  private static Map<String, String> options(String... kv) {
    Map<String, String> m = new LinkedHashMap<>();
    for (int i = 0; i < kv.length; i += 2) {
      m.put(kv[i], kv[i + 1]);
    }
    return m;
  }

  private static ImportReport run(Store store, String kind, Path file, String... options) {
    return Importers.run(store, "cells", new ImportSpec(kind, file, options(options)));
  }

  private Store gridTheater() throws IOException {
    Store store = Store.inMemory();
    Path cells = file("cells.csv", "gid,note\n177569,\n177570,\n177571,\n178289,\n178290,\n");
    run(store, "regions", cells, "grid", "0.5", "extent", EXTENT);
    return store;
  }

  @Test
  void everyCellOfTheExtentWithoutAFile() {
    try (Store store = Store.inMemory()) {
      ImportReport r = run(store, "regions", null, "grid", "0.5", "extent", EXTENT);
      assertThat(r.rowsImported()).isEqualTo(6);
      assertThat(r.file()).isEqualTo("grid-0.5");
      assertThat(r.notes())
          .contains(
              "regions: every cell of the 0.5-degree grid over "
                  + EXTENT
                  + " (PRIO-GRID gid), 6 cells");
      TheaterReader reader = new TheaterReader(store);
      assertThat(reader.regionIds("cells").stream().map(Object::toString))
          .containsExactly("177569", "177570", "177571", "178289", "178290", "178291");
      assertThat(reader.grid("cells"))
          .contains(
              RegularGrid.of(
                  new java.math.BigDecimal("0.5"),
                  org.handover.engine.theater.GridExtent.parse(EXTENT)));
      assertThat(store.strings("SELECT geometry FROM regions WHERE region = '177569'"))
          .containsExactly(
              "{\"type\":\"Polygon\",\"coordinates\":[[[44,33],[44.5,33],[44.5,33.5],[44,33.5],[44,33]]]}");
      assertThat(store.strings("SELECT code FROM regions WHERE region = '178291'"))
          .containsExactly("178291");
    }
  }

  @Test
  void aCellsFileKeepsItsCellsAndRejectsTheOthersByLine() throws IOException {
    try (Store store = Store.inMemory()) {
      Path cells = file("cells.csv", "gid\n177569\n1\nx\n177570\n177569\n");
      ImportReport r = run(store, "regions", cells, "grid", "0.5", "extent", EXTENT);
      assertThat(r.rowsRead()).isEqualTo(5);
      assertThat(r.rowsImported()).isEqualTo(2);
      assertThat(r.rejections())
          .extracting(x -> x.line() + " " + x.reason())
          .containsExactly(
              "3 cell 1 is not a cell of the 0.5-degree grid over " + EXTENT + " (PRIO-GRID gid)",
              "4 not a cell id of the 0.5-degree grid over "
                  + EXTENT
                  + " (PRIO-GRID gid) (PRIO-GRID gid (id = row * 720 + col + 1, row 0 at latitude"
                  + " -90, col 0 at longitude -180))",
              "6 cell listed twice (first at line 2)");
      assertThatThrownBy(
              () -> run(store, "regions", cells, "grid", "0.5", "extent", EXTENT, "strict", "true"))
          .isInstanceOf(ImportException.class);
    }
  }

  @Test
  void badSizesAndExtentsAreRefusedNamingTheOption() {
    try (Store store = Store.inMemory()) {
      assertThatThrownBy(() -> run(store, "regions", null, "grid", "0.7"))
          .hasMessageContaining("option grid/extent: cell size 0.7 degrees does not divide 180");
      assertThatThrownBy(() -> run(store, "regions", null, "grid", "half"))
          .hasMessageContaining("option grid: 'half' is not a cell size in degrees");
      assertThatThrownBy(
              () -> run(store, "regions", null, "grid", "0.5", "extent", "33.2,44,34,45"))
          .hasMessageContaining("its south edge 33.2 is not on an edge of the 0.5-degree cells");
      assertThatThrownBy(() -> run(store, "regions", null, "grid", "0.01"))
          .hasMessageContaining("more than 2000000 regions");
      assertThat(store.theaters()).isEmpty();
    }
  }

  @Test
  void neighboursFromTheGridAreAdjacentKeptCells() throws IOException {
    try (Store store = gridTheater()) {
      ImportReport queen = run(store, "neighbours", null, "from_grid", "true");
      // Rook: 177569-177570, 177570-177571, 177569-178289, 177570-178290, 178289-178290; queen
      // adds the corners 177569-178290, 177570-178289, 177571-178290. 178291 is not kept.
      assertThat(queen.rowsImported()).isEqualTo(8);
      Theater t = new TheaterReader(store).theater("cells");
      assertThat(t.neighbours()).hasSize(8);
      Map<String, Double> km = new LinkedHashMap<>();
      t.neighbours().forEach(n -> km.put(n.a() + "-" + n.b(), n.sharedBorderKm()));
      // side by side: half a degree of meridian; one above the other: half a degree of the
      // parallel at 33.5 N; corners: 0.
      assertThat(km.get("177569-177570")).isCloseTo(55.6, within(0.1));
      assertThat(km.get("177569-178289"))
          .isCloseTo(55.6 * Math.cos(Math.toRadians(33.5)), within(0.1));
      assertThat(km.get("177570-178289")).isZero();
      ImportReport rook = run(store, "neighbours", null, "from_grid", "true", "adjacency", "rook");
      assertThat(rook.rowsImported()).isEqualTo(5);
      assertThatThrownBy(
              () -> run(store, "neighbours", null, "from_grid", "true", "adjacency", "bishop"))
          .hasMessageContaining("adjacency 'bishop' is not rook or queen");
    }
  }

  @Test
  void neighboursFromTheGridNeedAGridTheater() {
    try (Store store = Store.inMemory()) {
      RegionImporter.importFile(
          store,
          RepoData.path("data/iraq/geo/iraq-governorates.geojson"),
          RegionImporter.Options.defaults("cells"));
      assertThatThrownBy(() -> run(store, "neighbours", null, "from_grid", "true"))
          .hasMessageContaining("are not grid cells");
      assertThat(new TheaterReader(store).grid("cells")).isEmpty();
    }
  }

  @Test
  void polygonsReplacingTheCellsForgetTheGrid() throws IOException {
    try (Store store = gridTheater()) {
      assertThat(new TheaterReader(store).grid("cells")).isPresent();
      run(store, "regions", RepoData.path("data/iraq/geo/iraq-governorates.geojson"));
      assertThat(new TheaterReader(store).grid("cells")).isEmpty();
    }
  }

  @Test
  void eventsGoToCellsByArithmeticAndPointsOutsideAreRejectedByLine() throws IOException {
    try (Store store = gridTheater()) {
      Path events =
          file(
              "ged.csv",
              String.join(
                      "\n",
                      List.of(
                          "id,date_start,date_end,adm_1,latitude,longitude,where_coordinates,type_of_violence,low,best,high,side_a,side_b",
                          "1,2012-01-05,2012-01-05,Baghdad governorate,33.31,44.36,,1,1,2,3,,",
                          "2,2012-01-05,2012-01-05,,33.5,44.5,,1,1,1,1,,",
                          "3,2012-01-05,2012-01-05,,33,44,,1,1,1,1,,",
                          "4,2012-01-05,2012-01-05,,34,44.2,,1,1,1,1,,",
                          "5,2012-01-05,2012-01-05,,33.7,44.9,,1,1,1,1,,",
                          "6,2012-01-06,2012-01-06,,,,,1,1,1,1,,",
                          "7,2012-01-06,2012-01-06,,33.99,45.49,,1,1,1,1,,"))
                  + "\n");
      ImportReport r = run(store, "ucdp-ged", events);
      assertThat(r.rowsRead()).isEqualTo(7);
      assertThat(r.rowsImported()).isEqualTo(5);
      assertThat(r.rowsUnassigned()).isEqualTo(1);
      assertThat(
              store.strings(
                  "SELECT event_id || ' ' || coalesce(region, '-') FROM events ORDER BY event_id"))
          .containsExactly("1 177569", "2 178290", "3 177569", "5 178290", "6 -");
      assertThat(r.rejections())
          .extracting(x -> x.line() + " " + x.field() + " " + x.value() + ": " + x.reason())
          .containsExactly(
              "5 latitude 34: point outside the extent of the theater's grid (longitude = \"44.2\")",
              "8 latitude 33.99: point in a grid cell that is not one of the theater's regions"
                  + " (longitude = \"45.49\")");
      assertThat(r.notes())
          .contains(
              "regions: 4 rows by point in a cell of the 0.5-degree grid over "
                  + EXTENT
                  + " (PRIO-GRID gid) (arithmetic, no polygon test), 1 without region (no point);"
                  + " region names in the file are not used",
              "1 rows rejected: their point lies outside the grid's extent",
              "1 rows rejected: their point lies in a cell of the grid that is not one of the"
                  + " theater's regions");
      assertThatThrownBy(
              () -> run(store, "ucdp-ged", events, "snap_km", "5", "allow_duplicate", "true"))
          .hasMessageContaining("does not apply to theater 'cells'");
    }
  }
}
