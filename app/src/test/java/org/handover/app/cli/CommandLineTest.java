package org.handover.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The command line end to end on the built-in Iraq data, as a user runs it. */
class CommandLineTest {
  @TempDir static Path dir;
  static Path db;

  record Run(int exit, String out, String err) {}

  static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cl = HandoverCommand.commandLine();
    cl.setOut(new PrintWriter(out, true));
    cl.setErr(new PrintWriter(err, true));
    int exit = cl.execute(args);
    return new Run(exit, out.toString(), err.toString());
  }

  static String[] withDb(String... args) {
    List<String> all = new ArrayList<>(List.of(args));
    all.add("--db");
    all.add(db.toString());
    return all.toArray(String[]::new);
  }

  @BeforeAll
  static void loadExample() {
    db = dir.resolve("iraq.duckdb");
    Run r = run("example", "--db", db.toString());
    assertThat(r.exit()).as(r.err()).isZero();
  }

  @Test
  void assessesAllEighteenGovernoratesWithProvenance() throws Exception {
    Run r = run(withDb("assess", "--as-of", "2007-06", "--format", "json"));
    assertThat(r.exit()).as(r.err()).isZero();
    JsonNode json = new ObjectMapper().readTree(r.out());
    assertThat(json.get("as_of").asText()).isEqualTo("2007-06");
    assertThat(json.get("regions")).hasSize(18);
    JsonNode prov = json.get("provenance");
    assertThat(prov.get("benchmark_set").get("name").asText()).isEqualTo("iraq-pic");
    assertThat(prov.get("benchmark_set").get("sha256").asText()).hasSize(64);
    assertThat(prov.get("program_version").asText()).startsWith("handover ");
    List<String> inputs = new ArrayList<>();
    prov.get("inputs").forEach(i -> inputs.add(i.get("name").asText()));
    assertThat(inputs)
        .contains("IBC_event.csv", "iraq-governorates.geojson", "iraq-population.csv");
    prov.get("inputs").forEach(i -> assertThat(i.get("sha256").asText()).hasSize(64));
    assertThat(json.get("uses_illustrative_data").asBoolean()).isTrue();
    assertThat(prov.get("illustrative").toString()).contains("local_forces_per_1000");
    assertThat(prov.get("notes").toString()).contains("apportion");
  }

  @Test
  void stagesFollowTheViolenceOfMid2007() throws Exception {
    JsonNode json =
        new ObjectMapper()
            .readTree(run(withDb("assess", "--as-of", "2007-06", "--format", "json")).out());
    Map<String, Integer> rank = new HashMap<>();
    json.get("regions")
        .forEach(r -> rank.put(r.get("region").asText(), r.get("stage_rank").asInt()));
    // Baghdad and Diyala had over 15 deaths per 100,000 a month in spring 2007: foreign-led or
    // joint.
    assertThat(rank.get("Baghdad")).isLessThanOrEqualTo(1);
    assertThat(rank.get("Diyala")).isLessThanOrEqualTo(1);
    // Muthanna and Dhi Qar (transferred to Iraqi control in 2006) were quiet: at least local
    // control.
    assertThat(rank.get("Muthanna")).isGreaterThanOrEqualTo(3);
    assertThat(rank.get("Dhi Qar")).isGreaterThanOrEqualTo(3);
  }

  @Test
  void tableNamesIllustrativeDataAndEveryBenchmark() {
    Run r = run(withDb("assess", "--as-of", "2007-06", "--region", "Basrah"));
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out())
        .contains(
            "Assessment as of 2007-06",
            "iraq-pic",
            "ILLUSTRATIVE DATA",
            "Basra:",
            "death_rate_low",
            "forces_leading *");
    assertThat(r.out()).doesNotContain("Baghdad:");
  }

  @Test
  void csvHasOneRowPerBenchmarkVerdict() {
    Run r = run(withDb("assess", "--as-of", "2007-06", "--format", "csv"));
    assertThat(r.exit()).as(r.err()).isZero();
    List<String> lines = r.out().lines().toList();
    assertThat(lines.get(0))
        .startsWith(
            "region,month,stage,condition,condition_status,benchmark,indicator,value,threshold");
    assertThat(lines).hasSize(1 + 18 * 10);
  }

  @Test
  void unknownRegionSuggestsTheClosest() {
    Run r = run(withDb("assess", "--region", "Basrra"));
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("no region 'Basrra'", "closest: Basra");
    assertThat(r.err()).as("a user error has no stack trace").doesNotContain("\tat ");
  }

  @Test
  void anAsOfMonthOutsideTheDataIsAnOptionErrorWithTheUsage() {
    for (String command : new String[] {"assess", "forecast", "outlook", "report"}) {
      Run r = run(withDb(command, "--as-of", "1990-01"));
      assertThat(r.exit()).as(command).isEqualTo(2);
      assertThat(r.err())
          .as(command)
          .contains("--as-of 1990-01 is outside the data", "Usage: handover " + command)
          .doesNotContain("\tat ");
    }
  }

  @Test
  void badOptionValuesPrintTheUsage() {
    Run history = run(withDb("history", "--region", "Basra", "--from", "1990-01"));
    assertThat(history.exit()).isEqualTo(2);
    assertThat(history.err()).contains("outside the data", "Usage: handover history");
    Run backtest =
        run(withDb("backtest", "--from", "2007-01", "--to", "2007-02", "--horizons", "6"));
    assertThat(backtest.exit()).isEqualTo(2);
    assertThat(backtest.err()).contains("--horizons takes 1-H", "Usage: handover backtest");
    Run paths = run(withDb("forecast", "--paths", "0"));
    assertThat(paths.exit()).isEqualTo(2);
    assertThat(paths.err())
        .contains("--paths must be at least 1", "Usage: handover forecast")
        .doesNotContain("\tat ");
    Run window = run(withDb("backtest", "--from", "2007-06", "--to", "2007-01"));
    assertThat(window.exit()).isEqualTo(2);
    assertThat(window.err())
        .contains("--to 2007-01 is before --from 2007-06", "Usage: handover backtest");
    Run horizons =
        run(withDb("backtest", "--from", "2007-01", "--to", "2007-02", "--horizons", "1-0"));
    assertThat(horizons.exit()).isEqualTo(2);
    assertThat(horizons.err()).contains("--horizons takes 1-H", "Usage: handover backtest");
    Run theater = run(withDb("assess", "--theater", "atlantis"));
    assertThat(theater.exit()).isEqualTo(2);
    assertThat(theater.err()).contains("no theater 'atlantis'", "Usage: handover assess");
  }

  @Test
  void forecastDefaultsToTheLastMonthWithDataAsAssessDoes() throws Exception {
    JsonNode assessed =
        new ObjectMapper().readTree(run(withDb("assess", "--format", "json")).out());
    YearMonth last = YearMonth.parse(assessed.get("as_of").asText());
    Run r = run(withDb("forecast", "--horizon", "2", "--paths", "100", "--format", "json"));
    assertThat(r.exit()).as(r.err()).isZero();
    JsonNode forecast = new ObjectMapper().readTree(r.out());
    assertThat(forecast.get("origin").asText()).isEqualTo(last.plusMonths(1).toString());
    // Draws are capped per region at a multiple of its record, and the forecast says so.
    assertThat(forecast.get("provenance").get("notes").get("forecast draws capped").asText())
        .contains("draws at their region's cap, in ", " of 18 regions");
  }

  @Test
  void historyShowsEveryMonthAndExplainsChanges() {
    Run r = run(withDb("history", "--region", "Basra", "--format", "csv"));
    assertThat(r.exit()).as(r.err()).isZero();
    List<String> lines = r.out().lines().toList();
    assertThat(lines.get(0))
        .isEqualTo(
            "month,region,conditions_met_stage,recommendation,recommended_stage,"
                + "recommendation_since,recommendation_months,status_stage,status_since,status_decision,change,illustrative_inputs");
    assertThat(lines.get(1)).contains("local_force_personnel");
    assertThat(lines.stream().filter(l -> l.contains("2007-06")).findFirst()).isPresent();
    assertThat(lines.stream().filter(l -> l.contains(" -> ")).count()).isPositive();
  }

  /**
   * The stage changes the history printed before it read typed stage changes from one evaluation,
   * worded byte for byte as then: each on its month's row, after the stage whose conditions are
   * met.
   */
  @Test
  void historyWordsTheTypedStageChangesAsBefore() {
    Run r = run(withDb("history", "--region", "Basra"));
    assertThat(r.exit()).as(r.err()).isZero();
    List<String> lines = r.out().lines().toList();
    assertThat(historyRow(lines, "2005-03", "Basra"))
        .containsSubsequence(
            "JOINT",
            "FOREIGN_LEAD -> JOINT (up): local_forces_present no data -> met (forces_partnering met);"
                + " readiness no data -> not met (forces_leading not met); readiness_full no data -> not met"
                + " (forces_sufficient not met)");
    assertThat(historyRow(lines, "2005-03", "Basra").split("\\s+")[2]).isEqualTo("JOINT");
    assertThat(historyRow(lines, "2005-05", "Basra"))
        .endsWith("JOINT -> LOCAL_CONTROL (up): readiness not met -> met (forces_leading met)");
    assertThat(historyRow(lines, "2005-05", "Basra").split("\\s+")[2]).isEqualTo("LOCAL_CONTROL");
    assertThat(historyRow(lines, "2006-05", "Basra"))
        .endsWith(
            "LOCAL_CONTROL -> LOCAL_LEAD (down): threat_low met -> not met (death_rate_not_rising not met)");
    assertThat(historyRow(lines, "2006-05", "Basra").split("\\s+")[2]).isEqualTo("LOCAL_LEAD");
    assertThat(historyRow(lines, "2007-06", "Basra"))
        .endsWith(
            "LOCAL_CONTROL -> LOCAL_LEAD (down): threat_low met -> not met (death_rate_low not met,"
                + " death_rate_not_rising not met)");
    assertThat(historyRow(lines, "2007-06", "Basra").split("\\s+")[2]).isEqualTo("LOCAL_LEAD");
    assertThat(historyRow(lines, "2007-07", "Basra").split("\\s+")[2]).isEqualTo("LOCAL_LEAD");
    assertThat(historyRow(lines, "2007-07", "Basra")).doesNotContain("->");
  }

  /** The table row of one region and month: "2005-03 Basra JOINT hold ...". */
  private static String historyRow(List<String> lines, String month, String region) {
    return lines.stream()
        .filter(l -> l.startsWith(month + " ") && l.split("\\s+")[1].equals(region))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no row " + month + " " + region));
  }

  /**
   * Status first when decided, then the recommendation with its run of months: Basra in mid-2008 is
   * for review.
   */
  @Test
  void aDecidedRegionWhoseConditionsFailIsForReviewBesideItsStatus() throws Exception {
    Run r = run(withDb("assess", "--as-of", "2008-06"));
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out())
        .contains(
            "  Basra: LOCAL_CONTROL since 2007-12 (decided); its conditions have not held since"
                + " 2008-03 (4 months): for review");
    assertThat(r.out())
        .contains(
            "Basra: LOCAL_LEAD (LOCAL_CONTROL needs threat_low)",
            "  conditions met: LOCAL_LEAD",
            "  status: LOCAL_CONTROL since 2007-12 (decided), decision basra/LOCAL_CONTROL/2007-12-16",
            "Status: decision ledger, decisions imports iraq-security-transfers.csv ");

    JsonNode json =
        new ObjectMapper()
            .readTree(run(withDb("assess", "--as-of", "2008-06", "--format", "json")).out());
    JsonNode basra = null;
    for (JsonNode region : json.get("regions")) {
      assertThat(
              region.has("conditions_met") && region.has("recommendation") && region.has("status"))
          .as(region.get("region").asText())
          .isTrue();
      if (region.get("region").asText().equals("Basra")) {
        basra = region;
      }
    }
    assertThat(basra).isNotNull();
    assertThat(basra.get("conditions_met").get("stage").asText()).isEqualTo("LOCAL_LEAD");
    assertThat(basra.get("recommendation").get("state").asText()).isEqualTo("FOR_REVIEW");
    assertThat(basra.get("recommendation").get("recommended_stage").asText())
        .isEqualTo("LOCAL_CONTROL");
    assertThat(basra.get("recommendation").get("since").asText()).isEqualTo("2008-03");
    assertThat(basra.get("recommendation").get("months").asInt()).isEqualTo(4);
    assertThat(basra.get("status").get("decided").asBoolean()).isTrue();
    assertThat(basra.get("status").get("stage").asText()).isEqualTo("LOCAL_CONTROL");
    assertThat(basra.get("status").get("since").asText()).isEqualTo("2007-12");
    assertThat(basra.get("status").get("decision").asText())
        .isEqualTo("basra/LOCAL_CONTROL/2007-12-16");
    JsonNode prov = json.get("provenance");
    List<String> decisionInputs = new ArrayList<>();
    prov.get("inputs")
        .forEach(
            i -> {
              if (i.get("role").asText().equals("decisions")) {
                decisionInputs.add(i.get("name").asText());
                assertThat(i.get("sha256").asText()).hasSize(64);
              }
            });
    assertThat(decisionInputs).containsExactly("iraq-security-transfers.csv");
    assertThat(prov.get("notes").get("status").asText())
        .contains("decision ledger", "iraq-security-transfers.csv");

    List<String> csv =
        run(withDb("assess", "--as-of", "2008-06", "--region", "Basra", "--format", "csv"))
            .out()
            .lines()
            .toList();
    List<String> header = List.of(csv.get(0).split(","));
    List<String> row = List.of(csv.get(1).split(","));
    assertThat(row.get(header.indexOf("conditions_met_stage"))).isEqualTo("LOCAL_LEAD");
    assertThat(row.get(header.indexOf("recommendation"))).isEqualTo("for review");
    assertThat(row.get(header.indexOf("recommended_stage"))).isEqualTo("LOCAL_CONTROL");
    assertThat(row.get(header.indexOf("recommendation_since"))).isEqualTo("2008-03");
    assertThat(row.get(header.indexOf("recommendation_months"))).isEqualTo("4");
    assertThat(row.get(header.indexOf("status_stage"))).isEqualTo("LOCAL_CONTROL");
    assertThat(row.get(header.indexOf("status_since"))).isEqualTo("2007-12");
    assertThat(row.get(header.indexOf("status_decision")))
        .isEqualTo("basra/LOCAL_CONTROL/2007-12-16");
  }

  /**
   * Before the first transfer (Muthanna, July 2006) no region was decided: each says so, with its
   * own track.
   */
  @Test
  void aRegionNotYetDecidedSaysSo() throws Exception {
    Run r = run(withDb("assess", "--as-of", "2006-01", "--region", "Baghdad"));
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out())
        .contains("  Baghdad: not decided (recommended track ", "  status: not decided");
    JsonNode json =
        new ObjectMapper()
            .readTree(run(withDb("assess", "--as-of", "2006-01", "--format", "json")).out());
    json.get("regions")
        .forEach(
            region -> {
              assertThat(region.get("status").get("decided").asBoolean()).isFalse();
              assertThat(region.get("status").get("stage").isNull()).isTrue();
              assertThat(region.get("recommendation").get("relative_to_decided").asBoolean())
                  .isFalse();
            });
    Run history = run(withDb("history", "--region", "Baghdad", "--to", "2006-01"));
    assertThat(history.out().lines().filter(l -> l.startsWith("2006-01 ")))
        .singleElement()
        .satisfies(l -> assertThat(l).contains("not decided"));
  }

  @Test
  void historyWithoutRegionsGivesEveryRegionEveryMonthWithTheThreeColumns() {
    Run r = run(withDb("history", "--format", "csv"));
    assertThat(r.exit()).as(r.err()).isZero();
    List<String> lines = r.out().lines().toList();
    List<String> header = List.of(lines.get(0).split(","));
    assertThat(header)
        .contains(
            "month",
            "region",
            "conditions_met_stage",
            "recommendation",
            "recommended_stage",
            "status_stage",
            "change");
    long months = lines.stream().skip(1).map(l -> l.substring(0, 7)).distinct().count();
    assertThat(months).isGreaterThan(100);
    assertThat(lines).hasSize(1 + 18 * (int) months);
    assertThat(lines.stream().skip(1).map(l -> l.split(",")[1]).distinct()).hasSize(18);
    assertThat(lines)
        .anySatisfy(
            l ->
                assertThat(l)
                    .startsWith(
                        "2008-06,Basra,LOCAL_LEAD,for review,LOCAL_CONTROL,2008-03,4,LOCAL_CONTROL,2007-12,basra/LOCAL_CONTROL/2007-12-16,"));

    Run two =
        run(
            withDb(
                "history",
                "--region",
                "Basrah",
                "--region",
                "Baghdad",
                "--from",
                "2008-01",
                "--to",
                "2008-06"));
    assertThat(two.exit()).as(two.err()).isZero();
    List<String> rows = two.out().lines().filter(l -> l.startsWith("2008-")).toList();
    assertThat(rows).hasSize(12);
    // columns line up: every row's status column starts where the header's does
    String head = two.out().lines().filter(l -> l.startsWith("month ")).findFirst().orElseThrow();
    int status = head.indexOf("status ");
    assertThat(rows)
        .allSatisfy(l -> assertThat(l.charAt(status - 1)).isEqualTo(' '))
        .allSatisfy(l -> assertThat(l.charAt(status)).isNotEqualTo(' '));
  }

  @Test
  void sameInputsGiveTheSameOutput() {
    String a = run(withDb("assess", "--as-of", "2008-03", "--format", "json")).out();
    String b = run(withDb("assess", "--as-of", "2008-03", "--format", "json")).out();
    assertThat(a).isEqualTo(b).isNotBlank();
  }

  @Test
  void importListRecordsTheRealRejection() {
    Run r = run(withDb("imports"));
    assertThat(r.out()).contains("ibc-event", "IBC_event.csv", "committed");
    Run rej = run(withDb("imports", "--rejections", "5"));
    assertThat(rej.out()).contains("IBC_event.csv:8782: field 'Start.Date' = \"upto\"");
  }

  @Test
  void exportWritesTablesAndAssessmentAsCsvAndParquet() throws Exception {
    Path out = dir.resolve("export");
    Run r = run(withDb("export", "--out", out.toString(), "--as-of", "2007-06"));
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(out.resolve("events.parquet")).exists();
    assertThat(out.resolve("assessment-2007-06.provenance.json"))
        .content()
        .contains("iraq-pic", "IBC_event.csv");
    try (var c = DriverManager.getConnection("jdbc:duckdb:");
        var rs =
            c.createStatement()
                .executeQuery(
                    "SELECT count(*), count(DISTINCT region), sum(CASE WHEN illustrative THEN 1 ELSE 0 END) "
                        + "FROM read_parquet('"
                        + out.resolve("assessment-2007-06.parquet")
                        + "')")) {
      rs.next();
      assertThat(rs.getLong(1)).isEqualTo(18 * 10);
      assertThat(rs.getLong(2)).isEqualTo(18);
      assertThat(rs.getLong(3)).isPositive();
    }
    try (var c = DriverManager.getConnection("jdbc:duckdb:");
        var rs =
            c.createStatement()
                .executeQuery(
                    "SELECT count(*) FROM read_parquet('" + out.resolve("events.parquet") + "')")) {
      rs.next();
      assertThat(rs.getLong(1)).isEqualTo(27_522);
    }
  }

  @Test
  void exportWithAllMonthsWritesTheRecommendationHistoryBesideTheAssessment() throws Exception {
    Path out = dir.resolve("export-all");
    Run r =
        run(withDb("export", "--out", out.toString(), "--all-months", "--formats", "csv,parquet"));
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out())
        .contains("recommendation-history.parquet", "recommendation-history.provenance.json");
    assertThat(out.resolve("recommendation-history.provenance.json"))
        .content()
        .contains("iraq-security-transfers.csv", "\"role\" : \"decisions\"", "decision ledger");
    assertThat(out.resolve("assessment-history.provenance.json"))
        .content()
        .contains("iraq-security-transfers.csv");
    try (var c = DriverManager.getConnection("jdbc:duckdb:");
        var rs =
            c.createStatement()
                .executeQuery(
                    "SELECT count(*), count(DISTINCT region), count(DISTINCT month), "
                        + "count(status_stage), max(illustrative_inputs) FROM read_parquet('"
                        + out.resolve("recommendation-history.parquet")
                        + "')")) {
      rs.next();
      assertThat(rs.getLong(2)).isEqualTo(18);
      assertThat(rs.getLong(1)).isEqualTo(18 * rs.getLong(3));
      assertThat(rs.getLong(4)).isPositive().isLessThan(rs.getLong(1));
      assertThat(rs.getString(5)).contains("local_force_personnel");
    }
    try (var c = DriverManager.getConnection("jdbc:duckdb:");
        var rs =
            c.createStatement()
                .executeQuery(
                    "SELECT conditions_met_stage, recommendation, recommended_stage, "
                        + "recommendation_since, recommendation_months, status_stage, status_since, status_decision FROM read_parquet('"
                        + out.resolve("assessment-history.parquet")
                        + "') WHERE region = 'Basra' AND month = '2008-06' LIMIT 1")) {
      assertThat(rs.next()).isTrue();
      assertThat(
              List.of(
                  rs.getString(1),
                  rs.getString(2),
                  rs.getString(3),
                  rs.getString(4),
                  rs.getString(5),
                  rs.getString(6),
                  rs.getString(7),
                  rs.getString(8)))
          .containsExactly(
              "LOCAL_LEAD",
              "for review",
              "LOCAL_CONTROL",
              "2008-03",
              "4",
              "LOCAL_CONTROL",
              "2007-12",
              "basra/LOCAL_CONTROL/2007-12-16");
    }
  }

  @Test
  void exportOnlyTheRecommendationHistoryWritesItAloneAsTheFullExportDoes() throws Exception {
    Path full = dir.resolve("only-full");
    Path only = dir.resolve("only-history");
    Run f = run(withDb("export", "--out", full.toString(), "--all-months"));
    assertThat(f.exit()).as(f.err()).isZero();
    Run r =
        run(
            withDb(
                "export",
                "--out",
                only.toString(),
                "--all-months",
                "--only",
                "recommendation-history"));
    assertThat(r.exit()).as(r.err()).isZero();
    List<String> names = List.of("csv", "parquet", "provenance.json");
    try (var files = Files.list(only)) {
      assertThat(files.map(p -> p.getFileName().toString()))
          .containsExactlyInAnyOrderElementsOf(
              names.stream().map(e -> "recommendation-history." + e).toList());
    }
    for (String e : names) {
      assertThat(Files.readAllBytes(only.resolve("recommendation-history." + e)))
          .as(e)
          .isEqualTo(Files.readAllBytes(full.resolve("recommendation-history." + e)));
    }
    assertThat(r.out().lines().filter(l -> l.startsWith("wrote ")))
        .containsExactly(
            "wrote " + only.resolve("recommendation-history.csv"),
            "wrote " + only.resolve("recommendation-history.parquet"),
            "wrote " + only.resolve("recommendation-history.provenance.json"));
    assertThat(r.out())
        .contains("recommendation-history says so in its 'illustrative_inputs' column")
        .doesNotContain("assessment");
  }

  @Test
  void exportOnlyNamedTablesAndTheirProvenanceAsTheFullExportWritesThem() throws Exception {
    Path full = dir.resolve("only-full-month");
    Path only = dir.resolve("only-some");
    Run f = run(withDb("export", "--out", full.toString(), "--as-of", "2007-06"));
    assertThat(f.exit()).as(f.err()).isZero();
    Run r =
        run(
            withDb(
                "export",
                "--out",
                only.toString(),
                "--as-of",
                "2007-06",
                "--formats",
                "csv",
                "--only",
                "assessment,region_aliases",
                "--only",
                "events"));
    assertThat(r.exit()).as(r.err()).isZero();
    List<String> written =
        List.of(
            "region_aliases.csv",
            "events.csv",
            "assessment-2007-06.csv",
            "assessment-2007-06.provenance.json");
    try (var files = Files.list(only)) {
      assertThat(files.map(p -> p.getFileName().toString()))
          .containsExactlyInAnyOrderElementsOf(written);
    }
    for (String name : written) {
      assertThat(Files.readAllBytes(only.resolve(name)))
          .as(name)
          .isEqualTo(Files.readAllBytes(full.resolve(name)));
    }
    assertThat(r.out().lines().filter(l -> l.startsWith("wrote ")))
        .containsExactlyElementsOf(written.stream().map(n -> "wrote " + only.resolve(n)).toList());

    // canonical tables only: no benchmark set is loaded, nothing about the assessment is said
    Path canonical = dir.resolve("only-canonical");
    Run c = run(withDb("export", "--out", canonical.toString(), "--only", "decisions"));
    assertThat(c.exit()).as(c.err()).isZero();
    assertThat(c.out()).doesNotContain("note:");
    try (var files = Files.list(canonical)) {
      assertThat(files.map(p -> p.getFileName().toString()))
          .containsExactlyInAnyOrder("decisions.csv", "decisions.parquet");
    }
  }

  @Test
  void exportOnlyRefusesATableItDoesNotWriteListingTheTables() {
    Path out = dir.resolve("only-refused");
    Run unknown = run(withDb("export", "--out", out.toString(), "--only", "events,recomendations"));
    assertThat(unknown.exit()).isEqualTo(2);
    assertThat(unknown.err())
        .contains("--only: unknown table 'recomendations'")
        .contains(
            "imports, rejections, regions, region_aliases, neighbours, events, measurements,"
                + " decisions, assessment, assessment-history, recommendation-history");
    Run withoutAllMonths =
        run(withDb("export", "--out", out.toString(), "--only", "recommendation-history"));
    assertThat(withoutAllMonths.exit()).isEqualTo(2);
    assertThat(withoutAllMonths.err())
        .contains("--only recommendation-history: that table is written with --all-months");
    Run oneMonth =
        run(withDb("export", "--out", out.toString(), "--all-months", "--only", "assessment"));
    assertThat(oneMonth.exit()).isEqualTo(2);
    assertThat(oneMonth.err())
        .contains("with --all-months the assessment is written as assessment-history");
    assertThat(out).doesNotExist();
  }

  @Test
  void outlookShowsStatusAndRecommendationBesideReadiness() throws Exception {
    Run r = run(withDb("outlook", "--as-of", "2008-06", "--horizon", "6", "--paths", "100"));
    assertThat(r.exit()).as(r.err()).isZero();
    String basra = r.out().lines().filter(l -> l.startsWith("Basra ")).findFirst().orElseThrow();
    assertThat(basra).contains("LOCAL_CONTROL  for review");
    String anbar = r.out().lines().filter(l -> l.startsWith("Anbar ")).findFirst().orElseThrow();
    assertThat(anbar).contains("not decided");
    JsonNode json =
        new ObjectMapper()
            .readTree(
                run(withDb(
                        "outlook",
                        "--as-of",
                        "2008-06",
                        "--horizon",
                        "6",
                        "--paths",
                        "100",
                        "--format",
                        "json"))
                    .out());
    JsonNode b = null;
    for (JsonNode region : json.get("regions")) {
      if (region.get("region").asText().equals("Basra")) {
        b = region;
      }
    }
    assertThat(b).isNotNull();
    assertThat(b.get("status").get("stage").asText()).isEqualTo("LOCAL_CONTROL");
    assertThat(b.get("recommendation").get("state").asText()).isEqualTo("FOR_REVIEW");
    assertThat(json.get("provenance").get("notes").get("status").asText())
        .contains("iraq-security-transfers.csv");
    List<String> csv =
        run(withDb(
                "outlook",
                "--as-of",
                "2008-06",
                "--horizon",
                "6",
                "--paths",
                "100",
                "--format",
                "csv"))
            .out()
            .lines()
            .toList();
    assertThat(csv.get(0))
        .contains("recommendation,recommended_stage", "status_stage,status_since,status_decision");
    assertThat(csv)
        .anySatisfy(
            l ->
                assertThat(l)
                    .startsWith("Basra,")
                    .contains(
                        ",for review,LOCAL_CONTROL,2008-03,4,"
                            + "LOCAL_CONTROL,2007-12,basra/LOCAL_CONTROL/2007-12-16,"));
  }

  @Test
  void forecastQuantilesAreOrderedAndReproducible() throws Exception {
    String[] args =
        withDb(
            "forecast",
            "--as-of",
            "2007-06",
            "--horizon",
            "6",
            "--paths",
            "300",
            "--format",
            "json");
    Run a = run(args);
    assertThat(a.exit()).as(a.err()).isZero();
    assertThat(run(args).out()).isEqualTo(a.out());
    JsonNode json = new ObjectMapper().readTree(a.out());
    assertThat(json.get("origin").asText()).isEqualTo("2007-07");
    assertThat(json.get("regions")).hasSize(18);
    json.get("regions")
        .forEach(
            r ->
                r.get("months")
                    .forEach(
                        m -> {
                          assertThat(m.get("q10").asDouble())
                              .isLessThanOrEqualTo(m.get("q50").asDouble());
                          assertThat(m.get("q50").asDouble())
                              .isLessThanOrEqualTo(m.get("q90").asDouble());
                        }));
    assertThat(json.get("provenance").get("seed").asLong()).isEqualTo(42);
    Run other =
        run(
            withDb(
                "forecast",
                "--as-of",
                "2007-06",
                "--horizon",
                "6",
                "--paths",
                "300",
                "--format",
                "json",
                "--seed",
                "7"));
    assertThat(other.out()).isNotEqualTo(a.out());
  }

  @Test
  void outlookGivesEveryRegionAndUsesNothingObservedAfterTheAsOfMonth() {
    Run r = run(withDb("outlook", "--as-of", "2007-06", "--horizon", "12", "--paths", "200"));
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out())
        .contains("Outlook from 2007-07", "ILLUSTRATIVE DATA", "Baghdad", "Wasit", "P(6m)");
    assertThat(r.out())
        .contains("local_force_personnel        no values after the origin")
        .doesNotContain("scheduled values");
    Run csv =
        run(
            withDb(
                "outlook",
                "--as-of",
                "2007-06",
                "--horizon",
                "12",
                "--paths",
                "200",
                "--format",
                "csv"));
    assertThat(csv.out().lines().count()).isEqualTo(1 + 18 * 12);
    assertThat(csv.out().lines().skip(1))
        .allSatisfy(l -> assertThat(l).contains("local_force_personnel"));
  }

  @Test
  void anOutlookShorterThanAYearLeavesTheLongerColumnsEmpty() {
    Run r = run(withDb("outlook", "--as-of", "2007-06", "--horizon", "6", "--paths", "100"));
    assertThat(r.exit()).as(r.err()).isZero();
    String baghdad =
        r.out().lines().filter(l -> l.startsWith("Baghdad ")).findFirst().orElseThrow();
    String[] chances = baghdad.substring(45).trim().split("\\s+");
    assertThat(chances[1]).as("P(6m)").endsWith("%");
    assertThat(chances[2]).as("P(12m), beyond the horizon").isEqualTo("-");
  }

  @Test
  void outlookAsJsonNamesTheIllustrativeInputsAndItsProvenance() throws Exception {
    String[] args =
        withDb(
            "outlook",
            "--as-of",
            "2007-06",
            "--horizon",
            "12",
            "--paths",
            "200",
            "--format",
            "json");
    Run r = run(args);
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(run(args).out()).isEqualTo(r.out());
    JsonNode json = new ObjectMapper().readTree(r.out());
    assertThat(json.get("origin").asText()).isEqualTo("2007-07");
    assertThat(json.get("horizon").asInt()).isEqualTo(12);
    assertThat(json.get("seed").asLong()).isEqualTo(42);
    assertThat(json.get("paths").asInt()).isEqualTo(200);
    assertThat(json.get("benchmark_set").get("name").asText()).isEqualTo("iraq-pic");
    assertThat(json.get("uses_illustrative_data").asBoolean()).isTrue();
    assertThat(json.get("illustrative_inputs").toString()).contains("local_force_personnel");
    assertThat(json.get("inputs").toString())
        .contains("\"variable\":\"local_force_personnel\"", "carried_forward");
    assertThat(json.get("regions")).hasSize(18);
    json.get("regions")
        .forEach(
            region -> {
              assertThat(region.get("months")).hasSize(12);
              double previous = 0;
              for (JsonNode m : region.get("months")) {
                if (region.get("next_stage").isNull()) {
                  assertThat(m.get("p_ready_by").isNull()).isTrue();
                } else {
                  assertThat(m.get("p_ready_by").asDouble()).isBetween(previous, 1.0);
                  previous = m.get("p_ready_by").asDouble();
                }
              }
            });
    JsonNode prov = json.get("provenance");
    assertThat(prov.get("seed").asLong()).isEqualTo(42);
    assertThat(prov.get("illustrative").toString()).contains("local_force_personnel");
    assertThat(prov.get("notes").toString()).contains("outlook inputs");
  }

  @Test
  void backtestScoresTheModelAndTheBaselines() throws Exception {
    Path out = dir.resolve("backtest.csv");
    Run r =
        run(
            withDb(
                "backtest",
                "--from",
                "2007-01",
                "--to",
                "2007-06",
                "--horizons",
                "1-2",
                "--paths",
                "200",
                "--out",
                out.toString()));
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out())
        .contains(
            "nb-dynamic", "no-change", "zero", "Skill of nb-dynamic", "MAE mean", "bias mean");
    List<String> lines = Files.readAllLines(out);
    assertThat(lines.get(0))
        .startsWith("variable,model,baseline,horizon,n,crps,mae_log1p,mae_mean,bias_mean,");
    assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("deaths_best,nb-dynamic,false,1,"));
  }

  @Test
  void everyCommandPrintsItsHelpWithoutWarnings() {
    PrintStream saved = System.err;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    System.setErr(new PrintStream(captured, true));
    try {
      CommandLine root = HandoverCommand.commandLine();
      assertThat(root.getSubcommands())
          .containsKeys(
              "import",
              "assess",
              "history",
              "export",
              "report",
              "forecast",
              "backtest",
              "outlook",
              "imports",
              "example",
              "decide",
              "decisions");
      for (String name :
          root.getSubcommands().keySet().stream().filter(n -> !n.equals("help")).toList()) {
        Run r = run(name, "--help");
        assertThat(r.exit()).as(name).isZero();
        assertThat(r.out()).as(name).startsWith("Usage: handover " + name);
      }
    } finally {
      System.setErr(saved);
    }
    // picocli reports descriptions it cannot format on System.err, not on the command's writer
    assertThat(captured.toString()).doesNotContain("WARN");
  }

  @Test
  void theMainHelpListsScaleWhichRunsInSparkThroughTheLauncher() {
    Run help = run("--help");
    assertThat(help.exit()).isZero();
    assertThat(help.out().replaceAll("\\s+", " "))
        .contains(
            " export Export the canonical tables",
            " scale Judge every region and month inside Apache Spark (spark module; see"
                + " docs/scale-out.md). report ");
    Run scale = run("help", "scale");
    assertThat(scale.out().replaceAll("\\s+", " "))
        .contains("Usage: handover scale", "'handover scale --help' there lists its options");
    // reached without the launcher (which hands scale to the spark module), it says what to do
    Run direct = run("scale", "--master", "local[2]", "--tables", "t");
    assertThat(direct.exit()).isEqualTo(2);
    assertThat(direct.err())
        .contains("handover scale runs inside Apache Spark", "launcher script", "scale-out.md");
  }

  @Test
  void reportIsWrittenOffline() throws Exception {
    Path html = dir.resolve("report.html");
    Run r = run(withDb("report", "--as-of", "2007-06", "--out", html.toString()));
    assertThat(r.exit()).as(r.err()).isZero();
    String page = Files.readString(html);
    assertThat(Files.size(html)).isLessThan(5_000_000);
    assertThat(page)
        .contains("Illustrative data")
        .doesNotContain("<script src=")
        .doesNotContain("<link href=\"http");
    // the built-in ledger reaches the report: its section, and its file named in the footer
    assertThat(page)
        .contains(
            "Recommendations and decisions", "iraq-security-transfers.csv (decisions, import ");
  }

  /** The real command in its own process, with {@code environment} added to this one's. */
  static Run process(Map<String, String> environment, String... args) throws Exception {
    List<String> command =
        new ArrayList<>(
            List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                "org.handover.app.Main"));
    command.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(command);
    pb.environment().putAll(environment);
    Path out = Files.createTempFile(dir, "out", ".txt");
    Path err = Files.createTempFile(dir, "err", ".txt");
    Process p = pb.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    int exit = p.waitFor();
    return new Run(exit, Files.readString(out), Files.readString(err));
  }

  @Test
  void twoReportsWithSourceDateEpochAreTheSameBytesAndShowThatTime() throws Exception {
    // 2007-07-01 00:00:00 UTC
    Map<String, String> env = Map.of("SOURCE_DATE_EPOCH", "1183248000");
    List<byte[]> pages = new ArrayList<>();
    for (String name : List.of("a.html", "b.html")) {
      Path html = dir.resolve("reproducible-" + name);
      Run r =
          process(
              env,
              withDb(
                  "report",
                  "--as-of",
                  "2007-06",
                  "--paths",
                  "200",
                  "--horizon",
                  "6",
                  "--out",
                  html.toString()));
      assertThat(r.exit()).as(r.err()).isZero();
      pages.add(Files.readAllBytes(html));
    }
    assertThat(pages.get(1)).isEqualTo(pages.get(0));
    String page = new String(pages.get(0), StandardCharsets.UTF_8);
    assertThat(page).contains("generated 2007-07-01 00:00 UTC").contains("Forecast");
  }

  @Test
  void anInvalidSourceDateEpochIsAUserErrorNamingIt() throws Exception {
    Run r =
        process(
            Map.of("SOURCE_DATE_EPOCH", "yesterday"),
            withDb("report", "--no-forecast", "--out", dir.resolve("never.html").toString()));
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("SOURCE_DATE_EPOCH").contains("'yesterday'");
    assertThat(dir.resolve("never.html")).doesNotExist();
  }

  @Test
  void aBadMonthOrAnUnknownImportIsToldInTheUsersTerms() {
    Run month = run(withDb("assess", "--as-of", "2007-13"));
    assertThat(month.exit()).isEqualTo(2);
    assertThat(month.err())
        .contains("'2007-13' is not a month: month 13 does not exist (01 to 12)")
        .doesNotContain("TemporalAccessor");
    Run text = run(withDb("history", "--region", "Basra", "--from", "June 2007"));
    assertThat(text.exit()).isEqualTo(2);
    assertThat(text.err()).contains("'June 2007' is not a month: write YYYY-MM, e.g. 2007-06");

    Run none = run(withDb("imports", "--rejections", "999999"));
    assertThat(none.exit()).isEqualTo(2);
    assertThat(none.err()).contains("no import 999999 in ").contains("handover imports lists them");
    assertThat(none.out()).doesNotContain("rejected rows");
  }

  @Test
  void reportTimelineStopsAtTheAsOfMonthUnlessAskedToShowWhatCameAfter() throws Exception {
    Path html = dir.resolve("report-as-of.html");
    Run r = run(withDb("report", "--as-of", "2007-06", "--no-forecast", "--out", html.toString()));
    assertThat(r.exit()).as(r.err()).isZero();
    List<YearMonth> months = timelineMonths(Files.readString(html));
    assertThat(months).isNotEmpty().allMatch(m -> !m.isAfter(YearMonth.of(2007, 6)));

    r =
        run(
            withDb(
                "report",
                "--as-of",
                "2007-06",
                "--no-forecast",
                "--show-after",
                "--out",
                html.toString()));
    assertThat(r.exit()).as(r.err()).isZero();
    String page = Files.readString(html);
    assertThat(timelineMonths(page)).anyMatch(m -> m.isAfter(YearMonth.of(2007, 7)));
    assertThat(page).contains("after Jun 2007: not known at the time");
  }

  /**
   * The months the stage timeline's runs cover: each run's first month and the one its end closes.
   */
  private static List<YearMonth> timelineMonths(String page) throws Exception {
    String marker = "<script type=\"application/json\" id=\"handover-specs\">";
    int from = page.indexOf(marker) + marker.length();
    JsonNode specs =
        new ObjectMapper().readTree(page.substring(from, page.indexOf("</script>", from)));
    List<YearMonth> months = new ArrayList<>();
    for (JsonNode run :
        specs.path("timeline-stages").path("layer").get(0).path("data").path("values")) {
      months.add(YearMonth.parse(run.path("start").asText().substring(0, 7)));
      months.add(YearMonth.parse(run.path("end").asText().substring(0, 7)).minusMonths(1));
    }
    return months;
  }

  @Test
  void reportHasTheForecastSectionWithTheBacktestWhenAsked() throws Exception {
    Path html = dir.resolve("report-forecast.html");
    Run r =
        run(
            withDb(
                "report",
                "--as-of",
                "2007-06",
                "--out",
                html.toString(),
                "--paths",
                "200",
                "--horizon",
                "12",
                "--seed",
                "7",
                "--backtest-from",
                "2007-01",
                "--backtest-to",
                "2007-03"));
    assertThat(r.exit()).as(r.err()).isZero();
    String page = Files.readString(html);
    assertThat(Files.size(html)).isLessThan(5_000_000);
    assertThat(page)
        .contains(
            "<section id=\"forecast\"",
            "id=\"forecast-fans\"",
            "id=\"forecast-outlook\"",
            "id=\"forecast-readiness-map\"",
            "id=\"forecast-crps\"",
            "200 sample paths, seed 7",
            "Jul 2007",
            "PIT coverage",
            "the outlook judges illustrative inputs")
        .doesNotContain("No backtest in this report");
    // the forecast's seed and notes reach the provenance footer
    assertThat(page.substring(page.indexOf("<section id=\"provenance\"")))
        .contains("forecast model", "outlook inputs", "forecast origin");
  }

  @Test
  void reportSaysHowToGetTheBacktestAndCanLeaveTheForecastOut() throws Exception {
    Path with = dir.resolve("report-no-backtest.html");
    Run r =
        run(
            withDb(
                "report",
                "--as-of",
                "2007-06",
                "--out",
                with.toString(),
                "--paths",
                "100",
                "--horizon",
                "6"));
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(Files.readString(with))
        .contains("No backtest in this report", "--backtest-from")
        .doesNotContain("id=\"forecast-crps\"");
    Path without = dir.resolve("report-no-forecast.html");
    r = run(withDb("report", "--as-of", "2007-06", "--out", without.toString(), "--no-forecast"));
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(Files.readString(without)).doesNotContain("<section id=\"forecast\"");
    r = run(withDb("report", "--out", without.toString(), "--backtest-from", "2007-01"));
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err())
        .contains("--backtest-to", "Missing required argument", "Usage: handover report");
  }
}
