package org.handover.io.imports.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.handover.io.imports.ImportException;
import org.handover.io.imports.ImportReport;
import org.handover.io.imports.events.mapping.EventFormat;
import org.handover.io.store.Store;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bad files and bad requests: clear errors, nothing half-imported, and a record of every attempt.
 */
class BadInputTest {
  private static final Path UCDP = Samples.of("ucdp-ged-sample.csv");

  @TempDir Path dir;

  @Test
  void missingColumnsAreNamedWithTheFile() throws IOException {
    Path file = dir.resolve("ged-without-best.csv");
    Files.writeString(
        file,
        "id,date_start,date_end,adm_1,latitude,longitude,where_coordinates,type_of_violence,low,high,"
            + "side_a,side_b\n"
            + "1,2007-03-01,2007-03-01,Baghdad,33.3,44.4,Baghdad,1,1,1,Government of Iraq,IS\n");
    try (Store store = TheaterFixture.iraq()) {
      assertThatThrownBy(
              () ->
                  EventImporter.importFile(
                      store, EventImportRequest.of("iraq", EventFormat.UCDP_GED, file)))
          .isInstanceOf(ImportException.class)
          .hasMessageContaining("ged-without-best.csv: line 1: the header lacks column 'best'");
      assertThat(store.count("SELECT count(*) FROM events")).isZero();
      assertThat(store.strings("SELECT status || ' ' || file_name FROM imports"))
          .containsExactly("failed ged-without-best.csv");
    }
  }

  @Test
  void aFileInTheWrongFormatListsEveryMissingColumn() {
    try (Store store = TheaterFixture.iraq()) {
      assertThatThrownBy(
              () ->
                  EventImporter.importFile(
                      store, EventImportRequest.of("iraq", EventFormat.ACLED, UCDP)))
          .hasMessageContaining(
              "ucdp-ged-sample.csv: line 1: the header lacks columns 'event_id_cnty', 'event_date',"
                  + " 'admin1', 'location', 'event_type', 'fatalities'");
    }
  }

  @Test
  void strictModeRefusesTheWholeFileAndRecordsWhy() {
    try (Store store = TheaterFixture.iraq()) {
      ImportException e =
          Assertions.assertThrows(
              ImportException.class,
              () ->
                  EventImporter.importFile(
                      store,
                      EventImportRequest.of("iraq", EventFormat.UCDP_GED, UCDP).strict(true)));
      assertThat(e.rejections()).hasSize(6);
      assertThat(e.getMessage())
          .contains(
              "strict import refused, nothing imported: 6 rejected rows, 2 unknown region names")
          .contains("ucdp-ged-sample.csv:7: field 'date_start'")
          .contains("unknown region 'Anbr governorate' (closest: Anbar");
      assertThat(store.count("SELECT count(*) FROM events")).isZero();
      assertThat(
              store.strings(
                  "SELECT status || ' ' || rows_read || ' ' || rows_imported || ' ' || rows_rejected FROM imports"))
          .containsExactly("failed 13 0 6");
      assertThat(store.count("SELECT count(*) FROM rejections")).isEqualTo(6);
    }
  }

  @Test
  void strictModePassesACleanFile() throws IOException {
    Path clean = dir.resolve("clean.csv");
    List<String> lines = Files.readAllLines(UCDP);
    Files.write(clean, List.of(lines.get(0), lines.get(1), lines.get(2)));
    try (Store store = TheaterFixture.iraq()) {
      ImportReport r =
          EventImporter.importFile(
              store, EventImportRequest.of("iraq", EventFormat.UCDP_GED, clean).strict(true));
      assertThat(r.rowsImported()).isEqualTo(2);
    }
  }

  @Test
  void rejectsFileKeepsTheOriginalColumnsAndCanBeImportedAgain() throws IOException {
    Path rejects = dir.resolve("out/rejects.csv");
    try (Store store = TheaterFixture.iraq()) {
      EventImporter.importFile(
          store,
          EventImportRequest.of("iraq", EventFormat.UCDP_GED, UCDP).withRejectsFile(rejects));
      List<CsvRecord> out;
      try (CsvReader<CsvRecord> r = CsvReader.builder().ofCsvRecord(rejects)) {
        out = r.stream().toList();
      }
      List<String> originalHeader =
          Files.readAllLines(UCDP)
              .get(0)
              .lines()
              .findFirst()
              .map(h -> List.of(h.split(",", -1)))
              .get();
      assertThat(out.get(0).getFields())
          .startsWith("rejected_line", "rejected_field", "rejected_reason");
      assertThat(out.get(0).getFields().subList(3, out.get(0).getFieldCount()))
          .isEqualTo(originalHeader);
      assertThat(out).hasSize(7);
      assertThat(out.get(1).getFields().subList(0, 2)).containsExactly("7", "date_start");
      String originalLine7 = Files.readAllLines(UCDP).get(6);
      assertThat(String.join(",", out.get(1).getFields().subList(3, out.get(1).getFieldCount())))
          .isEqualTo(originalLine7);

      // Fixed (here: the impossible date corrected), the rows go back in through the same format.
      Files.writeString(rejects, Files.readString(rejects).replace("2007-13-45", "2007-02-15"));
      ImportReport again =
          EventImporter.importFile(
              store, EventImportRequest.of("iraq", EventFormat.UCDP_GED, rejects));
      assertThat(again.rowsRead()).isEqualTo(6);
      assertThat(
              store.count(
                  "SELECT count(*) FROM events WHERE event_id = '1006' AND start_date = DATE '2007-02-15'"))
          .isEqualTo(1);
    }
  }

