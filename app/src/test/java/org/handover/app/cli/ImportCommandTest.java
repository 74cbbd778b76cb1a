package org.handover.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.handover.app.cli.CommandLineTest.Run;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * handover import: the kinds it lists come from the import registry, and a failed import is a user
 * error.
 */
class ImportCommandTest {
  @TempDir Path dir;

  @Test
  void helpListsEveryKindWithItsOptions() {
    Run r = CommandLineTest.run("import", "--help");
    assertThat(r.exit()).isZero();
    assertThat(r.out())
        .contains(
            "regions:",
            "aliases:",
            "population:",
            "neighbours:",
            "measurements:",
            "ibc-event, ibc-raw, ucdp-ged, acled, csv:",
            "from_polygons",
            "alias_column",
            "allow_duplicate",
            "strict",
            "--max-rejected=SHARE",
            "max_rejected",
            "inconsistent_estimates",
            "snap_km");
    assertThat(r.err()).doesNotContain("WARN");
  }

  @Test
  void theImportsTableKeepsItsColumnsAlignedForLongNames() throws IOException {
    Path db = dir.resolve("long.duckdb");
    Path regions =
        Files.writeString(
            dir.resolve("regions-of-a-country-with-a-long-file-name-indeed.geojson"),
            "{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\",\"properties\":"
                + "{\"name\":\"North\"},\"geometry\":{\"type\":\"Polygon\",\"coordinates\":"
                + "[[[0,0],[1,0],[1,1],[0,1],[0,0]]]}}]}");
    String theater = "central-african-republic";
    importRegions(db, theater, regions);
    List<String> lines =
        CommandLineTest.run("imports", "--db", db.toString()).out().lines().toList();
    assertThat(lines).hasSize(2);
    assertThat(lines.get(1)).contains(theater + " ");
    for (String column : List.of("kind", "file", "status", "read", "sha256")) {
      int at = lines.get(0).indexOf(column);
      assertThat(at).isPositive();
      assertThat(lines.get(1).charAt(at - 1)).as(column).isEqualTo(' ');
    }
    assertThat(lines.get(1).indexOf("regions ")).isEqualTo(lines.get(0).indexOf("kind"));
    assertThat(lines.get(1).indexOf("committed")).isEqualTo(lines.get(0).indexOf("status"));
  }

