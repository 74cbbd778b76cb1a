package org.handover.io.imports.theater;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.handover.io.imports.theater.TheaterFixtures.write;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.handover.io.imports.ImportReport;
import org.handover.io.store.Store;
import org.handover.io.store.TheaterReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NeighbourImporterTest {
  @TempDir Path dir;

  private static Store iraqRegions() {
    Store store = Store.inMemory();
    RegionImporter.importFile(
        store,
        RepoData.path("data/iraq/geo/iraq-governorates.geojson"),
        RegionImporter.Options.defaults("iraq"));
    return store;
  }

  private static Map<String, Double> pairs(Store store) {
    Map<String, Double> out = new HashMap<>();
    for (String row :
        store.strings(
            "SELECT region_a || '|' || region_b || '|' || shared_border_km FROM neighbours")) {
      String[] p = row.split("\\|");
      out.put(p[0] + "-" + p[1], Double.parseDouble(p[2]));
    }
    return out;
  }

  @Test
  void builtInAdjacencyUsesTheOchaColumnAndSkipsPairsThatOnlyTouchInTheOtherPolygonSet() {
    try (Store store = iraqRegions()) {
      ImportReport report =
          NeighbourImporter.importFile(
              store,
              RepoData.path("data/iraq/geo/iraq-adjacency.csv"),
              NeighbourImporter.Options.defaults("iraq")
                  .withWeight("shared_border_km_ocha_cso", true));

      assertThat(report.rowsRead()).isEqualTo(41);
      assertThat(report.rowsImported()).isEqualTo(40);
      assertThat(report.rejections()).isEmpty();
      assertThat(report.notes()).singleElement().asString().contains("Babil-Diyala (line 9)");
      Map<String, Double> pairs = pairs(store);
      assertThat(pairs).doesNotContainKey("Babil-Diyala").containsEntry("Baghdad-Wasit", 91.2);
      assertThat(new TheaterReader(store).theater("iraq").neighbours()).hasSize(40);
    }
  }

  @Test
  void computedFromThePolygonsGivesTheSamePairsAndBorderLengthsWithinFivePercent() {
    try (Store store = iraqRegions()) {
      NeighbourImporter.importFile(
          store,
          RepoData.path("data/iraq/geo/iraq-adjacency.csv"),
          NeighbourImporter.Options.defaults("iraq").withWeight("shared_border_km_ocha_cso", true));
      Map<String, Double> published = pairs(store);

      ImportReport report =
          NeighbourImporter.computeFromRegions(
              store, NeighbourImporter.GeometryOptions.defaults("iraq"));

      Map<String, Double> computed = pairs(store);
      assertThat(report.rowsImported()).isEqualTo(40);
      assertThat(computed.keySet()).isEqualTo(published.keySet());
      // The file was measured in another projection; a wrong method (planar degrees) would be off
      // by ~100x.
      published.forEach(
          (pair, km) -> assertThat(computed.get(pair)).as(pair).isCloseTo(km, within(0.05 * km)));
      assertThat(
              store.strings("SELECT file_name FROM imports WHERE import_id = " + report.importId()))
          .containsExactly("regions-geometry");
    }
  }

  @Test
  void cornerContactIsNotANeighbourButASharedEdgeIs() {
    Path file =
        write(
            dir,
            "grid.geojson",
            TheaterFixtures.collection(
                TheaterFixtures.square("A", 0, 0, 1),
                TheaterFixtures.square("B", 1, 0, 1),
                TheaterFixtures.square("C", 2, 1, 1)));
    try (Store store = Store.inMemory()) {
      RegionImporter.importFile(store, file, RegionImporter.Options.defaults("t"));
      NeighbourImporter.computeFromRegions(store, NeighbourImporter.GeometryOptions.defaults("t"));
      // A-B share one degree of meridian: 111.195 km (plus at most the 0.001° tolerance,
      // 0.11 km, at each end). B and C meet at a corner only.
      assertThat(pairs(store)).containsOnlyKeys("A-B");
      assertThat(pairs(store).get("A-B")).isBetween(111.19, 111.195 + 2 * 0.112);
    }
  }

  @Test
  void badPairsAreRejected() {
    Path file =
        write(
            dir,
            "n.csv",
            """
        a,b,km
        Anbar,Babil,47.8
        Babil,Anbar,47.8
        Anbar,Anbar,1
        Anbar,Atlantis,1
        Basra,Maysan,far
        Basra,Dhi Qar,
        """);
    try (Store store = iraqRegions()) {
      ImportReport report =
          NeighbourImporter.importFile(
              store, file, NeighbourImporter.Options.defaults("iraq").withWeight("km", false));

      assertThat(report.rejections())
          .extracting(r -> r.line() + " " + r.field() + " " + r.reason())
          .satisfiesExactly(
              r -> assertThat(r).startsWith("3 a ").contains("already listed on line 2"),
              r -> assertThat(r).startsWith("4 b ").contains("cannot neighbour itself"),
              r -> assertThat(r).startsWith("5 b ").contains("unknown region 'Atlantis'"),
              r -> assertThat(r).startsWith("6 km ").contains("not a number"));
      assertThat(
              store.strings(
                  "SELECT region_a || '-' || region_b || ':' || coalesce(CAST(shared_border_km AS VARCHAR), 'null') "
                      + "FROM neighbours ORDER BY 1"))
          .containsExactly("Anbar-Babil:47.8", "Basra-Dhi Qar:null");
    }
  }
}
