package org.handover.io.imports.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.handover.io.imports.ImportException;
import org.handover.io.imports.ImportReport;
import org.handover.io.imports.Rejection;
import org.handover.io.imports.events.mapping.EventFormat;
import org.handover.io.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every event source reads its numbers the one strict way (a cell DuckDB would read as a different
 * number is a rejected row naming line, column and text), refuses ids and region names holding
 * control characters, and refuses a header naming a column twice.
 */
class StrictEventFieldsTest {
  @TempDir Path dir;

  /** A file of {@code format} with a good row, then a row per bad figure, then a bad id. */
  private record Layout(
      String header, String good, String figure, List<String> bad, String badId) {}

  private static final List<String> JUNK = List.of("1_000", "0x10", "12d", "Infinity", "1,000");

  private static Layout layout(EventFormat f) {
    return switch (f) {
      case IBC_EVENT ->
          new Layout(
              "\"IBC.code\",\"Start.Date\",\"End.Date\",\"Reported.Minimum\",\"Reported.Maximum\",\"Province\"",
              "\"k1\",\"20 Feb 2012\",\"20 Feb 2012\",1,1,\"Nineveh\"",
              "Reported.Maximum",
              JUNK.stream()
                  .map(j -> "\"k%d\",\"20 Feb 2012\",\"20 Feb 2012\",1,\"" + j + "\",\"Anbar\"")
                  .toList(),
              "\"k9\u0000\",\"20 Feb 2012\",\"20 Feb 2012\",1,1,\"Anbar\"");
      case IBC_RAW ->
          new Layout(
              "\"IBC code\",\"Start Date\",\"End Date\",\"Time\",\"Location\",\"Target\",\"Weapons\","
                  + "\"Reported Minimum\",\"Reported Maximum\",\"Sources\"",
              "\"k1\",\"20 Feb 2012\",\"20 Feb 2012\",\"-\",\"central Basra\",\"t\",\"w\",\"1\",\"1\",\"s\"",
              "Reported Maximum",
              JUNK.stream()
                  .map(
                      j ->
                          "\"k%d\",\"20 Feb 2012\",\"20 Feb 2012\",\"-\",\"central Basra\",\"t\",\"w\","
                              + "\"1\",\""
                              + j
                              + "\",\"s\"")
                  .toList(),
              "\"k9\u0001\",\"20 Feb 2012\",\"20 Feb 2012\",\"-\",\"central Basra\",\"t\",\"w\",\"1\",\"1\",\"s\"");
      case UCDP_GED ->
          new Layout(
              "id,date_start,date_end,adm_1,latitude,longitude,where_coordinates,type_of_violence,low,best,high,side_a,side_b",
              "1,2012-01-05,2012-01-05,Basra governorate,30.5,47.8,x,1,1,1,1,a,b",
              "best",
              JUNK.stream()
                  .map(
                      j ->
                          "%d,2012-01-05,2012-01-05,Basra governorate,30.5,47.8,x,1,0,\""
                              + j
                              + "\",2000,a,b")
                  .toList(),
              "9\u007f,2012-01-05,2012-01-05,Basra governorate,30.5,47.8,x,1,1,1,1,a,b");
      case ACLED ->
          new Layout(
              "event_id_cnty,event_date,admin1,location,latitude,longitude,event_type,actor1,actor2,fatalities",
              "IRQ1,2019-01-05,Basra,x,30.5,47.8,Battles,a,b,3",
              "fatalities",
              JUNK.stream()
                  .map(j -> "IRQ%d,2019-01-05,Basra,x,30.5,47.8,Battles,a,b,\"" + j + "\"")
                  .toList(),
              "IRQ9\u0085,2019-01-05,Basra,x,30.5,47.8,Battles,a,b,3");
      case CSV ->
          new Layout(
              "nr,datum,provinz,tote",
              "1,2012-01-05,Basra,1",
              "tote",
              JUNK.stream().map(j -> "%d,2012-01-05,Basra,\"" + j + "\"").toList(),
              "9\u001b,2012-01-05,Basra,1");
    };
  }

  private Path file(EventFormat f, String header, List<String> rows) throws IOException {
    StringBuilder s = new StringBuilder(header).append('\n');
    rows.forEach(r -> s.append(r).append('\n'));
    Path p = dir.resolve(f.name().toLowerCase() + ".csv");
    Files.writeString(p, s, StandardCharsets.UTF_8);
    return p;
  }

  private EventImportRequest request(EventFormat f, Path file) throws IOException {
    EventImportRequest r = EventImportRequest.of("iraq", f, file);
    if (f == EventFormat.IBC_RAW) {
      r = r.withGazetteer(TheaterFixture.CITYLIST);
    }
    if (f == EventFormat.CSV) {
      Path mapping = dir.resolve("mapping.yaml");
      Files.writeString(
          mapping,
          """
          source: register
          date_formats: ["%Y-%m-%d"]
          columns:
            id: nr
            start_date: datum
            region: provinz
            deaths_best: tote
          """);
      r = r.withMapping(mapping);
    }
    return r;
  }

