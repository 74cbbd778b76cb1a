package org.handover.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.handover.app.workspace.ScenarioRun;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Policy scenarios on the built-in data: each built-in policy's posture follows its stated rule,
 * the effects model moves outcomes only through its stated assumptions, and policy files are
 * checked.
 */
class CompareCommandTest {
  @TempDir static Path dir;
  static Path db;

  /** Short runs keep the test quick; what is tested holds for any number of paths. */
  private static final String PATHS = "60";

  static CommandLineTest.Run run(String... args) {
    return CommandLineTest.run(args);
  }

  /** Compares one policy file written with {@code yaml}: for the errors a file can hold. */
  static CommandLineTest.Run withPolicy(String name, String yaml) throws Exception {
    Path file = Files.writeString(dir.resolve(name), yaml);
    return run(
        "compare",
        "--db",
        db.toString(),
        "--as-of",
        "2006-06",
        "--paths",
        "10",
        "--policy",
        file.toString());
  }

  @BeforeAll
  static void loadExample() {
    db = dir.resolve("iraq.duckdb");
    CommandLineTest.Run r = run("example", "--db", db.toString());
    assertThat(r.exit()).as(r.err()).isZero();
  }

  static JsonNode compare(String... more) throws Exception {
    List<String> args =
        new ArrayList<>(
            List.of(
                "compare",
                "--db",
                db.toString(),
                "--as-of",
                "2006-06",
                "--horizon",
                "24",
                "--paths",
                PATHS,
                "--format",
                "json"));
    args.addAll(List.of(more));
    CommandLineTest.Run r = run(args.toArray(String[]::new));
    assertThat(r.exit()).as(r.err()).isZero();
    return new ObjectMapper().readTree(r.out());
  }

  /** Compares the built-in policies named in {@code names}, with {@code more} options. */
  static JsonNode comparing(List<String> names, String... more) throws Exception {
    List<String> args = new ArrayList<>();
    for (String n : names) {
      args.add("--policy");
      args.add(policy(n).toString());
    }
    args.addAll(List.of(more));
    return compare(args.toArray(String[]::new));
  }

  static Path policy(String name) {
    return ScenarioRun.builtInPolicies().resolve(name + ".yaml");
  }

  static JsonNode onePolicy(JsonNode json, String name) {
    for (JsonNode p : json.get("policies")) {
      if (p.get("policy").asText().equals(name)) {
        return p;
      }
    }
    throw new AssertionError("no policy " + name);
  }

  @Test
  void immediateWithdrawalLeavesNoForeignTroopAfterSixMonths() throws Exception {
    JsonNode p =
        onePolicy(comparing(List.of("immediate-withdrawal-2004")), "immediate-withdrawal-2004");
    JsonNode months = p.get("months");
    double start = months.get(0).get("foreign_troops").asDouble();
    assertThat(start).isGreaterThan(100_000);
    // month 0 already lost a sixth: month 4 holds the last sixth, a fifth of month 0
    assertThat(months.get(4).get("foreign_troops").asDouble())
        .isCloseTo(start / 5, org.assertj.core.api.Assertions.within(1e-6 * start));
    for (int s = 5; s < months.size(); s++) {
      assertThat(months.get(s).get("foreign_troops").asDouble()).as("month " + s).isZero();
      assertThat(months.get(s).get("regions_by_stage").get("SELF_RELIANT").asDouble())
          .isEqualTo(18);
    }
  }

  @Test
  void the2021AgreementEndsEveryCombatRoleOnTimeAndKeepsTheAdvisers() throws Exception {
    JsonNode p =
        onePolicy(comparing(List.of("combat-mission-end-2021")), "combat-mission-end-2021");
    JsonNode months = p.get("months");
    assertThat(months.get(3).get("foreign_troops_by_role").get("combat").asDouble()).isPositive();
    for (int s = 4; s < months.size(); s++) {
      JsonNode roles = months.get(s).get("foreign_troops_by_role");
      for (String combat :
          List.of("combat", "special_operations", "quick_reaction", "air_support")) {
        assertThat(roles.get(combat).asDouble()).as(combat + " in month " + s).isZero();
      }
      for (String kept : List.of("advise_assist", "training", "logistics", "intelligence")) {
        assertThat(roles.get(kept).asDouble())
            .as(kept + " in month " + s)
            .isEqualTo(months.get(0).get("foreign_troops_by_role").get(kept).asDouble());
      }
    }
  }

