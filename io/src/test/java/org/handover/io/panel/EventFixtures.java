package org.handover.io.panel;

import java.nio.file.Path;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.time.YearMonth;
import org.handover.io.imports.ImportLog;
import org.handover.io.store.Store;

/**
 * Writes events straight into the store (the event importers are tested on their own): an import
 * record with its coverage, then the incidents.
 */
final class EventFixtures {
  private EventFixtures() {}

  static long eventImport(
      Store store, String theater, String fileName, YearMonth first, YearMonth last) {
    long id = store.nextImportId();
    store.inTransaction(
        c -> {
          ImportLog.record(
              c,
              new ImportLog.Entry(
                  id,
                  theater,
                  "csv",
                  Path.of(fileName),
                  "sha-" + fileName,
                  "committed",
                  0,
                  0,
                  0,
                  0,
                  first,
                  last,
                  null,
                  null));
          return null;
        });
    return id;
  }

  static void event(
      Store store,
      long importId,
      String theater,
      String source,
      String region,
      String start,
      String end,
      double deaths) {
    store.inTransaction(
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement(
                  "INSERT INTO events (theater, source, start_date, end_date, region, deaths_low, deaths_best, deaths_high, import_id) "
                      + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            ps.setString(1, theater);
            ps.setString(2, source);
            ps.setDate(3, Date.valueOf(LocalDate.parse(start)));
            ps.setDate(4, Date.valueOf(LocalDate.parse(end)));
            ps.setString(5, region);
            ps.setDouble(6, deaths / 2);
            ps.setDouble(7, deaths);
            ps.setDouble(8, deaths * 2);
            ps.setLong(9, importId);
            ps.executeUpdate();
          }
          return null;
        });
  }
}
