package org.handover.io.imports.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.handover.io.imports.ImportReport;
import org.handover.io.imports.Rejection;
import org.handover.io.imports.events.mapping.EventFormat;
import org.handover.io.imports.events.mapping.MappingFile;
import org.handover.io.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Any CSV through a YAML mapping: delimiter, preamble, encoding, date format, suffixes, best from
 * low and high.
 */
class CsvMappingImportTest {
  @TempDir Path dir;

  @Test
  void importsAWindows1252SemicolonFileWithAPreamble() {
    try (Store store = TheaterFixture.iraq()) {
      ImportReport r =
          EventImporter.importFile(
              store,
              EventImportRequest.of("iraq", EventFormat.CSV, Samples.of("register-cp1252.csv"))
                  .withMapping(Samples.of("register-mapping.yaml")));
      assertThat(r.rowsRead()).isEqualTo(6);
      assertThat(r.rowsImported()).isEqualTo(3);
      assertThat(
              store.strings(
                  "SELECT event_id || ' ' || region || ' ' || start_date || ' ' || end_date || ' '"
                      + " || deaths_low || '/' || deaths_best || '/' || deaths_high || ' ' || location FROM events ORDER BY event_id"))
          .containsExactly(
              "1 Diyala 2008-03-05 2008-03-05 2.0/3.0/4.0 Baqubah market",
              "2 Kirkuk 2008-03-06 2008-03-06 1.0/1.0/1.0 Kirkuk",
              "3 Baghdad 2008-03-07 2008-03-08 0.0/1.5/3.0 Karrada");
      assertThat(r.rejections())
          .extracting(Rejection::line, Rejection::field)
          .containsExactly(tuple(7L, "tote_min"), tuple(8L, ""), tuple(9L, "datum"));
      assertThat(r.rejections().get(1).reason())
          .startsWith("malformed CSV record (too many columns)");
      assertThat(r.rejections().get(1).raw())
          .isEqualTo("5;07.03.2008;;Baghdad;1;2;IED;Karrada;extra;fields");
      assertThat(store.strings("SELECT DISTINCT source FROM events"))
          .containsExactly("provincial-register");
      assertThat(r.notes())
          .contains("best = mean of low and high when both are given, else the one given");
    }
  }

  @Test
  void unknownKeyIsReportedWithFileLineAndKey() throws IOException {
    Path m = write("source: x\ncolums:\n  start_date: d\n");
    assertThatThrownBy(() -> MappingFile.read(m))
        .hasMessageContaining(m.toString() + ":2:")
        .hasMessageContaining("key 'colums': unknown key");
  }

  @Test
  void missingStartDateNamesTheKey() throws IOException {
    Path m = write("source: x\ncolumns:\n  id: nr\n  region: p\n");
    assertThatThrownBy(() -> MappingFile.read(m))
        .hasMessageContaining(m.toString() + ":")
        .hasMessageContaining("key 'columns'")
        .hasMessageContaining("missing key 'columns.start_date'");
  }

  @Test
  void badValuesNameTheirKey() throws IOException {
    Path delimiter = write("source: x\ndelimiter: ';;'\ncolumns:\n  start_date: d\n");
    assertThatThrownBy(() -> MappingFile.read(delimiter))
        .hasMessageContaining("'delimiter' must be one character");
    Path policy = write("source: x\nduplicate_ids: maybe\ncolumns:\n  start_date: d\n");
    assertThatThrownBy(() -> MappingFile.read(policy))
        .hasMessageContaining(
            "key 'duplicate_ids': unknown value 'maybe'; use one of reject, keep");
    Path type = write("source: x\nskip_lines: many\ncolumns:\n  start_date: d\n");
    assertThatThrownBy(() -> MappingFile.read(type))
        .hasMessageContaining(":2:")
        .hasMessageContaining("key 'skip_lines'");
  }

  @Test
  void mappingWithoutFileIsRefusedForCsvAndRefusedForBuiltIns() {
    try (Store store = TheaterFixture.iraq()) {
      assertThatThrownBy(
              () ->
                  EventImporter.importFile(
                      store,
                      EventImportRequest.of(
                          "iraq", EventFormat.CSV, Samples.of("register-cp1252.csv"))))
          .hasMessageContaining("register-cp1252.csv: the csv format needs a mapping file");
    }
    assertThatThrownBy(
            () ->
                EventImportRequest.of("iraq", EventFormat.ACLED, Path.of("x.csv"))
                    .withMapping(Path.of("m.yaml")))
        .hasMessageContaining("only used with the csv format");
    assertThat(EventFormat.byName("UCDP-GED")).isEqualTo(EventFormat.UCDP_GED);
    assertThatThrownBy(() -> EventFormat.byName("gdelt"))
        .hasMessageContaining("ibc-event, ibc-raw, ucdp-ged, acled, csv");
  }

  private Path write(String yaml) throws IOException {
    Path p = Files.createTempFile(dir, "mapping", ".yaml");
    Files.writeString(p, yaml);
    return p;
  }
}
