package org.handover.io.imports.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import org.handover.io.imports.ImportException;
import org.handover.io.imports.ImportReport;
import org.handover.io.imports.events.mapping.EventFormat;
import org.handover.io.store.Store;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestReporter;

/**
 * The real IBC database export, whose Location is free text: governorates come from the place names
 * in citylist.csv, and are compared with the Province IBC_event.csv gives the same incidents.
 */
class IbcRawImportTest {
  private static Store store;
  private static ImportReport raw;
  private static ImportReport coded;

  @BeforeAll
  static void importBoth() {
    store = TheaterFixture.iraq();
    raw =
        EventImporter.importFile(
            store,
            EventImportRequest.of("iraq", EventFormat.IBC_RAW, TheaterFixture.IBC_RAW)
                .withGazetteer(TheaterFixture.CITYLIST));
    coded =
        EventImporter.importFile(
            store, EventImportRequest.of("iraq", EventFormat.IBC_EVENT, TheaterFixture.IBC_EVENT));
  }

  @AfterAll
  static void close() {
    store.close();
  }

  @Test
  void preambleIsSkippedAndEveryRowAccountedFor() {
    assertThat(raw.rowsRead()).isEqualTo(coded.rowsRead());
    assertThat(raw.rowsImported() + raw.rowsRejected()).isEqualTo(raw.rowsRead());
    assertThat(raw.rejections())
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.line())
                  .isEqualTo(8793); // 11 preamble lines more than IBC_event.csv's 8782
              assertThat(r.field()).isEqualTo("Start Date");
              assertThat(r.value()).isEqualTo("upto");
            });
  }

  @Test
  void unassignedRowsAreImportedCountedAndExplained() {
    assertThat(raw.rowsUnassigned()).isPositive().isLessThan(raw.rowsRead() / 10);
    assertThat(
            store.count(
                "SELECT count(*) FROM events WHERE import_id = ? AND region IS NULL",
                raw.importId()))
        .isEqualTo(raw.rowsUnassigned());
    assertThat(raw.notes())
        .anyMatch(n -> n.startsWith(raw.rowsUnassigned() + " rows name no place of the gazetteer"));
  }

  @Test
  void assignmentAgreesWithIbcsProvinceColumn(TestReporter reporter) {
    // IBC codes that occur once in each file identify the same incident in both.
    String unique =
        "SELECT event_id, any_value(region) AS region FROM events WHERE import_id = ? GROUP BY event_id"
            + " HAVING count(*) = 1";
    long compared =
        store.count(
            "SELECT count(*) FROM (" + unique + ") a JOIN (" + unique + ") b USING (event_id)",
            raw.importId(),
            coded.importId());
    long agree =
        store.count(
            "SELECT count(*) FROM ("
                + unique
                + ") a JOIN ("
                + unique
                + ") b USING (event_id)"
                + " WHERE a.region IS NOT DISTINCT FROM b.region",
            raw.importId(),
            coded.importId());
    assertThat(compared).isGreaterThan(27_000);
    double rate = (double) agree / compared;
    reporter.publishEntry(
        "province agreement",
        String.format(
            Locale.ROOT, "ibc-raw vs IBC_event.csv: %d of %d = %.4f", agree, compared, rate));
    assertThat(rate).isGreaterThan(0.99);
  }

  @Test
  void rawFormatWithoutGazetteerFailsClearly() {
    assertThatThrownBy(
            () ->
                EventImporter.importFile(
                    Store.inMemory(),
                    EventImportRequest.of("iraq", EventFormat.IBC_RAW, TheaterFixture.IBC_RAW)))
        .isInstanceOf(ImportException.class);
    try (Store s = TheaterFixture.iraq()) {
      assertThatThrownBy(
              () ->
                  EventImporter.importFile(
                      s,
                      EventImportRequest.of("iraq", EventFormat.IBC_RAW, TheaterFixture.IBC_RAW)))
          .hasMessageContaining("needs a place gazetteer");
      assertThat(s.count("SELECT count(*) FROM imports WHERE status = 'failed'")).isEqualTo(1);
      assertThat(s.count("SELECT count(*) FROM events")).isZero();
    }
  }
}