  @ParameterizedTest
  @EnumSource(EventFormat.class)
  void aNumberReadOnlyLeniently_isARejectedRowNamingLineColumnAndText(EventFormat f)
      throws IOException {
    Layout l = layout(f);
    List<String> rows = new java.util.ArrayList<>(List.of(l.good()));
    for (int i = 0; i < l.bad().size(); i++) {
      rows.add(l.bad().get(i).replace("%d", Integer.toString(i + 2)));
    }
    try (Store store = TheaterFixture.iraq()) {
      ImportReport report = EventImporter.importFile(store, request(f, file(f, l.header(), rows)));
      assertThat(report.rowsImported()).as(f.name()).isEqualTo(1);
      assertThat(report.rejections())
          .extracting(Rejection::line, Rejection::field, Rejection::value)
          .containsExactly(
              tuple(3L, l.figure(), "1_000"),
              tuple(4L, l.figure(), "0x10"),
              tuple(5L, l.figure(), "12d"),
              tuple(6L, l.figure(), "Infinity"),
              tuple(7L, l.figure(), "1,000"));
      assertThat(report.rejections())
          .allSatisfy(r -> assertThat(r.reason()).contains("not a number"));
    }
  }

  @ParameterizedTest
  @EnumSource(EventFormat.class)
  void anIdWithAControlCharacterIsRejected(EventFormat f) throws IOException {
    Layout l = layout(f);
    try (Store store = TheaterFixture.iraq()) {
      ImportReport report =
          EventImporter.importFile(
              store, request(f, file(f, l.header(), List.of(l.good(), l.badId()))));
      assertThat(report.rowsImported()).isEqualTo(1);
      assertThat(report.rejections()).hasSize(1);
      assertThat(report.rejections().get(0).line()).isEqualTo(3);
      assertThat(report.rejections().get(0).reason()).contains("control character");
      assertThat(
              store.count(
                  "SELECT count(*) FROM events WHERE regexp_matches(event_id, '[\\x00-\\x1f\\x7f-\\x{9f}]')"))
          .isZero();
    }
  }

  @Test
  void aRegionNameWithAControlCharacterIsRejectedNotMatchedToTheRegionItsPrintableRestNames()
      throws IOException {
    // "Basra" then a NUL normalises to "basra": without the check the row would count for Basra
    Path f =
        file(
            EventFormat.UCDP_GED,
            layout(EventFormat.UCDP_GED).header(),
            List.of("1,2012-01-05,2012-01-05,\"Basra\u0000\",,,x,1,1,1,1,a,b"));
    try (Store store = TheaterFixture.iraq()) {
      ImportReport report =
          EventImporter.importFile(store, EventImportRequest.of("iraq", EventFormat.UCDP_GED, f));
      assertThat(report.rowsImported()).isZero();
      assertThat(report.rejections())
          .singleElement()
          .satisfies(
              r -> {
                assertThat(r.field()).isEqualTo("adm_1");
                assertThat(r.reason()).contains("region name contains a control character");
              });
    }
  }

  @Test
  void aGazetteerNamingARegionWithAControlCharacterIsRefused() throws IOException {
    Path places = dir.resolve("places.csv");
    Files.writeString(places, "place,region\nMosul,Nineveh\nQaem,Anbar\u0000\n");
    Layout l = layout(EventFormat.IBC_RAW);
    Path f = file(EventFormat.IBC_RAW, l.header(), List.of(l.good()));
    try (Store store = TheaterFixture.iraq()) {
      assertThatThrownBy(
              () ->
                  EventImporter.importFile(
                      store,
                      EventImportRequest.of("iraq", EventFormat.IBC_RAW, f).withGazetteer(places)))
          .isInstanceOf(ImportException.class)
          .hasMessage(
              "gazetteer places.csv:3: \"Anbar\\u0000\": region name contains the control"
                  + " character U+0000 at position 6 (ids and names may not hold control"
                  + " characters)");
    }
  }

  @ParameterizedTest
  @EnumSource(EventFormat.class)
  void aHeaderNamingAColumnTwiceIsAnErrorForTheWholeFile(EventFormat f) throws IOException {
    Layout l = layout(f);
    String twice = l.header() + "," + l.figure().toUpperCase();
    try (Store store = TheaterFixture.iraq()) {
      EventImportRequest r = request(f, file(f, twice, List.of(l.good() + ",5")));
      assertThatThrownBy(() -> EventImporter.importFile(store, r))
          .isInstanceOf(ImportException.class)
          .hasMessageContaining("line 1")
          .hasMessageContaining("names column '" + l.figure().toUpperCase() + "' twice")
          .hasMessageMatching("(?s).*\\(columns [0-9]+ and [0-9]+\\).*");
      assertThat(store.count("SELECT count(*) FROM events")).isZero();
    }
  }
}
