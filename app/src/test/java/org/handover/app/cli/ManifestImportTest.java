package org.handover.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;
import org.handover.app.cli.CommandLineTest.Run;
import org.handover.app.workspace.Home;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * handover import --manifest on a copy of the built-in data: a second run does nothing, a changed
 * file rebuilds the manifest's imports as new versions, and the decisions recorded with handover
 * decide survive the rebuild, corrections of imported entries included.
 */
class ManifestImportTest {
  @TempDir Path dir;

  private static Run run(String... args) {
    return CommandLineTest.run(args);
  }

  private Path copyOfIraq() throws IOException {
    Path to = dir.resolve("iraq");
    try (Stream<Path> files = Files.walk(Home.iraq())) {
      for (Path p : files.toList()) {
        Path target = to.resolve(Home.iraq().relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.copy(p, target, StandardCopyOption.REPLACE_EXISTING);
        }
      }
    }
    return to;
  }

  @Test
  void aRebuildKeepsTheLedgerEntriesRecordedWithDecide() throws Exception {
    Path iraq = copyOfIraq();
    String db = dir.resolve("t.duckdb").toString();
    String manifest = iraq.resolve("theater.yaml").toString();
    Run first = run("import", "--db", db, "--manifest", manifest);
    assertThat(first.exit()).as(first.err()).isZero();
    assertThat(first.out())
        .contains("step 8 decisions iraq-security-transfers.csv: new, version 1");

    ObjectMapper json = new ObjectMapper();
    JsonNode basra =
        json.readTree(run("decisions", "--db", db, "--region", "Basra", "--format", "json").out());
    String imported = basra.get("entries").get(0).get("id").asText();
    Run correction =
        run(
            "decide",
            "--db",
            db,
            "--region",
            "Basra",
            "--to",
            "LOCAL_CONTROL",
            "--effective",
            "2007-12-17",
            "--decided-by",
            "Prime Minister",
            "--supersedes",
            imported,
            "--id",
            "basra-fix",
            "--note",
            "date corrected");
    assertThat(correction.exit()).as(correction.err()).isZero();

    Run same = run("import", "--db", db, "--manifest", manifest);
    assertThat(same.exit()).as(same.err()).isZero();
    assertThat(same.out()).contains(": unchanged (every file and option as last loaded)");

    Path population = iraq.resolve("geo/iraq-population.csv");
    Files.writeString(population, Files.readString(population).replace("1521829", "1521830"));
    Run rebuilt = run("import", "--db", db, "--manifest", manifest);
    assertThat(rebuilt.exit()).as(rebuilt.err()).isZero();
    assertThat(rebuilt.out())
        .contains("step 1 regions iraq-governorates.geojson: redone version 1 -> 2")
        .contains("step 3 population iraq-population.csv: replaced version 1 -> 2")
        .contains("step 8 decisions iraq-security-transfers.csv: redone version 1 -> 2");

    Run list = run("decisions", "--db", db, "--region", "Basra");
    assertThat(list.exit()).as(list.err()).isZero();
    assertThat(list.out())
        .containsPattern(imported + " .*superseded by basra-fix")
        .contains("recorded with handover decide");
    JsonNode after =
        json.readTree(run("decisions", "--db", db, "--format", "json").out()).get("entries");
    assertThat(after).hasSize(19);
    Run imports = run("imports", "--db", db);
    assertThat(imports.out()).contains("superseded");
    assertThat(run("assess", "--db", db, "--as-of", "2008-01").exit()).isZero();

    // the exported ledger is the live one: 18 imported entries and the correction, not the 18
    // entries of the superseded first import as well
    Path exported = dir.resolve("export");
    Run export = run("export", "--db", db, "--out", exported.toString(), "--formats", "csv");
    assertThat(export.exit()).as(export.err()).isZero();
    assertThat(Files.readAllLines(exported.resolve("decisions.csv"))).hasSize(1 + 19);
  }

  @Test
  void neighboursFromPolygonsNeedNoFile() throws Exception {
    String db = dir.resolve("n.duckdb").toString();
    Run regions =
        run(
            "import",
            "--db",
            db,
            "--theater",
            "t",
            "regions",
            Home.iraq().resolve("geo/iraq-governorates.geojson").toString());
    assertThat(regions.exit()).as(regions.err()).isZero();
    Run neighbours =
        run("import", "--db", db, "--theater", "t", "neighbours", "-o", "from_polygons=true");
    assertThat(neighbours.exit()).as(neighbours.err()).isZero();
    assertThat(neighbours.out()).contains("neighbours");
  }
}
