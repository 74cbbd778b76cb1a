package org.handover.io.imports.theater;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.handover.io.imports.theater.TheaterFixtures.collection;
import static org.handover.io.imports.theater.TheaterFixtures.square;
import static org.handover.io.imports.theater.TheaterFixtures.write;

import java.nio.file.Path;
import java.util.Map;
import org.handover.io.imports.ImportException;
import org.handover.io.imports.ImportReport;
import org.handover.io.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A regions import never removes a region that data still refer to: it fails as a whole, naming the
 * regions and the rows of each kind, and the renames option (or re-importing the dependants) is the
 * way on.
 */
class RegionReimportTest {
  @TempDir Path dir;

  /** Regions A, B, C; C has a population, a neighbour pair with B, two events and a measurement. */
  private Store theater() {
    Store store = Store.inMemory();
    RegionImporter.importFile(
        store,
        write(
            dir,
            "v1.geojson",
            collection(square("A", 0, 0, 1), square("B", 1, 0, 1), square("C", 2, 0, 1))),
        RegionImporter.Options.defaults("t"));
    PopulationImporter.importFile(
        store,
        write(dir, "pop.csv", "region,population\nA,100\nC,300\n"),
        PopulationImporter.Options.defaults("t"));
    NeighbourImporter.computeFromRegions(store, NeighbourImporter.GeometryOptions.defaults("t"));
    store.inTransaction(
        c -> {
          try (var s = c.createStatement()) {
            s.execute(
                "INSERT INTO events (theater, source, start_date, end_date, region, import_id)"
                    + " VALUES ('t', 'x', DATE '2007-01-01', DATE '2007-01-01', 'C', 0),"
                    + " ('t', 'x', DATE '2007-02-01', DATE '2007-02-01', 'C', 0),"
                    + " ('t', 'x', DATE '2007-02-01', DATE '2007-02-01', 'A', 0)");
            s.execute(
                "INSERT INTO measurements (theater, measure, region, month, value, illustrative,"
                    + " import_id) VALUES ('t', 'm', 'C', DATE '2007-01-01', 1, false, 0)");
          }
          return null;
        });
    return store;
  }

  private static String state(Store store) {
    return String.join(
        " ",
        store.strings(
            "SELECT region || ':' || coalesce(CAST(population AS VARCHAR), '-') FROM regions"
                + " ORDER BY region"));
  }

  @Test
  void aReimportThatWouldOrphanDataFailsAsAWholeNamingRegionsAndRows() {
    try (Store store = theater()) {
      String before = state(store);
      // one feature of the new file is broken, so C is missing from what would be imported
      Path v2 =
          write(
              dir,
              "v2.geojson",
              collection(
                  square("A", 0, 0, 1),
                  square("B", 1, 0, 1),
                  TheaterFixtures.feature("{\"name\":\"C\"}", "null")));
      assertThatThrownBy(
              () -> RegionImporter.importFile(store, v2, RegionImporter.Options.defaults("t")))
          .isInstanceOf(ImportException.class)
          .hasMessageStartingWith(
              "v2.geojson: the file lacks 1 region(s) of theater 't' that data still refer to:"
                  + " C (events: 2, measurements: 1, neighbour pairs: 1, population: 1)."
                  + " Nothing was imported.")
          .hasMessageContaining("renames option (PUBLISHED=NAME");
      assertThat(state(store)).isEqualTo(before);
      assertThat(store.count("SELECT count(*) FROM neighbours")).isEqualTo(2);
      assertThat(store.strings("SELECT status FROM imports WHERE kind = 'regions' ORDER BY 1"))
          .containsExactly("committed", "failed");
    }
  }

  @Test
  void aRegionRenamedInTheFileIsKeptByTheRenamesOption() {
    try (Store store = theater()) {
      Path v2 =
          write(
              dir,
              "v2.geojson",
              collection(square("A", 0, 0, 1), square("B", 1, 0, 1), square("Cee", 2, 0, 1)));
      assertThatThrownBy(
              () -> RegionImporter.importFile(store, v2, RegionImporter.Options.defaults("t")))
          .hasMessageContaining("lacks 1 region(s)");
      ImportReport r =
          RegionImporter.importFile(
              store, v2, RegionImporter.Options.defaults("t").withRenames(Map.of("Cee", "C")));
      assertThat(r.rowsImported()).isEqualTo(3);
      assertThat(state(store)).isEqualTo("A:100.0 B:- C:300.0");
    }
  }

  @Test
  void aRenameToANameWithAControlCharacterIsRefused() {
    assertThatThrownBy(() -> RegionImporter.parseRenames("Cee=C\u0000"))
        .isInstanceOf(ImportException.class)
        .hasMessage(
            "option renames: 'C\\u0000': region name contains the control character U+0000 at"
                + " position 2 (ids and names may not hold control characters)");
  }

  @Test
  void aRegionNothingRefersToMayGo() {
    try (Store store = theater()) {
      Path v2 =
          write(
              dir,
              "v2.geojson",
              collection(
                  square("A", 0, 0, 1),
                  square("B", 1, 0, 1),
                  square("C", 2, 0, 1),
                  square("D", 3, 0, 1)));
      RegionImporter.importFile(store, v2, RegionImporter.Options.defaults("t"));
      Path v3 =
          write(
              dir,
              "v3.geojson",
              collection(square("A", 0, 0, 1), square("B", 1, 0, 1), square("C", 2, 0, 1)));
      ImportReport r = RegionImporter.importFile(store, v3, RegionImporter.Options.defaults("t"));
      assertThat(r.notes()).anySatisfy(n -> assertThat(n).contains("1 removed [D]"));
    }
  }
}
