package org.handover.io.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.handover.io.imports.measurements.MeasurementImporter;
import org.handover.io.imports.theater.RepoData;
import org.handover.io.imports.theater.TheaterFixtures;
import org.handover.io.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExporterTest {
  private static final List<String> TABLES =
      List.of(
          "imports",
          "rejections",
          "regions",
          "region_aliases",
          "neighbours",
          "events",
          "measurements",
          "decisions");

  @TempDir Path dir;

  static List<String> query(String sql) throws Exception {
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      List<String> out = new ArrayList<>();
      int n = rs.getMetaData().getColumnCount();
      while (rs.next()) {
        StringBuilder row = new StringBuilder();
        for (int i = 1; i <= n; i++) {
          row.append(i > 1 ? "|" : "").append(rs.getString(i));
        }
        out.add(row.toString());
      }
      return out;
    }
  }

  private static Store iraqStore() {
    Store store = Store.inMemory();
    TheaterFixtures.importIraq(store, "iraq");
    MeasurementImporter.importFile(
        store,
        RepoData.path("data/iraq/forces/national-measurements.csv"),
        MeasurementImporter.Options.defaults("iraq"));
    TheaterFixtures.importIraq(store, "other");
    return store;
  }

  @Test
  void csvTextCellsCannotBecomeFormulasButNegativeNumbersStayNumbers() throws Exception {
    try (Store store = Store.inMemory();
        Statement s = store.connection().createStatement()) {
      s.execute(
          "INSERT INTO measurements VALUES ('t', '=HYPERLINK(\"http://evil\",\"x\")', '-Anbar',"
              + " DATE '2007-01-01', -0.25, '@SUM(1)', '+cmd', false, chr(9) || '=1', 7)");
      s.execute("INSERT INTO rejections VALUES (7, -3, '-field', '=1+1', chr(13) || '=2')");
      Exporter.exportTables(
          store, dir, Exporter.Options.defaults().withFormats(EnumSet.of(Exporter.Format.CSV)));
    }
    String measurements = Files.readString(dir.resolve("measurements.csv"));
    assertThat(measurements.lines().skip(1).findFirst().orElseThrow())
        .isEqualTo(
            "t,\"'=HYPERLINK(\"\"http://evil\"\",\"\"x\"\")\",'-Anbar,2007-01-01,-0.25,'@SUM(1),"
                + "'+cmd,false,'\t=1,7");
    assertThat(Files.readString(dir.resolve("rejections.csv")))
        .contains("7,-3,'-field,'=1+1,\"'\r=2\"");
    // the same rows, in the same order, under the same header as without neutralising
    assertThat(measurements.lines().findFirst())
        .contains("theater,measure,region,month,value,nation,role,illustrative,note,import_id");
  }

  @Test
  void everyTableIsWrittenAsCsvAndParquetAndReadsBackWhole() throws Exception {
    try (Store store = iraqStore()) {
      List<Path> files =
          Exporter.exportTables(store, dir.resolve("out"), Exporter.Options.defaults());

      assertThat(files).hasSize(16);
      for (String table : TABLES) {
        long rows = store.count("SELECT count(*) FROM " + table);
        Path parquet = dir.resolve("out/" + table + ".parquet");
        Path csv = dir.resolve("out/" + table + ".csv");
        assertThat(query("SELECT count(*) FROM read_parquet('" + parquet + "')"))
            .as(table)
            .containsExactly(Long.toString(rows));
        assertThat(Files.readAllLines(csv)).as(table).hasSize((int) rows + 1);
      }
      assertThat(
              query(
                  "SELECT column_name FROM (DESCRIBE SELECT * FROM read_parquet('"
                      + dir.resolve("out/regions.parquet")
                      + "'))"))
          .doesNotContain("geometry")
          .contains("population", "code");
      assertThat(
              query(
                  "SELECT value, nation, illustrative, typeof(month) FROM read_parquet('"
                      + dir.resolve("out/measurements.parquet")
                      + "') WHERE theater = 'iraq' AND measure = 'foreign_troops' AND month = DATE '2007-10-01'"))
          .containsExactly("170000.0|US|false|DATE");
    }
  }

  @Test
  void theTablesListedAreTheOnesWritten() {
    assertThat(Exporter.TABLES).isEqualTo(TABLES);
  }

  @Test
  void onlyTheChosenTablesAreWrittenInTheUsualOrderAndByteForByteAsInAFullExport()
      throws Exception {
    try (Store store = iraqStore()) {
      List<Path> all =
          Exporter.exportTables(store, dir.resolve("all"), Exporter.Options.defaults());
      List<Path> some =
          Exporter.exportTables(
              store,
              dir.resolve("some"),
              Exporter.Options.defaults().onlyTables(java.util.Set.of("measurements", "events")));
      assertThat(some)
          .containsExactly(
              dir.resolve("some/events.csv"),
              dir.resolve("some/events.parquet"),
              dir.resolve("some/measurements.csv"),
              dir.resolve("some/measurements.parquet"));
      try (var listed = Files.list(dir.resolve("some"))) {
        assertThat(listed).hasSize(4);
      }
      assertThat(all).hasSize(16);
      for (String f : List.of("events.csv", "measurements.csv", "events.parquet")) {
        assertThat(Files.readAllBytes(dir.resolve("some/" + f)))
            .as(f)
            .isEqualTo(Files.readAllBytes(dir.resolve("all/" + f)));
      }
      assertThat(
              Exporter.exportTables(
                  store,
                  dir.resolve("none"),
                  Exporter.Options.defaults().onlyTables(java.util.Set.of())))
          .isEmpty();
    }
    assertThatThrownBy(() -> Exporter.Options.defaults().onlyTables(java.util.Set.of("event")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("unknown table 'event'");
  }

  @Test
  void oneTheaterWithGeometryAndOnlyParquet() throws Exception {
    try (Store store = iraqStore()) {
      List<Path> files =
          Exporter.exportTables(
              store,
              dir,
              Exporter.Options.defaults()
                  .forTheater("other")
                  .withGeometry(true)
                  .withFormats(EnumSet.of(Exporter.Format.PARQUET)));

      assertThat(files).hasSize(8).allSatisfy(f -> assertThat(f.toString()).endsWith(".parquet"));
      assertThat(
              query(
                  "SELECT DISTINCT theater FROM read_parquet('"
                      + dir.resolve("regions.parquet")
                      + "')"))
          .containsExactly("other");
      assertThat(
              query(
                  "SELECT count(*) FROM read_parquet('"
                      + dir.resolve("regions.parquet")
                      + "') WHERE geometry LIKE '{\"type\":\"Polygon\"%'"))
          .containsExactly("18");
      assertThat(
              query(
                  "SELECT count(*) FROM read_parquet('"
                      + dir.resolve("measurements.parquet")
                      + "')"))
          .containsExactly("0");
      assertThat(
              query(
                  "SELECT DISTINCT kind FROM read_parquet('"
                      + dir.resolve("imports.parquet")
                      + "') ORDER BY 1"))
          .containsExactly("neighbours", "population", "regions");
    }
  }

  @Test
  void sameStoreGivesSameCsvFiles() throws Exception {
    try (Store store = iraqStore()) {
      Exporter.exportTables(
          store,
          dir.resolve("a"),
          Exporter.Options.defaults().withFormats(EnumSet.of(Exporter.Format.CSV)));
      Exporter.exportTables(
          store,
          dir.resolve("b"),
          Exporter.Options.defaults().withFormats(EnumSet.of(Exporter.Format.CSV)));
      for (String table : TABLES) {
        assertThat(Files.readAllBytes(dir.resolve("a/" + table + ".csv")))
            .isEqualTo(Files.readAllBytes(dir.resolve("b/" + table + ".csv")));
      }
    }
  }
}
