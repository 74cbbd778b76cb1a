package org.handover.io.imports.events;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import org.handover.io.store.Store;

/**
 * Puts a theater's regions (with geometry) and aliases into a store with plain SQL, as the region
 * importer would.
 */
final class TheaterFixture {
  static final Path DATA = findData();
  static final Path IBC_EVENT = DATA.resolve("iraq/ibc/IBC_event.csv");
  static final Path IBC_RAW = DATA.resolve("iraq/ibc/ibc-incidents-2012-3-6.csv");
  static final Path CITYLIST = DATA.resolve("iraq/ibc/citylist.csv");
  static final Path GOVERNORATES = DATA.resolve("iraq/geo/iraq-governorates.geojson");
  static final Path ALIASES = DATA.resolve("iraq/geo/iraq-aliases.csv");

  private TheaterFixture() {}

  private static Path findData() {
    Path p = Path.of("").toAbsolutePath();
    while (p != null && !Files.isDirectory(p.resolve("data/iraq"))) {
      p = p.getParent();
    }
    if (p == null) {
      throw new IllegalStateException("data/iraq not found above " + Path.of("").toAbsolutePath());
    }
    return p.resolve("data");
  }

  /**
   * The 18 Iraqi governorates (name property of the GeoJSON, with geometry) and the alias file, as
   * theater "iraq".
   */
  static Store iraq() {
    Store store = Store.inMemory();
    addRegions(store, "iraq", GOVERNORATES);
    addAliases(store, "iraq", ALIASES);
    return store;
  }

  static void addRegions(Store store, String theater, Path geojson) {
    try {
      JsonNode root = new ObjectMapper().readTree(geojson.toFile());
      store.inTransaction(
          c -> {
            try (PreparedStatement ps =
                c.prepareStatement(
                    "INSERT INTO regions (theater, region, geometry) VALUES (?, ?, ?)")) {
              for (JsonNode f : root.get("features")) {
                ps.setString(1, theater);
                ps.setString(2, f.get("properties").get("name").asText());
                ps.setString(3, f.get("geometry").toString());
                ps.addBatch();
              }
              ps.executeBatch();
            }
            return null;
          });
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static void addAliases(Store store, String theater, Path csv) {
    try (CsvReader<CsvRecord> reader = CsvReader.builder().ofCsvRecord(csv)) {
      var records = reader.stream().skip(1).toList();
      store.inTransaction(
          c -> {
            try (PreparedStatement ps =
                c.prepareStatement(
                    "INSERT INTO region_aliases (theater, alias, region) VALUES (?, ?, ?)")) {
              for (CsvRecord r : records) {
                ps.setString(1, theater);
                ps.setString(2, r.getField(0));
                ps.setString(3, r.getField(1));
                ps.addBatch();
              }
              ps.executeBatch();
            }
            return null;
          });
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Regions without geometry: names only. */
  static void addRegionNames(Store store, String theater, String... names) {
    store.inTransaction(
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement("INSERT INTO regions (theater, region) VALUES (?, ?)")) {
            for (String n : names) {
              ps.setString(1, theater);
              ps.setString(2, n);
              ps.addBatch();
            }
            ps.executeBatch();
          }
          return null;
        });
  }
}
