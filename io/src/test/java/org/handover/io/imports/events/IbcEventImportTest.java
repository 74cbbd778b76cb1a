package org.handover.io.imports.events;

import static org.assertj.core.api.Assertions.assertThat;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.handover.io.imports.ImportLog;
import org.handover.io.imports.ImportReport;
import org.handover.io.imports.Rejection;
import org.handover.io.imports.events.mapping.EventFormat;
import org.handover.io.store.Store;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The real IBC_event.csv: every row accounted for, the real bad row found, IBC's spellings
 * resolved.
 */
class IbcEventImportTest {
  private static Store store;
  private static ImportReport report;
  private static List<CsvRecord> rows;

  @BeforeAll
  static void importIbc() throws Exception {
    store = TheaterFixture.iraq();
    report =
        EventImporter.importFile(
            store, EventImportRequest.of("iraq", EventFormat.IBC_EVENT, TheaterFixture.IBC_EVENT));
    try (CsvReader<CsvRecord> r = CsvReader.builder().ofCsvRecord(TheaterFixture.IBC_EVENT)) {
      rows = r.stream().skip(1).toList();
    }
  }

  @AfterAll
  static void close() {
    store.close();
  }

  @Test
  void everyRowIsImportedOrRejected() {
    assertThat(report.rowsRead()).isEqualTo(rows.size());
    assertThat(report.rowsImported() + report.rowsRejected()).isEqualTo(report.rowsRead());
    assertThat(store.count("SELECT count(*) FROM events WHERE import_id = ?", report.importId()))
        .isEqualTo(report.rowsImported());
    assertThat(
            store.count(
                "SELECT rows_read - rows_imported - rows_rejected FROM imports WHERE import_id = ?",
                report.importId()))
        .isZero();
  }

  @Test
  void theUptoRowIsRejectedWithItsLineAndField() {
    assertThat(report.rejections()).hasSize(1);
    Rejection r = report.rejections().get(0);
    assertThat(r.file()).isEqualTo("IBC_event.csv");
    assertThat(r.line()).isEqualTo(8782);
    assertThat(r.field()).isEqualTo("Start.Date");
    assertThat(r.value()).isEqualTo("upto");
    assertThat(r.raw())
        .isEqualTo("\"d4777\",\"upto\",\"12 Jan 2008\",1,1,\"Baghdad\""); // exactly as in the file
    assertThat(
            store.count(
                "SELECT count(*) FROM rejections WHERE import_id = ? AND line = 8782 AND field = 'Start.Date'",
                report.importId()))
        .isEqualTo(1);
  }

  @Test
  void naProvincesAreImportedWithoutRegionAndCounted() {
    long na = rows.stream().filter(r -> r.getField(5).equals("NA")).count();
    assertThat(na).isGreaterThan(1000);
    assertThat(report.rowsUnassigned()).isEqualTo(na);
    assertThat(
            store.count(
                "SELECT count(*) FROM events WHERE region IS NULL AND import_id = ?",
                report.importId()))
        .isEqualTo(na);
  }

  @Test
  void ibcSpellingsResolveThroughAliases() {
    Map<String, Long> expected = new HashMap<>();
    rows.stream()
        .filter(r -> !r.getField(1).equals("upto"))
        .forEach(r -> expected.merge(r.getField(5), 1L, Long::sum));
    assertThat(count("Erbil")).isEqualTo(expected.get("Arbil"));
    assertThat(count("Dohuk")).isEqualTo(expected.get("Dahuk"));
    assertThat(count("Dhi Qar")).isEqualTo(expected.get("Dhi Quar"));
    assertThat(count("Qadisiyah")).isEqualTo(expected.get("Qadisiyyah"));
    assertThat(count("Baghdad")).isEqualTo(expected.get("Baghdad"));
    assertThat(report.unknownRegions()).isEmpty();
  }

  @Test
  void bestIsTheReportedMaximumSoTotalsFollowIbc() {
    double maxima =
        rows.stream()
            .filter(r -> !r.getField(1).equals("upto"))
            .mapToDouble(r -> Double.parseDouble(r.getField(4)))
            .sum();
    assertThat(
            store.count(
                "SELECT CAST(sum(deaths_best) AS BIGINT) FROM events WHERE import_id = ?",
                report.importId()))
        .isEqualTo((long) maxima);
    assertThat(
            store.count(
                "SELECT count(*) FROM events WHERE NOT (deaths_low <= deaths_best AND deaths_best <= deaths_high)"))
        .isZero();
  }

  @Test
  void ibcQuirksAreKeptAndListedNotDropped() {
    long lowAboveHigh =
        rows.stream()
            .filter(r -> Double.parseDouble(r.getField(3)) > Double.parseDouble(r.getField(4)))
            .count();
    assertThat(lowAboveHigh).isPositive();
    assertThat(report.notes())
        .anyMatch(
            n ->
                n.startsWith(lowAboveHigh + " rows with Reported.Minimum above Reported.Maximum")
                    && n.contains("303"));
    long repeated = rows.size() - rows.stream().map(r -> r.getField(0)).distinct().count();
    assertThat(report.notes())
        .anyMatch(
            n -> n.startsWith(repeated + " rows repeat an id") && n.contains("1393 (first 1392)"));
  }

  @Test
  void importRecordHasCoverageHashAndOptions() {
    assertThat(
            store.strings(
                "SELECT strftime(coverage_first, '%Y-%m') || ' ' || strftime(coverage_last, '%Y-%m') || ' ' || status"
                    + " FROM imports WHERE import_id = ?",
                report.importId()))
        .containsExactly("2003-01 2012-02 committed");
    assertThat(store.strings("SELECT sha256 FROM imports WHERE import_id = ?", report.importId()))
        .containsExactly(ImportLog.sha256(TheaterFixture.IBC_EVENT));
    assertThat(
            store
                .strings("SELECT options FROM imports WHERE import_id = ?", report.importId())
                .get(0))
        .contains("\"format\":\"ibc-event\"")
        .contains("\"deathsBest\":\"Reported.Maximum\"");
  }

  private long count(String region) {
    return store.count(
        "SELECT count(*) FROM events WHERE region = ? AND import_id = ?",
        region,
        report.importId());
  }
}