  @Test
  void benchmarksPolicyTransfersOnlyOnRecommendationOneAMonthAndKeepsTheEnablers()
      throws Exception {
    JsonNode p = onePolicy(comparing(List.of("benchmarks-2006")), "benchmarks-2006");
    JsonNode months = p.get("months");
    double before = 0;
    for (JsonNode m : months) {
      double transferred = m.get("regions_by_stage").get("LOCAL_CONTROL").asDouble();
      assertThat(transferred - before).as(m.get("month").asText()).isLessThanOrEqualTo(1.0);
      before = transferred;
      // special operations, air support and logistics stay ("SWAT teams, not street cops")
      assertThat(m.get("foreign_troops_by_role").get("special_operations").asDouble())
          .isEqualTo(
              months.get(0).get("foreign_troops_by_role").get("special_operations").asDouble());
    }
    assertThat(before).isGreaterThan(0);
  }

  @Test
  void withEveryEffectAtZeroEveryPolicyDrawsTheSameDeaths() throws Exception {
    JsonNode json = compare("--no-effects");
    JsonNode first = json.get("policies").get(0);
    assertThat(json.get("policies")).hasSize(6);
    for (JsonNode p : json.get("policies")) {
      assertThat(p.get("deaths_total"))
          .as(p.get("policy").asText())
          .isEqualTo(first.get("deaths_total"));
      for (int s = 0; s < p.get("months").size(); s++) {
        for (String q : List.of("deaths_median", "deaths_low", "deaths_high")) {
          assertThat(p.get("months").get(s).get(q))
              .as(p.get("policy").asText() + " " + q + " " + s)
              .isEqualTo(first.get("months").get(s).get(q));
        }
      }
    }
    // ... while the postures differ
    assertThat(
            onePolicy(json, "immediate-withdrawal-2004")
                .get("months")
                .get(10)
                .get("foreign_troops")
                .asDouble())
        .isZero();
  }

  @Test
  void largerAssumedEffectsMoveOutcomesTheStatedWay() throws Exception {
    Map<String, Double> deaths = new HashMap<>();
    for (String value : List.of("0", "0.5")) {
      JsonNode p =
          onePolicy(
              comparing(
                  List.of("immediate-withdrawal-2004"),
                  "--no-effects",
                  "--assume",
                  "withdrawal_effect=" + value),
              "immediate-withdrawal-2004");
      deaths.put("withdrawal " + value, p.get("deaths_total").get("median").asDouble());
    }
    // violence rises as foreign combat troops leave: a larger effect, more deaths
    assertThat(deaths.get("withdrawal 0.5")).isGreaterThan(deaths.get("withdrawal 0") * 1.2);
    for (String value : List.of("0", "-0.3")) {
      JsonNode p =
          onePolicy(
              comparing(
                  List.of("benchmarks-2006"),
                  "--no-effects",
                  "--assume",
                  "lead_transfer_effect=" + value),
              "benchmarks-2006");
      deaths.put("lead " + value, p.get("deaths_total").get("median").asDouble());
    }
    // violence falls at the handover of lead: a stronger effect, fewer deaths
    assertThat(deaths.get("lead -0.3")).isLessThan(deaths.get("lead 0"));
  }

  @Test
  void statusQuoIsThePlainForecastAndTheCheckAgainstHistoryCountsObservedMonths() throws Exception {
    JsonNode json = comparing(List.of("status-quo", "as-happened"), "--coverage");
    JsonNode plain = json.get("coverage_80_plain_forecast");
    JsonNode statusQuo = json.get("coverage_80").get("status-quo");
    // the same draws: the reference policy shifts nothing
    assertThat(statusQuo).isEqualTo(plain);
    assertThat(plain.get("region_months").asInt()).isEqualTo(18 * 24);
    assertThat(json.get("coverage_80").get("as-happened").get("share").asDouble())
        .isBetween(0.5, 1.0);
  }