  @Test
  void aFailedImportExitsTwoWithItsRejectionsAndNothingImported() throws IOException {
    Path db = dir.resolve("t.duckdb");
    Path regions =
        Files.writeString(
            dir.resolve("regions.geojson"),
            "{\"type\":\"FeatureCollection\",\"features\":[{\"type\":"
                + "\"Feature\",\"properties\":{\"name\":\"North\"},\"geometry\":{\"type\":\"Polygon\",\"coordinates\":"
                + "[[[0,0],[1,0],[1,1],[0,1],[0,0]]]}}]}");
    importRegions(db, "t", regions);
    Path aliases =
        Files.writeString(
            dir.resolve("aliases.csv"), "alias,region\nUp North,North\nSouthish,South\n");

    Run r =
        CommandLineTest.run(
            "import",
            "--db",
            db.toString(),
            "--theater",
            "t",
            "aliases",
            aliases.toString(),
            "--strict");

    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err())
        .startsWith("handover: aliases.csv: 1 row(s) rejected and --strict is set")
        .contains("\n  rejected aliases.csv:3")
        .contains("unknown region 'South'")
        .contains("\nnothing was imported (a 'failed' import record says why: handover imports)");
    Run imports = CommandLineTest.run("imports", "--db", db.toString());
    assertThat(imports.out()).contains("failed");
  }

  /**
   * Two illustrative squares, North (1..2 N) and South (0..0.9 N), 0.1 degrees apart; see {@link
   * #events}.
   */
  private Path theater() throws IOException {
    Path db = dir.resolve("e.duckdb");
    Path regions =
        Files.writeString(
            dir.resolve("regions.geojson"),
            "{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\",\"properties\":"
                + "{\"name\":\"North\"},\"geometry\":{\"type\":\"Polygon\",\"coordinates\":"
                + "[[[0,1],[1,1],[1,2],[0,2],[0,1]]]}},{\"type\":\"Feature\",\"properties\":"
                + "{\"name\":\"South\"},\"geometry\":{\"type\":\"Polygon\",\"coordinates\":"
                + "[[[0,0],[1,0],[1,0.9],[0,0.9],[0,0]]]}}]}");
    importRegions(db, "t", regions);
    return db;
  }

  /**
   * 5 rows: 2 with figures in order (one placed by its point in South), 3 out of order, one of them
   * at a point 4.45 km south of North and 6.67 km north of South.
   */
  private Path events() throws IOException {
    return Files.writeString(
        dir.resolve("ged.csv"),
        """
        id,date_start,date_end,adm_1,latitude,longitude,where_coordinates,type_of_violence,low,best,high,side_a,side_b
        1,2012-01-05,2012-01-05,North,,,,1,1,2,3,,
        2,2012-01-05,2012-01-05,North,,,,1,6,3,5,,
        3,2012-01-05,2012-01-05,South,,,,1,1,9,4,,
        4,2012-01-05,2012-01-05,,0.5,0.5,,1,0,0,0,,
        5,2012-01-05,2012-01-05,,0.96,0.5,,1,7,6,5,,
        """);
  }

  @Test
  void withoutTheaterTheStoresOnlyTheaterIsUsedAndAnEmptyStoreAsksForOne() throws IOException {
    Path db = theater();
    Path aliases = Files.writeString(dir.resolve("only.csv"), "alias,region\nUp North,North\n");
    Run r = CommandLineTest.run("import", "--db", db.toString(), "aliases", aliases.toString());
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out()).contains("1 imported");

    Run empty =
        CommandLineTest.run(
            "import",
            "--db",
            dir.resolve("empty.duckdb").toString(),
            "aliases",
            aliases.toString());
    assertThat(empty.exit()).isEqualTo(2);
    assertThat(empty.err()).contains("--theater NAME").doesNotContain("Exception");
  }

  @Test
  void theSummaryShowsTheRejectedShareAndItsCauses() throws IOException {
    Path db = theater();
    Run r =
        CommandLineTest.run(
            "import", "--db", db.toString(), "--theater", "t", "ucdp-ged", events().toString());
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out())
        .contains(
            "ged.csv: 5 rows read, 2 imported, 3 rejected (60.0%), 0 without region\n"
                + "  rejected 3 of 5 rows (60.0%), by cause: 2 low fatality figure above the high"
                + " figure; 1 best fatality figure above the high figure\n");
    Run rejections = CommandLineTest.run("imports", "--db", db.toString(), "--rejections", "2");
    assertThat(rejections.out())
        .startsWith(
            "import 2 ucdp-ged ged.csv (committed): 5 rows read, 2 imported, 3 rejected (60.0%)\n"
                + "by cause: 2 low fatality figure above the high figure; 1 best fatality figure"
                + " above the high figure\n")
        .contains("ged.csv:3: field 'low' = \"6\"")
        .endsWith("3 rejected rows in import 2\n");
  }

  @Test
  void policiesAndSnappingAreOptionsAndShowInTheSummary() throws IOException {
    Path db = theater();
    Run r =
        CommandLineTest.run(
            "import",
            "--db",
            db.toString(),
            "--theater",
            "t",
            "ucdp-ged",
            events().toString(),
            "-o",
            "inconsistent_estimates=widen",
            "-o",
            "snap_km=6");
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out())
        .contains("5 rows read, 5 imported, 0 rejected, 0 without region")
        .contains(
            "note: adjusted 3 rows with inconsistent estimates (policy widen: low = min(low,"
                + " best), high = max(high, best)): lines 3, 4, 6")
        .contains(
            "note: snapped 1 rows (1 points) outside every region polygon to the nearest region"
                + " within snap_km = 6 km, the largest distance 4.45 km: lines 6 (4.45 km, North)")
        .doesNotContain("rejected 0 of");
  }

  @Test
  void maxRejectedFailsTheImportWithExitTwoAndKeepsTheRejects() throws IOException {
    Path db = theater();
    Path rejects = dir.resolve("rejects.csv");
    Run r =
        CommandLineTest.run(
            "import",
            "--db",
            db.toString(),
            "--theater",
            "t",
            "ucdp-ged",
            events().toString(),
            "--max-rejected",
            "10%",
            "--rejects",
            rejects.toString());
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err())
        .startsWith(
            "handover: ged.csv: 3 of 5 rows rejected (60.0%), more than max_rejected = 10%"
                + " allows; nothing imported. Rejections by cause: 2 low fatality figure above the"
                + " high figure; 1 best fatality figure above the high figure")
        .contains("nothing was imported");
    assertThat(rejects).content().contains("rejected_line", "best fatality figure above");
    assertThat(CommandLineTest.run("imports", "--db", db.toString()).out())
        .containsPattern("ucdp-ged +ged.csv +failed +5 +0 +3");

    Run bad =
        CommandLineTest.run(
            "import",
            "--db",
            db.toString(),
            "--theater",
            "t",
            "ucdp-ged",
            events().toString(),
            "--max-rejected",
            "two");
    assertThat(bad.exit()).isEqualTo(2);
    assertThat(bad.err()).contains("option 'max_rejected' = \"two\"");
  }

  /** Imports {@code regions} into {@code theater} of {@code db}, which must succeed. */
  private static void importRegions(Path db, String theater, Path regions) {
    Run r =
        CommandLineTest.run(
            "import", "--db", db.toString(), "--theater", theater, "regions", regions.toString());
    assertThat(r.exit()).as(r.err()).isZero();
  }
}
