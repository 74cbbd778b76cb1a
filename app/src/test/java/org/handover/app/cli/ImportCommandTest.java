package org.handover.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
            "strict");
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
    assertThat(
            CommandLineTest.run(
                    "import",
                    "--db",
                    db.toString(),
                    "--theater",
                    "t",
                    "regions",
                    regions.toString())
                .exit())
        .isZero();
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
}
