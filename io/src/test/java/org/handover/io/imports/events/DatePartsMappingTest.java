package org.handover.io.imports.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.Optional;
import org.handover.engine.panel.Panel;
import org.handover.engine.theater.RegionId;
import org.handover.engine.time.MonthRange;
import org.handover.io.imports.ImportReport;
import org.handover.io.imports.Rejection;
import org.handover.io.imports.events.mapping.EventFormat;
import org.handover.io.imports.events.mapping.MappingFile;
import org.handover.io.panel.PanelLoader;
import org.handover.io.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Mapping files that build dates from year/month(/day) columns and give constant fields. */
class DatePartsMappingTest {
  @TempDir Path dir;

  @Test
  void yearMonthDayColumnsMakeTheDates() throws IOException {
    Path csv =
        write(
            "e.csv",
            "nr,jahr,monat,tag,provinz,tote\n"
                + "1,2008,3,5,Diyala,3\n"
                + "2,2008,04,30,Kirkuk,1\n"
                + "3,2008,2,29,Baghdad,2\n");
    Path mapping =
        write(
            "m.yaml",
            "source: {constant: \"UCDP GED\"}\n"
                + "columns:\n"
                + "  id: nr\n"
                + "  start_date: {year: jahr, month: monat, day: tag}\n"
                + "  region: provinz\n"
                + "  event_type: {constant: state-based}\n"
                + "  deaths_best: tote\n");
    try (Store store = TheaterFixture.iraq()) {
      ImportReport r = importCsv(store, csv, mapping);
      assertThat(r.rowsImported()).isEqualTo(3);
      assertThat(r.rejections()).isEmpty();
      assertThat(
              store.strings(
                  "SELECT event_id || ' ' || region || ' ' || start_date || ' ' || end_date || ' '"
                      + " || source || ' ' || event_type FROM events ORDER BY event_id"))
          .containsExactly(
              "1 Diyala 2008-03-05 2008-03-05 UCDP GED state-based",
              "2 Kirkuk 2008-04-30 2008-04-30 UCDP GED state-based",
              "3 Baghdad 2008-02-29 2008-02-29 UCDP GED state-based");
    }
  }

  @Test
  void yearMonthColumnsCoverTheWholeMonthAndAreApportioned() throws IOException {
    Path csv =
        write(
            "e.csv",
            "nr,jahr,monat,bis_jahr,bis_monat,provinz,tote\n"
                + "1,2008,2,,,Diyala,29\n"
                + "2,2008,1,2008,2,Kirkuk,60\n");
    Path mapping =
        write(
            "m.yaml",
            "source: register\n"
                + "columns:\n"
                + "  id: nr\n"
                + "  start_date: {year: jahr, month: monat}\n"
                + "  end_date: {year: bis_jahr, month: bis_monat}\n"
                + "  region: provinz\n"
                + "  deaths_best: tote\n");
    try (Store store = TheaterFixture.iraq()) {
      ImportReport r = importCsv(store, csv, mapping);
      assertThat(r.rowsImported()).isEqualTo(2);
      assertThat(r.notes())
          .anySatisfy(n -> assertThat(n).contains("an event covers its whole month"));
      assertThat(
              store.strings(
                  "SELECT event_id || ' ' || start_date || ' ' || end_date FROM events ORDER BY"
                      + " event_id"))
          .containsExactly("1 2008-02-01 2008-02-29", "2 2008-01-01 2008-02-29");
      Panel p =
          PanelLoader.load(
                  store,
                  "iraq",
                  Optional.of(MonthRange.of(YearMonth.of(2008, 1), YearMonth.of(2008, 3))))
              .panel();
      RegionId diyala = RegionId.of("Diyala");
      RegionId kirkuk = RegionId.of("Kirkuk");
      assertThat(p.value("deaths_best", diyala, YearMonth.of(2008, 2))).isCloseTo(29, within(1e-9));
      assertThat(p.value("deaths_best", diyala, YearMonth.of(2008, 1))).isCloseTo(0, within(1e-9));
      // 60 days from 1 January to 29 February: one death a day
      assertThat(p.value("deaths_best", kirkuk, YearMonth.of(2008, 1))).isCloseTo(31, within(1e-9));
      assertThat(p.value("deaths_best", kirkuk, YearMonth.of(2008, 2))).isCloseTo(29, within(1e-9));
    }
  }

