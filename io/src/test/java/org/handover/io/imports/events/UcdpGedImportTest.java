package org.handover.io.imports.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import org.handover.io.imports.ImportReport;
import org.handover.io.imports.Rejection;
import org.handover.io.imports.events.mapping.EventFormat;
import org.handover.io.store.Store;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A small UCDP GED file in the codebook's 49 columns, with good rows, bad rows and rows placed only
 * by their point.
 */
class UcdpGedImportTest {
  private static Store store;
  private static ImportReport report;

  @BeforeAll
  static void importSample() {
    store = TheaterFixture.iraq();
    report =
        EventImporter.importFile(
            store,
            EventImportRequest.of("iraq", EventFormat.UCDP_GED, Samples.of("ucdp-ged-sample.csv")));
  }

  @AfterAll
  static void close() {
    store.close();
  }

  @Test
  void countsAddUp() {
    assertThat(report.rowsRead()).isEqualTo(13);
    assertThat(report.rowsImported()).isEqualTo(7);
    assertThat(report.rowsRejected()).isEqualTo(6);
    assertThat(report.rowsUnassigned()).isEqualTo(2);
    assertThat(report.notes())
        .contains("regions: 3 rows by region name, 2 by point in polygon, 2 without region");
  }

  @Test
  void adm1NamesResolveWithTheirSuffixStripped() {
    assertThat(region("1001")).isEqualTo("Baghdad");
    assertThat(region("1002")).isEqualTo("Nineveh");
    assertThat(region("1012")).isEqualTo("Basra");
  }

  @Test
  void missingOrUnknownAdm1FallsBackToThePointInPolygon() {
    assertThat(region("1003")).isEqualTo("Basra");
    assertThat(region("1004")).isEqualTo("Basra");
    assertThat(region("1011")).isNull(); // 0,0 lies in no governorate
  }

  @Test
  void unknownNamesAreListedWithTheClosestKnownNames() {
    assertThat(report.unknownRegions()).containsOnlyKeys("Nowhere governorate", "Anbr governorate");
    assertThat(report.unknownRegions().get("Anbr governorate")).first().isEqualTo("Anbar");
    assertThat(region("1005")).isNull();
  }

  @Test
  void badRowsAreRejectedNamingLineFieldAndReason() {
    assertThat(report.rejections())
        .extracting(Rejection::line, Rejection::field)
        .containsExactly(
            tuple(7L, "date_start"),
            tuple(8L, "date_end"),
            tuple(9L, "best"),
            tuple(10L, "low"),
            tuple(11L, "id"),
            tuple(12L, "latitude"));
    assertThat(report.rejections().get(0).value()).isEqualTo("2007-13-45 00:00:00.000");
    assertThat(report.rejections().get(0).reason()).contains("not a date");
    assertThat(report.rejections().get(1).reason()).contains("end date before start date");
    assertThat(report.rejections().get(2).reason()).contains("negative");
    assertThat(report.rejections().get(3).reason())
        .contains("low fatality figure above the high figure");
    assertThat(report.rejections().get(4).reason()).isEqualTo("duplicate id: first seen at line 2");
    assertThat(report.rejections().get(5).reason()).contains("latitude outside");
  }

  @Test
  void multiDayEventKeepsItsDatesAndFigures() {
    assertThat(
            store.strings(
                "SELECT start_date || ' ' || end_date || ' ' || deaths_low || ' ' || deaths_best || ' ' || deaths_high"
                    + " FROM events WHERE event_id = '1002'"))
        .containsExactly("2007-03-30 2007-04-02 8.0 10.0 12.0");
    assertThat(store.strings("SELECT DISTINCT source FROM events")).containsExactly("ucdp-ged");
  }

  private static String region(String id) {
    var r = store.strings("SELECT region FROM events WHERE event_id = ?", id);
    assertThat(r).hasSize(1);
    return r.get(0);
  }
}
