package org.handover.io.fuzz;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.handover.io.imports.ImportSpec;
import org.handover.io.imports.theater.RepoData;
import org.handover.io.imports.theater.TheaterFixtures;
import org.handover.io.manifest.Importers;
import org.handover.io.store.Store;

/**
 * One in-memory store per JVM holding the built-in Iraq theater (governorates with their polygons,
 * aliases, populations, neighbours and a few events from March 2003 to February 2012, so decisions
 * have months to fall in). {@link #reset} takes back what an input's import added, so every input
 * meets the same store and costs one import, not a new database.
 */
final class FuzzStore {
  static final String THEATER = "iraq";

  /** Regions imports go to a theater of their own: the Iraq governorates must stay. */
  static final String REGIONS_THEATER = "fuzz-regions";

  private static final List<String> BY_IMPORT =
      List.of("events", "measurements", "decisions", "neighbours", "region_aliases", "rejections");
  private static final List<String> BY_THEATER =
      List.of("regions", "region_aliases", "neighbours", "theater_settings");

  static final Store STORE = open();
  private static final long BASELINE =
      STORE.count("SELECT coalesce(max(import_id), 0) FROM imports");

  private FuzzStore() {}

  private static Store open() {
    Store store = Store.inMemory();
    TheaterFixtures.importIraq(store, THEATER);
    Importers.run(
        store,
        THEATER,
        new ImportSpec("aliases", RepoData.path("data/iraq/geo/iraq-aliases.csv"), Map.of()));
    Importers.run(
        store,
        THEATER,
        new ImportSpec(
            "ucdp-ged",
            RepoData.path("io/src/test/resources/events/ucdp-ged-sample.csv"),
            Map.of()));
    // Events in the first and the last month of the built-in data: decisions must fall in between.
    Importers.run(
        store,
        THEATER,
        new ImportSpec(
            "ibc-event",
            Scratch.write(
                "fixture-ibc.csv",
                String.join(
                        "\n",
                        "\"IBC.code\",\"Start.Date\",\"End.Date\",\"Reported.Minimum\","
                            + "\"Reported.Maximum\",\"Province\"",
                        "\"f1\",\"20 Mar 2003\",\"20 Mar 2003\",1,1,\"Baghdad\"",
                        "\"f2\",\"20 Feb 2012\",\"20 Feb 2012\",1,1,\"Basra\"",
                        "")
                    .getBytes(StandardCharsets.UTF_8)),
            Map.of()));
    return store;
  }

  /** Deletes every row an input's import added, and the regions theater. */
  static void reset() {
    STORE.inTransaction(
        c -> {
          try (var s = c.createStatement()) {
            for (String table : BY_IMPORT) {
              s.execute("DELETE FROM " + table + " WHERE import_id > " + BASELINE);
            }
            for (String table : BY_THEATER) {
              s.execute("DELETE FROM " + table + " WHERE theater = '" + REGIONS_THEATER + "'");
            }
            s.execute("DELETE FROM imports WHERE import_id > " + BASELINE);
          }
          return null;
        });
  }
}