  @Test
  void badDatePartsAreRejectedWithLineAndTheirColumn() throws IOException {
    Path csv =
        write(
            "e.csv",
            "nr,jahr,monat,tag,bis_jahr,bis_monat,bis_tag,tote\n"
                + "1,2008,13,1,,,,1\n"
                + "2,2008,4,31,,,,1\n"
                + "3,20o8,4,1,,,,1\n"
                + "4,2009,2,29,,,,1\n"
                + "5,,4,1,,,,1\n"
                + "6,2008,4,,,,,1\n"
                + "7,2008,4,1,2008,4,0,1\n"
                + "8,2008,4,1,,5,,1\n"
                + "9,1850,4,1,,,,1\n"
                + "10,2008,4,2,2008,4,1,1\n"
                + "11,2008,4,1,2008,5,31,1\n");
    Path mapping =
        write(
            "m.yaml",
            "source: register\n"
                + "columns:\n"
                + "  id: nr\n"
                + "  start_date: {year: jahr, month: monat, day: tag}\n"
                + "  end_date: {year: bis_jahr, month: bis_monat, day: bis_tag}\n"
                + "  deaths_best: tote\n");
    try (Store store = TheaterFixture.iraq()) {
      ImportReport r = importCsv(store, csv, mapping);
      assertThat(r.rowsImported()).isEqualTo(1);
      assertThat(r.rejections())
          .extracting(Rejection::file, Rejection::line, Rejection::field, Rejection::value)
          .containsExactly(
              tuple("e.csv", 2L, "monat", "13"),
              tuple("e.csv", 3L, "tag", "31"),
              tuple("e.csv", 4L, "jahr", "20o8"),
              tuple("e.csv", 5L, "tag", "29"),
              tuple("e.csv", 6L, "jahr", ""),
              tuple("e.csv", 7L, "tag", ""),
              tuple("e.csv", 8L, "bis_tag", "0"),
              tuple("e.csv", 9L, "bis_jahr", ""),
              tuple("e.csv", 10L, "jahr", "1850"),
              tuple("e.csv", 11L, "bis_jahr", "2008"));
      assertThat(r.rejections())
          .extracting(Rejection::reason)
          .startsWith(
              "not a month (1 .. 12)",
              "not a day of that month",
              "not a year (a whole number)",
              "not a day of that month",
              "empty required field (start date)");
      assertThat(r.rejections().get(9).reason()).startsWith("end date before start date");
      assertThat(store.strings("SELECT start_date || ' ' || end_date FROM events"))
          .containsExactly("2008-04-01 2008-05-31");
    }
  }

  @Test
  void mappingErrorsNameTheKey() throws IOException {
    Path both =
        write("a.yaml", "source: x\ncolumns:\n  start_date: {column: d, year: y, month: m}\n");
    assertThatThrownBy(() -> MappingFile.read(both))
        .hasMessageContaining(both + ":3:")
        .hasMessageContaining("key 'columns.start_date'")
        .hasMessageContaining("not both");
    Path dayOnly = write("b.yaml", "source: x\ncolumns:\n  start_date: {year: y, day: d}\n");
    assertThatThrownBy(() -> MappingFile.read(dayOnly))
        .hasMessageContaining("key 'columns.start_date'")
        .hasMessageContaining("a day column needs a month column");
    Path unknown =
        write("c.yaml", "source: x\ncolumns:\n  start_date: {year: y, month: m, dag: d}\n");
    assertThatThrownBy(() -> MappingFile.read(unknown))
        .hasMessageContaining(unknown + ":3:")
        .hasMessageContaining("key 'columns.start_date.dag'")
        .hasMessageContaining("unknown key 'dag'");
    Path constantFigure =
        write("d.yaml", "source: x\ncolumns:\n  start_date: d\n  deaths_best: {constant: '3'}\n");
    assertThatThrownBy(() -> MappingFile.read(constantFigure))
        .hasMessageContaining(
            "'columns.deaths_best': only location and event_type may be constants");
    Path partsElsewhere =
        write("e.yaml", "source: x\ncolumns:\n  start_date: d\n  region: {year: y, month: m}\n");
    assertThatThrownBy(() -> MappingFile.read(partsElsewhere))
        .hasMessageContaining("'columns.region': year/month/day columns are only for start_date");
    Path sourceColumn = write("f.yaml", "source: {column: s}\ncolumns:\n  start_date: d\n");
    assertThatThrownBy(() -> MappingFile.read(sourceColumn))
        .hasMessageContaining(sourceColumn + ":")
        .hasMessageContaining("'source' is one name for the whole file")
        .hasMessageContaining("{constant: NAME}");
  }

  private static ImportReport importCsv(Store store, Path csv, Path mapping) {
    return EventImporter.importFile(
        store, EventImportRequest.of("iraq", EventFormat.CSV, csv).withMapping(mapping));
  }

  private Path write(String name, String text) throws IOException {
    Path p = dir.resolve(name);
    Files.writeString(p, text);
    return p;
  }
}
