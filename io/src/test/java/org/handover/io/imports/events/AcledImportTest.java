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
 * A small ACLED export in the codebook's columns: both date styles, a quoted line break, point
 * fallback.
 */
class AcledImportTest {
  private static Store store;
  private static ImportReport report;

  @BeforeAll
  static void importSample() {
    store = TheaterFixture.iraq();
    report =
        EventImporter.importFile(
            store,
            EventImportRequest.of("iraq", EventFormat.ACLED, Samples.of("acled-sample.csv")));
  }

  @AfterAll
  static void close() {
    store.close();
  }

  @Test
  void countsAddUp() {
    assertThat(report.rowsRead()).isEqualTo(8);
    assertThat(report.rowsImported()).isEqualTo(5);
    assertThat(report.rowsRejected()).isEqualTo(3);
    assertThat(report.rowsUnassigned()).isZero();
  }

  @Test
  void singleFigureBecomesLowBestAndHighAndSingleDay() {
    assertThat(
            store.strings(
                "SELECT start_date || ' ' || end_date || ' ' || deaths_low || '/' || deaths_best || '/' || deaths_high"
                    + " FROM events WHERE event_id = 'IRQ1'"))
        .containsExactly("2019-01-05 2019-01-05 3.0/3.0/3.0");
  }

  @Test
  void olderDayMonthYearDatesAreRead() {
    assertThat(store.strings("SELECT start_date FROM events WHERE event_id = 'IRQ2'"))
        .containsExactly("2019-01-05");
  }

  @Test
  void regionsByAdmin1AliasOrPoint() {
    assertThat(store.strings("SELECT event_id || '=' || region FROM events ORDER BY event_id"))
        .containsExactly(
            "IRQ1=Baghdad", "IRQ2=Nineveh", "IRQ3=Basra", "IRQ5=Salah ad Din", "IRQ8=Sulaymaniyah");
  }

  @Test
  void linesCountTheQuotedLineBreak() {
    // IRQ5's notes hold a line break, so IRQ6 starts on line 8 of the file, not 7.
    assertThat(report.rejections())
        .extracting(Rejection::line, Rejection::field, Rejection::value)
        .containsExactly(
            tuple(5L, "fatalities", ""),
            tuple(8L, "event_date", "2019-02-30"),
            tuple(9L, "fatalities", "-1"));
    assertThat(report.rejections().get(0).reason()).contains("no fatality figure");
  }
}
