package org.handover.io.manifest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.handover.engine.theater.RegionId;
import org.handover.io.config.ConfigException;
import org.handover.io.store.Store;
import org.handover.io.store.TheaterReader;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ManifestLoaderTest {
  private static final String REGIONS =
      "{\"type\":\"FeatureCollection\",\"features\":["
          + feature("North", 0, 1)
          + ","
          + feature("Suoth", -1, 0)
          + "]}";

  @TempDir Path dir;

  private static String feature(String name, int y0, int y1) {
    return "{\"type\":\"Feature\",\"properties\":{\"name\":\""
        + name
        + "\"},\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[[[0,"
        + y0
        + "],[1,"
        + y0
        + "],[1,"
        + y1
        + "],[0,"
        + y1
        + "],[0,"
        + y0
        + "]]]}}";
  }

  @BeforeEach
  void files() throws IOException {
    Files.writeString(dir.resolve("regions.geojson"), REGIONS);
    Files.writeString(dir.resolve("aliases.csv"), "alias,region\nNord,North\n");
    Files.writeString(
        dir.resolve("population.csv"),
        "region,population,year\nNorth,1000,2010\nSouth,2000,2010\n");
    Files.writeString(
        dir.resolve("measurements.csv"),
        "month,region,measure,value,nation,role,illustrative,note\n"
            + "2005-03,North,local_force_personnel,100,,,false,x\n");
  }

  /** The manifest of the fixture: the published 'Suoth' is renamed 'South'. */
  private Path manifest(String measurementsOptions) throws IOException {
    Path m = dir.resolve("theater.yaml");
    Files.writeString(
        m,
        "theater: t\n"
            + "imports:\n"
            + "  - kind: regions\n"
            + "    file: regions.geojson\n"
            + "    renames: {Suoth: South}\n"
            + "  - kind: aliases\n"
            + "    file: aliases.csv\n"
            + "  - kind: population\n"
            + "    file: population.csv\n"
            + "  - kind: neighbours\n"
            + "    options: {from_polygons: \"true\"}\n"
            + "  - kind: measurements\n"
            + "    file: measurements.csv\n"
            + measurementsOptions);
    return m;
  }

  private static ManifestLoad load(Store store, Path manifest) {
    return ManifestLoader.load(store, TheaterManifest.read(manifest), r -> {});
  }

  /** Every table's rows and every sequence's position: the whole database as text. */
  private static String dump(Store store) throws SQLException {
    StringBuilder out = new StringBuilder();
    List<String> tables = new ArrayList<>();
    try (Statement s = store.connection().createStatement()) {
      try (ResultSet rs =
          s.executeQuery(
              "SELECT table_name FROM duckdb_tables() WHERE database_name = current_database()"
                  + " ORDER BY table_name")) {
        while (rs.next()) {
          tables.add(rs.getString(1));
        }
      }
      tables.add("(SELECT sequence_name, last_value FROM duckdb_sequences())");
      for (String t : tables) {
        out.append("== ").append(t).append('\n');
        try (ResultSet rs = s.executeQuery("SELECT * FROM " + t + " ORDER BY ALL")) {
          int n = rs.getMetaData().getColumnCount();
          while (rs.next()) {
            for (int i = 1; i <= n; i++) {
              out.append(rs.getString(i)).append('|');
            }
            out.append('\n');
          }
        }
      }
    }
    return out.toString();
  }

  @Test
  void aFailureAtTheLastStepLeavesTheDatabaseAsItWas() throws Exception {
    Path good = manifest("");
    try (Store store = Store.open(dir.resolve("t.duckdb"))) {
      String empty = dump(store);
      Files.writeString(
          dir.resolve("measurements.csv"),
          "month,region,measure,value,nation,role,illustrative,note\n"
              + "2005-03,Nowhere,local_force_personnel,100,,,false,x\n");
      Path strict = manifest("    options: {strict: \"true\"}\n");
      assertThatThrownBy(() -> load(store, strict))
          .isInstanceOf(ManifestStepException.class)
          .hasMessageContaining("step 5 (measurements measurements.csv) failed")
          .hasMessageContaining("Nowhere");
      assertThat(dump(store)).isEqualTo(empty);

      files();
      load(store, good);
      String loaded = dump(store);
      Files.writeString(dir.resolve("population.csv"), "region,population,year\nNorth,1500,2010\n");
      Files.writeString(
          dir.resolve("measurements.csv"),
          "month,region,measure,value,nation,role,illustrative,note\n"
              + "2005-03,Nowhere,local_force_personnel,100,,,false,x\n");
      assertThatThrownBy(() -> load(store, strict)).isInstanceOf(ManifestStepException.class);
      assertThat(dump(store)).isEqualTo(loaded);
    }
  }

  @Test
  void anUnchangedManifestIsANoOp() throws Exception {
    Path m = manifest("");
    try (Store store = Store.open(dir.resolve("t.duckdb"))) {
      ManifestLoad first = load(store, m);
      assertThat(first.steps())
          .extracting(StepOutcome::change)
          .containsOnly(StepOutcome.Change.NEW);
      assertThat(first.unchanged()).isFalse();
      String loaded = dump(store);
      ManifestLoad second = load(store, m);
      assertThat(second.unchanged()).isTrue();
      assertThat(second.reports()).isEmpty();
      assertThat(second.steps()).extracting(StepOutcome::version).containsOnly(1);
      assertThat(dump(store)).isEqualTo(loaded);
      // Comments, the description and where the rejected rows would go change no input.
      Files.writeString(
          m,
          Files.readString(m).replace("theater: t\n", "theater: t\n# a comment\ndescription: x\n")
              + "    options: {rejects: rejected.csv}\n");
      assertThat(load(store, m).unchanged()).isTrue();
    }
  }

  @Test
  void aChangedFileIsANewVersionAndItsOldDataAreGone() throws Exception {
    Path m = manifest("");
    try (Store store = Store.open(dir.resolve("t.duckdb"))) {
      load(store, m);
      String oldSha = store.strings("SELECT sha256 FROM imports WHERE kind = 'population'").get(0);
      Files.writeString(dir.resolve("population.csv"), "region,population,year\nNorth,1500,2010\n");
      ManifestLoad again = load(store, m);
      assertThat(again.steps())
          .extracting(s -> s.step() + " " + s.describe())
          .startsWith(
              "1 redone version 1 -> 2 (its file and options are unchanged; when any input changes,"
                  + " every step is imported again in order, since a step may depend on any before"
                  + " it)")
          .contains("3 replaced version 1 -> 2");
      // Only the new file's population is live: South's, from the old file only, is gone.
      assertThat(
              store.strings(
                  "SELECT region || '=' || coalesce(CAST(population AS VARCHAR), 'null') FROM regions ORDER BY region"))
          .containsExactly("North=1500.0", "South=null");
      assertThat(store.count("SELECT count(*) FROM measurements")).isEqualTo(1);
      assertThat(store.count("SELECT count(*) FROM region_aliases WHERE alias = 'nord'"))
          .isEqualTo(1);
      // The history keeps both versions, the old one superseded with its hash and time.
      assertThat(
              store.strings(
                  "SELECT status || ' ' || sha256 || ' ' || (imported_at IS NOT NULL) FROM imports"
                      + " WHERE kind = 'population' ORDER BY import_id"))
          .hasSize(2)
          .first()
          .isEqualTo("superseded " + oldSha + " true");
      assertThat(
              store.strings(
                  "SELECT status FROM imports WHERE kind = 'population' ORDER BY import_id"))
          .containsExactly("superseded", "committed");
      assertThat(
              store.strings(
                  "SELECT step || ':' || version || ':' || current FROM manifest_steps"
                      + " WHERE step = 3 ORDER BY version"))
          .containsExactly("3:1:false", "3:2:true");
      assertThat(load(store, m).unchanged()).isTrue();
    }
  }

  @Test
  void aRemovedStepIsSupersededAndItsDataGone() throws Exception {
    Path m = manifest("");
    try (Store store = Store.open(dir.resolve("t.duckdb"))) {
      load(store, m);
      String text = Files.readString(m);
      Files.writeString(m, text.substring(0, text.indexOf("  - kind: measurements")));
      ManifestLoad again = load(store, m);
      assertThat(again.steps().get(4).change()).isEqualTo(StepOutcome.Change.REMOVED);
      assertThat(store.count("SELECT count(*) FROM measurements")).isZero();
      assertThat(store.strings("SELECT status FROM imports WHERE kind = 'measurements'"))
          .containsExactly("superseded");
    }
  }

  @Test
  void aStoreLoadedBeforeManifestsWereRecordedIsRebuiltNotDoubled() throws Exception {
    Path m = manifest("");
    try (Store store = Store.open(dir.resolve("t.duckdb"))) {
      TheaterManifest manifest = TheaterManifest.read(m);
      // As loading did before: every import on its own, no manifest record.
      manifest.imports().forEach(spec -> Importers.run(store, "t", spec));
      ManifestLoad again = load(store, m);
      assertThat(again.steps())
          .extracting(StepOutcome::change)
          .containsOnly(StepOutcome.Change.REPLACED);
      assertThat(store.count("SELECT count(*) FROM measurements")).isEqualTo(1);
      assertThat(store.count("SELECT count(*) FROM imports WHERE status = 'superseded'"))
          .isEqualTo(5);
    }
  }

  @Test
  void aRenameKeepsThePublishedNameAsAnAliasAndIsRecorded() throws Exception {
    try (Store store = Store.open(dir.resolve("t.duckdb"))) {
      ManifestLoad load = load(store, manifest(""));
      TheaterReader reader = new TheaterReader(store);
      assertThat(store.strings("SELECT region FROM regions ORDER BY region"))
          .containsExactly("North", "South");
      assertThat(reader.resolver("t").resolve("Suoth")).contains(RegionId.of("South"));
      assertThat(store.strings("SELECT options FROM imports WHERE kind = 'regions'").get(0))
          .contains("\"renames\":{\"Suoth\":\"South\"}");
      assertThat(load.reports().get(0).notes())
          .anySatisfy(n -> assertThat(n).contains("'Suoth' renamed to 'South'"));
    }
  }

  @Test
  void aRenameOfARegionNotInTheFileNamesTheManifestsLine() throws Exception {
    Path m = manifest("");
    Files.writeString(m, Files.readString(m).replace("{Suoth: South}", "{Sotuh: South}"));
    assertThatThrownBy(() -> TheaterManifest.read(m))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("theater.yaml:5:")
        .hasMessageContaining("renames")
        .hasMessageContaining("'Sotuh' is not a region of regions.geojson")
        .hasMessageContaining("closest: Suoth");
  }
}
