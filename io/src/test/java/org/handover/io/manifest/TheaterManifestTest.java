package org.handover.io.manifest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import org.handover.io.config.ConfigException;
import org.handover.io.imports.ImportReport;
import org.handover.io.imports.ImportSpec;
import org.handover.io.store.Store;
import org.handover.io.store.TheaterReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TheaterManifestTest {
  @TempDir Path dir;

  @Test
  void readsTheBuiltInIraqManifest() {
    TheaterManifest m = TheaterManifest.read(Path.of("../data/iraq/theater.yaml"));
    assertThat(m.theater()).isEqualTo("iraq");
    assertThat(m.benchmarkSet()).hasValueSatisfying(set -> assertThat(set).exists());
    assertThat(m.imports())
        .extracting(ImportSpec::kind)
        .containsExactly(
            "regions",
            "aliases",
            "population",
            "neighbours",
            "ibc-event",
            "measurements",
            "measurements",
            "decisions");
    assertThat(m.imports().get(0).option("code_property")).contains("iso_3166_2");
    assertThat(m.imports().get(6).flag("illustrative")).isTrue();
    assertThat(m.imports().get(7).option("source"))
        .hasValueSatisfying(s -> assertThat(s).contains("MNF-I"));
    assertThat(m.forecastFitFrom()).contains(YearMonth.of(2004, 1));
  }

  @Test
  void anUnknownKindNamesTheLineAndTheKnownKinds() throws IOException {
    Path f = manifest("  - kind: ucdp\n    file: events.csv\n");
    assertThatThrownBy(() -> TheaterManifest.read(f))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining(":5:")
        .hasMessageContaining("imports[0].kind")
        .hasMessageContaining("unknown import kind 'ucdp'")
        .hasMessageContaining("ucdp-ged");
  }

  @Test
  void aMissingFileIsNamed() throws IOException {
    Path f = manifest("  - kind: regions\n    file: nowhere.geojson\n");
    assertThatThrownBy(() -> TheaterManifest.read(f))
        .hasMessageContaining(":6:")
        .hasMessageContaining("file not found")
        .hasMessageContaining("nowhere.geojson");
  }

  @Test
  void anOptionTheKindDoesNotTakeIsRejected() throws IOException {
    Path f =
        manifest("  - kind: population\n    file: events.csv\n    options: {weight_column: km}\n");
    assertThatThrownBy(() -> TheaterManifest.read(f))
        .hasMessageContaining(":7:")
        .hasMessageContaining("unknown key 'weight_column'");
  }

  @Test
  void aBadFitFromMonthIsRejected() throws IOException {
    Path f = manifest("").resolveSibling("m.yaml");
    Files.writeString(
        f, "theater: t\nbenchmark_set: set.yaml\nforecast_fit_from: 2004\nimports: []\n");
    assertThatThrownBy(() -> TheaterManifest.read(f))
        .hasMessageContaining(":3:")
        .hasMessageContaining("expected a month as YYYY-MM");
  }

  @Test
  void aManifestWithoutABenchmarkSetImportsAndRecordsNone() throws IOException {
    Files.writeString(
        dir.resolve("regions.geojson"),
        "{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\",\"properties\":"
            + "{\"name\":\"North\"},\"geometry\":{\"type\":\"Polygon\",\"coordinates\":"
            + "[[[0,0],[1,0],[1,1],[0,1],[0,0]]]}}]}");
    Path f = dir.resolve("bare.yaml");
    Files.writeString(f, "theater: t\nimports:\n  - kind: regions\n    file: regions.geojson\n");
    TheaterManifest m = TheaterManifest.read(f);
    assertThat(m.benchmarkSet()).isEmpty();
    try (Store store = Store.open(dir.resolve("t.duckdb"))) {
      List<ImportReport> reports = ManifestLoader.load(store, m, r -> {}).reports();
      assertThat(reports).hasSize(1);
      assertThat(reports.get(0).rowsImported()).isEqualTo(1);
      assertThat(new TheaterReader(store).benchmarkSet("t")).isEmpty();
    }
  }

  @Test
  void aRejectsFileIsRelativeToTheManifestLikeEveryOtherPath() throws IOException {
    Path theater = Files.createDirectories(dir.resolve("theater"));
    Files.writeString(
        theater.resolve("regions.geojson"),
        "{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\",\"properties\":"
            + "{\"name\":\"North\"},\"geometry\":{\"type\":\"Polygon\",\"coordinates\":"
            + "[[[0,0],[1,0],[1,1],[0,1],[0,0]]]}}]}");
    Files.writeString(
        theater.resolve("aliases.csv"), "alias,region\nUp North,North\nSouthish,South\n");
    Path f = theater.resolve("theater.yaml");
    Files.writeString(
        f,
        "theater: t\nimports:\n  - kind: regions\n    file: regions.geojson\n"
            + "  - kind: aliases\n    file: aliases.csv\n    options: {rejects: out/rejected.csv}\n");

    TheaterManifest m = TheaterManifest.read(f);

    Path expected = theater.resolve("out/rejected.csv").toAbsolutePath().normalize();
    assertThat(m.imports().get(1).option("rejects")).contains(expected.toString());
    try (Store store = Store.open(dir.resolve("t.duckdb"))) {
      ManifestLoader.load(store, m, r -> {});
    }
    assertThat(Files.readString(expected)).contains("unknown region 'South'");
  }

  @Test
  void aNamedBenchmarkSetMustExist() throws IOException {
    Path f = dir.resolve("missing.yaml");
    Files.writeString(f, "theater: t\nbenchmark_set: nowhere.yaml\nimports: []\n");
    assertThatThrownBy(() -> TheaterManifest.read(f))
        .hasMessageContaining(":2:")
        .hasMessageContaining("benchmark set not found");
  }

  private Path manifest(String imports) throws IOException {
    Files.writeString(dir.resolve("set.yaml"), "benchmark_set: s\n");
    Files.writeString(dir.resolve("events.csv"), "a,b\n");
    Path f = dir.resolve("theater.yaml");
    Files.writeString(
        f, "theater: t\nbenchmark_set: set.yaml\nforecast_fit_from: 2004-01\nimports:\n" + imports);
    return f;
  }
}