  @Test
  void theSensitivityAnalysisCoversEveryRangedAssumption() throws Exception {
    JsonNode json =
        comparing(
            List.of("status-quo", "immediate-withdrawal-2004"),
            "--sensitivity",
            "--sensitivity-paths",
            "20");
    JsonNode rows = json.get("sensitivity").get("assumptions");
    assertThat(rows).hasSize(10);
    for (JsonNode r : rows) {
      assertThat(r.get("policies")).hasSize(2);
    }
    JsonNode withdrawal = null;
    for (JsonNode r : rows) {
      if (r.get("assumption").asText().equals("withdrawal_effect")) {
        withdrawal = r.get("policies").get(1);
      }
    }
    assertThat(withdrawal.get("at_high").asDouble())
        .isGreaterThan(withdrawal.get("at_low").asDouble());
  }

  @Test
  void theReportCarriesTheScenariosWithTheirCaveat() throws Exception {
    Path out = dir.resolve("r.html");
    CommandLineTest.Run r =
        run(
            "report",
            "--db",
            db.toString(),
            "--as-of",
            "2006-06",
            "--no-forecast",
            "--scenarios",
            "--paths",
            "20",
            "--out",
            out.toString());
    assertThat(r.exit()).as(r.err()).isZero();
    String html = Files.readString(out);
    assertThat(html)
        .contains("id=\"scenarios\"")
        .contains("data-scenarios=\"caveat\"")
        .contains("depend on the stated assumptions")
        .contains("scenarios-deaths")
        .contains("scenarios-posture")
        .contains("immediate-withdrawal-2004")
        .contains("ILLUSTRATIVE");
    CommandLineTest.Run lone =
        run("report", "--db", db.toString(), "--sensitivity", "--out", out.toString());
    assertThat(lone.exit()).isEqualTo(2);
    assertThat(lone.err()).contains("--sensitivity needs --scenarios");
  }

  @Test
  void recordedSimulatedDecisionsGoToTheirOwnLedgerNeverTheRealOne() throws Exception {
    Path copy = dir.resolve("record.duckdb");
    Files.copy(db, copy);
    List<String> args =
        List.of(
            "compare",
            "--db",
            copy.toString(),
            "--as-of",
            "2006-06",
            "--horizon",
            "24",
            "--paths",
            PATHS,
            "--policy",
            policy("benchmarks-2006").toString(),
            "--policy",
            policy("as-happened").toString(),
            "--record",
            "--out",
            "/dev/null");
    CommandLineTest.Run r = run(args.toArray(String[]::new));
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.err()).contains("simulated decision(s) in the SIMULATED ledger");
    CommandLineTest.Run simulated =
        run("decisions", "--db", copy.toString(), "--kind", "simulated", "--format", "json");
    assertThat(simulated.exit()).as(simulated.err()).isZero();
    JsonNode entries = new ObjectMapper().readTree(simulated.out()).get("entries");
    assertThat(entries.size()).isPositive();
    for (JsonNode e : entries) {
      assertThat(e.get("id").asText()).startsWith("benchmarks-2006/");
      assertThat(e.get("to_stage").asText()).isEqualTo("LOCAL_CONTROL");
      assertThat(e.get("decided_by").asText()).contains("simulated");
    }
    // the real ledger still holds the 18 real transfers, and only them
    CommandLineTest.Run real = run("decisions", "--db", copy.toString(), "--format", "json");
    assertThat(new ObjectMapper().readTree(real.out()).get("entries")).hasSize(18);
    // the same run again would record the same ids: refused, nothing written
    CommandLineTest.Run again = run(args.toArray(String[]::new));
    assertThat(again.exit()).isEqualTo(2);
    assertThat(again.err()).contains("no simulated decision recorded");
    CommandLineTest.Run after =
        run("decisions", "--db", copy.toString(), "--kind", "simulated", "--format", "json");
    assertThat(new ObjectMapper().readTree(after.out()).get("entries")).hasSize(entries.size());
  }

  @Test
  void thePolicyFileErrorNamesFileLineAndKey() throws Exception {
    CommandLineTest.Run r =
        withPolicy(
            "bad.yaml",
            "policy: bad\ntitle: Bad\nsource: test\nrules:\n  - withdraw: {roles: [combat, tanks], within_months: 2}\n");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("bad.yaml:5:").contains("tanks").contains("roles");
  }

  @Test
  void aStageTheBenchmarkSetLacksIsNamed() throws Exception {
    CommandLineTest.Run r =
        withPolicy(
            "stage.yaml",
            "policy: stage\ntitle: S\nsource: test\nrules:\n  - transfer_all: {stage: HANDED_OVER, at: start+2}\n");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("HANDED_OVER").contains("LOCAL_CONTROL");
  }
}
