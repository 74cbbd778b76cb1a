package org.handover.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code handover plan} on the built-in data: deterministic, with its facts and its errors. */
class PlanCommandTest {
  @TempDir static Path dir;
  static Path db;

  @BeforeAll
  static void loadExample() {
    db = dir.resolve("iraq.duckdb");
    CommandLineTest.Run r = CommandLineTest.run("example", "--db", db.toString());
    assertThat(r.exit()).as(r.err()).isZero();
  }

  static CommandLineTest.Run plan(String... more) {
    String[] base = {"plan", "--db", db.toString(), "--as-of", "2007-06", "--paths", "100"};
    String[] all = new String[base.length + more.length];
    System.arraycopy(base, 0, all, 0, base.length);
    System.arraycopy(more, 0, all, base.length, more.length);
    return CommandLineTest.run(all);
  }

  @Test
  void theSameInputsAndSeedGiveTheSameBytes() throws Exception {
    CommandLineTest.Run a = plan("--format", "json");
    CommandLineTest.Run b = plan("--format", "json");
    assertThat(a.exit()).as(a.err()).isZero();
    assertThat(b.out()).isEqualTo(a.out());
    JsonNode root = new ObjectMapper().readTree(a.out());
    assertThat(root.get("status").asText()).isEqualTo("optimal");
    assertThat(root.get("gap").asDouble()).isZero();
    assertThat(root.get("provenance").toString()).contains("iraq-2007.yaml");
    // the provinces transferred by mid-2007 are facts from the ledger, never planned again
    for (JsonNode r : root.get("regions")) {
      if (r.get("region").asText().equals("Muthanna")) {
        assertThat(r.get("decided").asBoolean()).isTrue();
      }
    }
    for (JsonNode t : root.get("transitions")) {
      assertThat(t.get("region").asText()).isNotIn("Muthanna", "Dhi Qar", "Najaf", "Maysan");
      assertThat(t.get("month").asText()).isGreaterThanOrEqualTo("2007-07");
    }
    // at most two a month, as the built-in constraints say
    java.util.Map<String, Integer> perMonth = new java.util.HashMap<>();
    root.get("transitions").forEach(t -> perMonth.merge(t.get("month").asText(), 1, Integer::sum));
    assertThat(perMonth.values()).allSatisfy(n -> assertThat(n).isLessThanOrEqualTo(2));
  }

  @Test
  void aFixedMonthIsKeptAndNamedAsWhatBinds() throws Exception {
    Path f =
        Files.writeString(
            dir.resolve("fixed.yaml"),
            "plan: fixed\ntarget_stage: LOCAL_CONTROL\nfixed:\n  Basrah: 2008-03\n");
    CommandLineTest.Run r = plan("--constraints", f.toString(), "--format", "csv");
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out()).containsPattern("Basra,FOREIGN_LEAD,LOCAL_CONTROL,2008-03,\\d+,false");
    assertThat(r.out()).contains("fixed (agreed for 2008-03)");
  }

  @Test
  void aBadConstraintsFileNamesFileLineAndKey() throws Exception {
    Path f =
        Files.writeString(dir.resolve("bad.yaml"), "plan: bad\nfixed:\n  Basrah City: 2008-03\n");
    CommandLineTest.Run r = plan("--constraints", f.toString());
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err())
        .contains("bad.yaml:3")
        .contains("fixed.Basrah City")
        .contains("unknown region 'Basrah City'");
  }

  @Test
  void contradictoryConstraintsSayWhichToRelax() throws Exception {
    Path f =
        Files.writeString(
            dir.resolve("contra.yaml"),
            "plan: contra\ntarget_stage: LOCAL_CONTROL\ntransitions: {per_month: 1}\n"
                + "fixed:\n  Basra: 2008-03\n  Anbar: 2008-03\n");
    CommandLineTest.Run r = plan("--constraints", f.toString());
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("no plan meets the constraints contra").contains("per_month");
  }

  @Test
  void theReportShowsThePlanOnlyWhenAskedFor() throws Exception {
    Path out = dir.resolve("plan-report.html");
    CommandLineTest.Run r =
        CommandLineTest.run(
            "report",
            "--db",
            db.toString(),
            "--as-of",
            "2007-06",
            "--paths",
            "100",
            "--no-forecast",
            "--plan",
            "--out",
            out.toString());
    assertThat(r.exit()).as(r.err()).isZero();
    String html = Files.readString(out);
    assertThat(html)
        .contains("Transition plan")
        .contains("plan-gantt")
        .contains("plan-posture")
        .contains("Not earlier")
        .contains("readiness (P(ready)");
    // the section's charts travel as specs in the page's JSON block, like every other section's
    assertThat(html).containsPattern("id=\"handover-specs\">[^<]*plan-gantt");
    Path plain = dir.resolve("plain-report.html");
    r =
        CommandLineTest.run(
            "report",
            "--db",
            db.toString(),
            "--as-of",
            "2007-06",
            "--paths",
            "100",
            "--no-forecast",
            "--out",
            plain.toString());
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(Files.readString(plain)).doesNotContain("plan-gantt");
    r =
        CommandLineTest.run(
            "report",
            "--db",
            db.toString(),
            "--constraints",
            "x.yaml",
            "--out",
            dir.resolve("x.html").toString());
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("--constraints needs --plan");
  }

  @Test
  void aSavedPlanIsTheNextDraftVersionAndTheSamePlanAgainMakesNone() throws Exception {
    CommandLineTest.Run solved =
        plan("--format", "json", "--save", "iraq-2007", "--by", "planners");
    assertThat(solved.exit()).as(solved.err()).isZero();
    assertThat(solved.err()).contains("saved as plan iraq-2007 version 1 (DRAFT");
    CommandLineTest.Run again = plan("--format", "json", "--save", "iraq-2007", "--by", "planners");
    assertThat(again.exit()).as(again.err()).isZero();
    assertThat(again.err()).contains("has this content already");

    CommandLineTest.Run shown =
        CommandLineTest.run("plan", "show", "iraq-2007", "--db", db.toString(), "--format", "json");
    assertThat(shown.exit()).as(shown.err()).isZero();
    JsonNode stored = new ObjectMapper().readTree(shown.out());
    JsonNode planned = new ObjectMapper().readTree(solved.out()).get("transitions");
    assertThat(stored.toString()).contains("\"status\":\"DRAFT\"");
    assertThat(planned.size()).isPositive();
    for (JsonNode t : planned) {
      assertThat(stored.toString()).contains(t.get("region").asText());
    }

    CommandLineTest.Run half = plan("--save", "x");
    assertThat(half.exit()).isEqualTo(2);
    assertThat(half.err()).contains("--save NAME and --by WHO go together");
  }
}