  @Test
  void theSameFileTwiceIsRefusedUnlessAllowed() {
    try (Store store = TheaterFixture.iraq()) {
      ImportReport first =
          EventImporter.importFile(
              store, EventImportRequest.of("iraq", EventFormat.UCDP_GED, UCDP));
      assertThatThrownBy(
              () ->
                  EventImporter.importFile(
                      store, EventImportRequest.of("iraq", EventFormat.UCDP_GED, UCDP)))
          .hasMessageContaining(
              "already imported into theater 'iraq' as import " + first.importId())
          .hasMessageContaining("would count its events twice");
      assertThat(store.count("SELECT count(*) FROM events")).isEqualTo(first.rowsImported());
      ImportReport again =
          EventImporter.importFile(
              store,
              EventImportRequest.of("iraq", EventFormat.UCDP_GED, UCDP).allowDuplicate(true));
      assertThat(again.notes())
          .contains(
              "same content (SHA-256) as import " + first.importId() + "; imported again as asked");
      assertThat(store.strings("SELECT status FROM imports ORDER BY import_id"))
          .containsExactly("committed", "failed", "committed");
    }
  }

  @Test
  void aTheaterWithoutRegionsIsAnError() {
    try (Store store = Store.inMemory()) {
      assertThatThrownBy(
              () ->
                  EventImporter.importFile(
                      store, EventImportRequest.of("nowhere", EventFormat.UCDP_GED, UCDP)))
          .hasMessageContaining("theater 'nowhere' has no regions in the store");
      assertThat(store.count("SELECT count(*) FROM imports WHERE status = 'failed'")).isEqualTo(1);
    }
  }

  @Test
  void aMissingFileIsAnError() {
    try (Store store = TheaterFixture.iraq()) {
      assertThatThrownBy(
              () ->
                  EventImporter.importFile(
                      store,
                      EventImportRequest.of("iraq", EventFormat.UCDP_GED, dir.resolve("nope.csv"))))
          .hasMessageContaining("no such file");
    }
  }

  @Test
  void regionsWithoutGeometryLeavePointsUnplacedAndSaySo() {
    try (Store store = Store.inMemory()) {
      TheaterFixture.addRegionNames(store, "iraq", "Baghdad", "Basra", "Nineveh", "Anbar");
      store.inTransaction(
          c ->
              c.createStatement()
                  .executeUpdate(
                      "INSERT INTO region_aliases (theater, alias, region)"
                          + " VALUES ('iraq', 'Ninawa', 'Nineveh'), ('iraq', 'Basrah', 'Basra')"));
      ImportReport r =
          EventImporter.importFile(
              store, EventImportRequest.of("iraq", EventFormat.UCDP_GED, UCDP));
      assertThat(r.rowsUnassigned()).isEqualTo(4);
      assertThat(r.notes())
          .contains(
              "the theater's regions have no geometry: rows could not be placed by point in polygon");
    }
  }

  @Test
  void aFailureInsideTheInsertLeavesNoEvents() {
    try (Store store = TheaterFixture.iraq()) {
      // Take the import id the next import will get, so that writing its record fails after its
      // events
      // were inserted in the same transaction.
      long next = store.count("SELECT nextval('import_ids')") + 1;
      store.inTransaction(
          c ->
              c.createStatement()
                  .executeUpdate(
                      "INSERT INTO imports VALUES ("
                          + next
                          + ", 'x', 'x',"
                          + " 'x', 'x', 'committed', 0, 0, 0, 0, NULL, NULL, NULL, NULL, 'x', now())"));
      assertThatThrownBy(
              () ->
                  EventImporter.importFile(
                      store, EventImportRequest.of("iraq", EventFormat.UCDP_GED, UCDP)))
          .isInstanceOf(ImportException.class)
          .hasMessageContaining("ucdp-ged-sample.csv: import failed, nothing imported");
      assertThat(store.count("SELECT count(*) FROM events")).isZero();
      assertThat(store.count("SELECT count(*) FROM rejections")).isZero();
    }
  }
}
