package org.handover.io.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.handover.io.export.ExporterTest.query;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.handover.engine.assessment.Assessment;
import org.handover.engine.assessment.Assessor;
import org.handover.engine.assessment.BenchmarkVerdict;
import org.handover.engine.assessment.RegionAssessment;
import org.handover.engine.benchmark.Benchmark;
import org.handover.engine.benchmark.BenchmarkSet;
import org.handover.engine.benchmark.Combination;
import org.handover.engine.benchmark.Comparison;
import org.handover.engine.benchmark.Condition;
import org.handover.engine.benchmark.Stage;
import org.handover.engine.benchmark.Window;
import org.handover.engine.panel.Panel;
import org.handover.engine.theater.RegionId;
import org.handover.io.imports.measurements.MeasurementImporter;
import org.handover.io.imports.theater.RepoData;
import org.handover.io.imports.theater.TheaterFixtures;
import org.handover.io.panel.LoadedPanel;
import org.handover.io.panel.PanelLoader;
import org.handover.io.store.Store;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AssessmentExportTest {
  private static final BenchmarkSet SET =
      new BenchmarkSet(
          "test-set",
          "1.0",
          "",
          List.of(),
          List.of(
              new Condition(
                  "governance",
                  "Governance",
                  Combination.allOf(),
                  List.of(
                      Benchmark.of(
                              "council", "governance_functioning", Comparison.GREATER_OR_EQUAL, 1)
                          .heldFor(3)),
                  ""),
              new Condition(
                  "forces",
                  "Forces",
                  Combination.allOf(),
                  List.of(
                      Benchmark.of(
                              "personnel",
                              "local_force_personnel",
                              Comparison.GREATER_OR_EQUAL,
                              20_000)
                          .over(Window.of(1, Window.Aggregate.LAST))),
                  "")),
          List.of(
              new Stage("FOREIGN_LEAD", "", List.of()),
              new Stage("LOCAL_CONTROL", "", List.of("governance", "forces"))),
          "abc123");

  private static Assessment assessment;

  @TempDir Path dir;

  @BeforeAll
  static void assess() {
    try (Store store = Store.inMemory()) {
      TheaterFixtures.importIraq(store, "iraq");
      MeasurementImporter.importFile(
          store,
          RepoData.path("data/iraq/forces/illustrative-governorate-measurements.csv"),
          MeasurementImporter.Options.defaults("iraq").illustrative(true));
      LoadedPanel loaded = PanelLoader.load(store, "iraq", Optional.empty());
      assessment =
          Assessor.of(SET)
              .evaluate(loaded.panel(), loaded.provenance())
              .assessment(YearMonth.of(2007, 6));
    }
  }

  @Test
  void oneRowPerRegionConditionAndBenchmarkReadsBackFromParquet() throws Exception {
    AssessmentExport.Written written =
        AssessmentExport.write(
            assessment, dir, "assessment-2007-06", EnumSet.allOf(Exporter.Format.class));

    assertThat(written.rows()).isEqualTo(18 * 2);
    Path parquet = dir.resolve("assessment-2007-06.parquet");
    assertThat(written.tables()).containsExactly(dir.resolve("assessment-2007-06.csv"), parquet);
    assertThat(
            query(
                "SELECT column_name FROM (DESCRIBE SELECT * FROM read_parquet('" + parquet + "'))"))
        .containsExactlyElementsOf(AssessmentExport.COLUMNS);
    RegionAssessment basra = assessment.region(RegionId.of("Basra")).orElseThrow();
    BenchmarkVerdict personnel = basra.conditions().get(1).benchmarks().get(0);
    assertThat(
            query(
                "SELECT region, month, stage, condition, condition_status, benchmark, indicator, value, threshold, comparison, "
                    + "margin, months_held, held_for, status, illustrative, explanation FROM read_parquet('"
                    + parquet
                    + "') "
                    + "WHERE region = 'Basra' AND benchmark = 'personnel'"))
        .containsExactly(
            String.join(
                "|",
                "Basra",
                "2007-06",
                basra.stage().id(),
                "forces",
                basra.conditions().get(1).status().label(),
                "personnel",
                "local_force_personnel",
                Double.toString(personnel.value()),
                "20000.0",
                ">=",
                Double.toString(personnel.margin()),
                Integer.toString(personnel.monthsHeld()),
                "1",
                personnel.status().label(),
                "true",
                personnel.explanation()));
    assertThat(personnel.value())
        .isEqualTo(26_324); // 346,500 x Basra's population share 0.0760, the illustrative split
    assertThat(
            query("SELECT count(*) FROM read_csv('" + dir.resolve("assessment-2007-06.csv") + "')"))
        .containsExactly("36");
  }

  @Test
  void noDataIsNullNotNaN() throws Exception {
    Assessment early =
        Assessor.of(SET)
            .evaluate(panelAt(), assessment.provenance())
            .assessment(YearMonth.of(2004, 1));
    AssessmentExport.write(early, dir, "early", EnumSet.of(Exporter.Format.PARQUET));
    assertThat(
            query(
                "SELECT DISTINCT status, value IS NULL, margin IS NULL FROM read_parquet('"
                    + dir.resolve("early.parquet")
                    + "') WHERE benchmark = 'personnel'"))
        .containsExactly("no data|true|true");
  }

  @Test
  void provenanceIsWrittenBesideAsJson() throws Exception {
    AssessmentExport.Written written =
        AssessmentExport.write(assessment, dir, "a", EnumSet.of(Exporter.Format.CSV));

    JsonNode json = new ObjectMapper().readTree(Files.readString(written.provenance()));
    assertThat(json.path("benchmark_set").path("name").asText()).isEqualTo("test-set");
    assertThat(json.path("benchmark_set").path("sha256").asText()).isEqualTo("abc123");
    assertThat(json.path("uses_illustrative_data").asBoolean()).isTrue();
    assertThat(json.path("illustrative").toString()).contains("local_force_personnel");
    assertThat(json.path("inputs").findValuesAsText("name"))
        .contains("illustrative-governorate-measurements.csv", "iraq-governorates.geojson");
    assertThat(json.path("notes").path("apportionment").asText()).contains("evenly by day");
    assertThat(Files.readString(written.provenance()))
        .isEqualTo(ProvenanceJson.toJson(assessment.provenance()))
        .doesNotContain("\r");
  }

  @Test
  void assessmentsWithDifferentProvenanceAreNotMixed() {
    Assessment other =
        new Assessment(
            assessment.asOf(), assessment.regions(), assessment.provenance().withSeed(7));
    assertThatThrownBy(
            () ->
                AssessmentExport.write(
                    List.of(assessment, other), dir, "x", EnumSet.of(Exporter.Format.CSV)))
        .hasMessageContaining("different provenance");
  }

  private static Panel panelAt() {
    try (Store store = Store.inMemory()) {
      TheaterFixtures.importIraq(store, "iraq");
      MeasurementImporter.importFile(
          store,
          RepoData.path("data/iraq/forces/illustrative-governorate-measurements.csv"),
          MeasurementImporter.Options.defaults("iraq").illustrative(true));
      return PanelLoader.load(store, "iraq", Optional.empty()).panel();
    }
  }
}
