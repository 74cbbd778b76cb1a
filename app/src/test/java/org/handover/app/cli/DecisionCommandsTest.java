package org.handover.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The decision ledger at the command line, on its own copy of the built-in example (decide writes
 * to it).
 */
class DecisionCommandsTest {
  @TempDir static Path dir;
  static Path db;

  static CommandLineTest.Run run(String... args) {
    return CommandLineTest.run(args);
  }

  static CommandLineTest.Run inDb(String... args) {
    List<String> all = new ArrayList<>(List.of(args));
    all.add("--db");
    all.add(db.toString());
    return run(all.toArray(String[]::new));
  }

  @BeforeAll
  static void loadExample() {
    db = dir.resolve("iraq.duckdb");
    CommandLineTest.Run r = run("example", "--db", db.toString());
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.err())
        .contains("decisions iraq-security-transfers.csv: 18 rows read, 18 imported, 0 rejected");
  }

  @Test
  void theBuiltInLedgerHoldsTheEighteenTransfers() throws Exception {
    CommandLineTest.Run r =
        inDb("decisions", "--region", "Muthanna", "--region", "Salah ad Din", "--format", "json");
    assertThat(r.exit()).as(r.err()).isZero();
    JsonNode json = new ObjectMapper().readTree(r.out());
    assertThat(json.get("entries")).hasSize(2);
    JsonNode muthanna = json.get("entries").get(0);
    assertThat(muthanna.get("effective").asText()).isEqualTo("2006-07-13");
    assertThat(muthanna.get("to_stage").asText()).isEqualTo("LOCAL_CONTROL");
    assertThat(muthanna.get("source").asText())
        .contains("Measuring Stability and Security in Iraq");
    assertThat(muthanna.get("origin").asText()).startsWith("import ");
    CommandLineTest.Run csv = inDb("decisions", "--format", "csv");
    assertThat(csv.out().lines().filter(l -> l.contains(",REAL,"))).hasSizeGreaterThanOrEqualTo(18);
  }

  @Test
  void decideThenSupersedeKeepsBothAndMarksTheOldOne() throws Exception {
    CommandLineTest.Run first =
        inDb(
            "decide",
            "--region",
            "Basrah",
            "--to",
            "LOCAL_CONTROL",
            "--effective",
            "2007-12-20",
            "--decided-by",
            "Prime Minister",
            "--agreed-by",
            "Government of Iraq",
            "--agreed-by",
            "MNF-I",
            "--id",
            "b1");
    assertThat(first.exit()).as(first.err()).isZero();
    assertThat(first.out())
        .contains("recorded b1: Basra to LOCAL_CONTROL")
        .contains("as of 2007-12");
    CommandLineTest.Run second =
        inDb(
            "decide",
            "--region",
            "Basra",
            "--to",
            "LOCAL_CONTROL",
            "--effective",
            "2007-12-21",
            "--decided-by",
            "Prime Minister",
            "--supersedes",
            "b1",
            "--id",
            "b2",
            "--note",
            "date corrected");
    assertThat(second.exit()).as(second.err()).isZero();
    CommandLineTest.Run list = inDb("decisions", "--region", "Basra");
    assertThat(list.out())
        .containsPattern("b1 .*superseded by b2")
        .containsPattern("b2 .*corrects b1")
        .contains("recorded with handover decide");
    JsonNode json =
        new ObjectMapper()
            .readTree(inDb("decisions", "--region", "Basra", "--format", "json").out());
    JsonNode b1 = json.get("entries").get(1);
    assertThat(b1.get("id").asText()).isEqualTo("b1");
    assertThat(b1.get("superseded").asBoolean()).isTrue();
    assertThat(b1.get("superseded_by").asText()).isEqualTo("b2");
    assertThat(b1.get("basis_set").asText()).isEqualTo("iraq-pic");
    assertThat(b1.get("basis_sha256").asText()).hasSize(64);
    assertThat(b1.get("agreed_by")).hasSize(2);
    CommandLineTest.Run again =
        inDb(
            "decide",
            "--region",
            "Basra",
            "--to",
            "LOCAL_CONTROL",
            "--effective",
            "2007-12-22",
            "--decided-by",
            "PM",
            "--supersedes",
            "b1");
    assertThat(again.exit()).isEqualTo(ExitCodes.USER_ERROR);
    assertThat(again.err()).contains("b2 already supersedes");
  }

  @Test
  void aBadDecisionNamesEveryWrongOptionAndRecordsNothing() {
    CommandLineTest.Run r =
        inDb(
            "decide",
            "--region",
            "Atlantis",
            "--to",
            "HANDED_OVER",
            "--effective",
            "2030-01-01",
            "--announced",
            "2031-01-01",
            "--decided-by",
            "nobody");
    assertThat(r.exit()).isEqualTo(ExitCodes.USER_ERROR);
    assertThat(r.err())
        .contains("--region Atlantis: unknown region")
        .contains("--to HANDED_OVER")
        .contains("before the announced date")
        .contains("outside the months of data");
    assertThat(inDb("decisions", "--region", "Anbar").out()).doesNotContain("nobody");
  }

  @Test
  void compareMeasuresTheRecommendationsAgainstTheTransfers() throws Exception {
    CommandLineTest.Run r = inDb("decisions", "compare");
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out())
        .startsWith(
            "Recommendations for LOCAL_CONTROL against the decisions, benchmark set iraq-pic")
        .contains("ILLUSTRATIVE DATA: the recommendations rest partly on")
        .contains("Spearman rank correlation")
        .contains("Median lead")
        .contains("Decided while recommended")
        .contains("Inputs: ");
    JsonNode json =
        new ObjectMapper().readTree(inDb("decisions", "compare", "--format", "json").out());
    assertThat(json.get("regions")).hasSize(18);
    assertThat(json.get("provenance").get("benchmark_set").get("name").asText())
        .isEqualTo("iraq-pic");
    CommandLineTest.Run bad = inDb("decisions", "compare", "--stage", "NOPE");
    assertThat(bad.exit()).isEqualTo(ExitCodes.USER_ERROR);
    assertThat(bad.err()).contains("LOCAL_CONTROL");
  }

  @Test
  void exportWritesTheDecisionsTable() throws Exception {
    Path out = dir.resolve("export");
    CommandLineTest.Run r =
        inDb("export", "--out", out.toString(), "--formats", "csv", "--as-of", "2007-06");
    assertThat(r.exit()).as(r.err()).isZero();
    List<String> lines = Files.readAllLines(out.resolve("decisions.csv"));
    assertThat(lines.get(0))
        .startsWith("theater,id,kind,region,part,from_stage,to_stage,announced,effective");
    assertThat(
            lines.stream()
                .filter(l -> l.contains("iraq-security-transfers") || l.contains(",import ")))
        .hasSizeGreaterThanOrEqualTo(18);
  }

  @Test
  void theNewCommandsPrintTheirHelpWithoutWarnings() {
    PrintStream saved = System.err;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    System.setErr(new PrintStream(captured, true));
    try {
      for (String[] command :
          List.of(
              new String[] {"decide"},
              new String[] {"decisions"},
              new String[] {"decisions", "compare"})) {
        List<String> args = new ArrayList<>(List.of(command));
        args.add("--help");
        CommandLineTest.Run r = run(args.toArray(String[]::new));
        String name = String.join(" ", command);
        assertThat(r.exit()).as(name).isZero();
        assertThat(r.out()).as(name).startsWith("Usage: handover " + name);
      }
    } finally {
      System.setErr(saved);
    }
    assertThat(captured.toString()).doesNotContain("WARN");
  }
}
