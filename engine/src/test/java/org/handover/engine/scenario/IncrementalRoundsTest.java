package org.handover.engine.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.handover.engine.benchmark.Benchmark;
import org.handover.engine.benchmark.BenchmarkSet;
import org.handover.engine.benchmark.Combination;
import org.handover.engine.benchmark.Comparison;
import org.handover.engine.benchmark.Condition;
import org.handover.engine.benchmark.IndicatorDefinition;
import org.handover.engine.benchmark.Stage;
import org.handover.engine.benchmark.Window;
import org.handover.engine.decision.DecisionKind;
import org.handover.engine.decision.Ledger;
import org.handover.engine.decision.LedgerEntry;
import org.handover.engine.forecast.History;
import org.handover.engine.forecast.IbcFixture;
import org.handover.engine.forecast.nb.NegativeBinomialModel;
import org.handover.engine.indicator.IndicatorCalculator;
import org.handover.engine.panel.Panel;
import org.handover.engine.panel.Variable;
import org.handover.engine.panel.VariableKind;
import org.handover.engine.time.MonthRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestReporter;

/**
 * A path's later rounds redraw and re-judge only from the first month that changed; the result must
 * be exactly the one of rounds drawn and judged whole. Random benchmark thresholds and random
 * policies over the real IBC deaths, every path of each compared field by field.
 */
class IncrementalRoundsTest {
  private static final YearMonth START = YearMonth.of(2006, 7);
  private static final int HORIZON = 24;

  @Test
  void incrementalRoundsGiveExactlyTheWholeRoundsResult(TestReporter reporter) {
    Panel data = IbcFixture.load(MonthRange.parse("2003-01", "2006-06")).panel();
    int regions = data.regionCount();
    int months = data.monthCount();
    // Local forces per region (with gaps) and national foreign troops, both replaced on the paths.
    double[][] local = new double[regions][months];
    for (int r = 0; r < regions; r++) {
      for (int m = 0; m < months; m++) {
        local[r][m] = m % 5 == 4 ? Double.NaN : 2000.0 * (1 + r % 4) + 40.0 * m;
      }
    }
    double[] troops = new double[months];
    for (int m = 0; m < months; m++) {
      troops[m] = 160_000 - 200.0 * m;
    }
    Panel known =
        data.with(Variable.real("local_forces", VariableKind.MEASUREMENT, "local"), local)
            .withNational(
                Variable.real("foreign_troops", VariableKind.MEASUREMENT, "troops"), troops);
    var fit = NegativeBinomialModel.standard().fit(History.before(known, "deaths_best", START));
    double[] weights = new double[regions];
    double[] startLocal = new double[regions];
    double[] population = new double[regions];
    for (int r = 0; r < regions; r++) {
      weights[r] = 1 + r % 3;
      startLocal[r] = local[r][months - 2];
      population[r] = 500_000 + 100_000.0 * r;
    }
    StartingPosture posture =
        StartingPosture.split(
            Map.of("US", 140_000.0, "UK", 7_000.0),
            weights,
            Map.of(Role.COMBAT, 0.7, Role.LOGISTICS, 0.3),
            "test");
    List<String> nations = List.of("US", "UK", "NATO");
    // A real decision before the start (relapses possible) and one after it (replayed).
    Ledger ledger =
        Ledger.of(
            DecisionKind.REAL,
            List.of(
                LedgerEntry.of(
                    "real-1",
                    DecisionKind.REAL,
                    data.theater().regions().get(3).id(),
                    "JOINT",
                    LocalDate.of(2006, 3, 1)),
                LedgerEntry.of(
                    "real-2",
                    DecisionKind.REAL,
                    data.theater().regions().get(7).id(),
                    "LOCAL_LEAD",
                    LocalDate.of(2007, 2, 1))));
    Random random = new Random(20261201);
    int laterRounds = 0;
    int paths = 0;
    for (int c = 0; c < 16; c++) {
      BenchmarkSet set = benchmarkSet(random);
      ScenarioInputs inputs =
          new ScenarioInputs(
              known,
              "deaths_best",
              START,
              HORIZON,
              36,
              fit,
              set,
              IndicatorCalculator.prepare(set.indicators()),
              posture,
              startLocal,
              population,
              ledger,
              Map.of(),
              Optional.of("local_forces"),
              Optional.of("foreign_troops"),
              List.of("US"));
      Scenario incremental = Scenario.of(inputs);
      Scenario whole = incremental.wholeRounds();
      Policy policy = policy(random, c);
      Assumptions assumptions =
          c % 2 == 1 ? Assumptions.defaults().withoutEffects() : Assumptions.defaults();
      long seed = random.nextLong();
      List<PathResult> a = incremental.run(policy, nations, assumptions, 40, seed, 2).paths();
      List<PathResult> b = whole.run(policy, nations, assumptions, 40, seed, 1).paths();
      assertThat(a).hasSameSizeAs(b);
      for (int p = 0; p < a.size(); p++) {
        assertSame(a.get(p), b.get(p), "case " + c + " (" + policy.rules() + "), path " + p);
        laterRounds += a.get(p).iterations() - 1;
      }
      paths += a.size();
    }
    reporter.publishEntry("later rounds", laterRounds + " over " + paths + " paths");
    // Not vacuous: many paths needed more than one round, and those are what is compared.
    assertThat(laterRounds).isGreaterThan(paths / 4);
  }

  private static void assertSame(PathResult a, PathResult b, String what) {
    assertThat(a.deaths()).as(what + ": deaths").isEqualTo(b.deaths());
    assertThat(a.regionDeaths()).as(what + ": region deaths").isDeepEqualTo(b.regionDeaths());
    assertThat(a.status()).as(what + ": status").isDeepEqualTo(b.status());
    assertThat(a.transferredAt()).as(what + ": transferred at").isEqualTo(b.transferredAt());
    assertThat(a.transferredTo()).as(what + ": transferred to").isEqualTo(b.transferredTo());
    assertThat(a.relapsed()).as(what + ": relapsed").isEqualTo(b.relapsed());
    assertThat(a.troopMonthsByRole()).as(what).isEqualTo(b.troopMonthsByRole());
    assertThat(a.troopMonthsByNation()).as(what).isEqualTo(b.troopMonthsByNation());
    assertThat(a.troopsByRole()).as(what).isDeepEqualTo(b.troopsByRole());
    assertThat(a.foreignTroops()).as(what).isEqualTo(b.foreignTroops());
    assertThat(a.localForces()).as(what).isEqualTo(b.localForces());
    assertThat(a.iterations()).as(what + ": rounds").isEqualTo(b.iterations());
  }

  /** Deaths, their trend, local forces and foreign troops, with random thresholds and holds. */
  private static BenchmarkSet benchmarkSet(Random random) {
    List<IndicatorDefinition> indicators =
        List.of(
            new IndicatorDefinition("deaths_3m", "rolling_mean(deaths_best, 3)", "", ""),
            new IndicatorDefinition("trend", "slope(deaths_best, 6)", "", ""),
            new IndicatorDefinition("local", "carry_forward(local_forces, 12)", "", ""),
            new IndicatorDefinition("troops", "carry_forward(foreign_troops, 12)", "", ""));
    Condition threat =
        new Condition(
            "threat",
            "Threat",
            Combination.allOf(),
            List.of(
                Benchmark.of(
                        "deaths", "deaths_3m", Comparison.LESS_OR_EQUAL, 5 + random.nextInt(150))
                    .heldFor(1 + random.nextInt(4))),
            "");
    Condition calm =
        new Condition(
            "calm",
            "Calm",
            Combination.allOf(),
            List.of(
                Benchmark.of("falling", "trend", Comparison.LESS_OR_EQUAL, random.nextInt(3))
                    .over(Window.of(1 + random.nextInt(3), Window.Aggregate.MEAN)),
                Benchmark.of(
                        "partners",
                        "local",
                        Comparison.GREATER_OR_EQUAL,
                        3600 + random.nextInt(6000))
                    .heldFor(1 + random.nextInt(2))),
            "");
    Condition posture =
        new Condition(
            "posture",
            "Posture",
            Combination.allOf(),
            List.of(
                Benchmark.of(
                    "drawdown",
                    "troops",
                    Comparison.LESS_OR_EQUAL,
                    139_000 + random.nextInt(1_000))),
            "");
    return new BenchmarkSet(
        "incremental-test",
        "0",
        "",
        indicators,
        List.of(threat, calm, posture),
        List.of(
            new Stage("FOREIGN_LEAD", "", List.of()),
            new Stage("JOINT", "", List.of("threat")),
            new Stage("LOCAL_LEAD", "", List.of("threat", "posture")),
            new Stage("LOCAL_CONTROL", "", List.of("threat", "calm", "posture"))),
        "");
  }

  /** A policy transferring on recommendations, with posture rules and fixed transfers at random. */
  private static Policy policy(Random random, int c) {
    List<String> stages = List.of("JOINT", "LOCAL_LEAD", "LOCAL_CONTROL");
    List<PolicyRule> rules = new ArrayList<>();
    rules.add(
        new PolicyRule.AddTroops(
            PolicyTime.START,
            PolicyTime.START,
            "NATO",
            Role.TRAINING,
            2000 + random.nextInt(4000)));
    rules.add(
        new PolicyRule.TransferWhenRecommended(
            stages.get(random.nextInt(stages.size())),
            1 + random.nextInt(3),
            random.nextBoolean()
                ? Optional.empty()
                : Optional.of(PolicyTime.afterStart(random.nextInt(6))),
            random.nextInt(3)));
    if (random.nextBoolean()) {
      // A second rule at another stage: the rules decide month by month, so the rounds settle.
      rules.add(
          new PolicyRule.TransferWhenRecommended(
              stages.get(random.nextInt(stages.size())),
              1 + random.nextInt(3),
              Optional.empty(),
              random.nextInt(3)));
    }
    if (random.nextInt(4) > 0) {
      rules.add(
          new PolicyRule.OnTransfer(
              // The foreign troops alone, the local forces alone (trainers of a nation that
              // variable does not count), or both.
              List.of(
                      EnumSet.of(Role.COMBAT),
                      EnumSet.of(Role.TRAINING),
                      EnumSet.of(Role.COMBAT, Role.TRAINING))
                  .get(random.nextInt(3)),
              1 + random.nextInt(6),
              Set.of()));
    }
    if (random.nextBoolean()) {
      rules.add(
          new PolicyRule.Withdraw(
              PolicyTime.afterStart(random.nextInt(12)),
              PolicyTime.afterStart(12 + random.nextInt(12)),
              EnumSet.of(Role.COMBAT),
              Set.of()));
    }
    if (random.nextInt(4) == 0) {
      rules.add(new PolicyRule.TransferAll("JOINT", PolicyTime.afterStart(random.nextInt(30))));
    }
    if (random.nextInt(4) == 0) {
      rules.add(new PolicyRule.ReplayDecisions());
    }
    if (random.nextInt(3) == 0) {
      rules.add(new PolicyRule.TrainingThroughput(PolicyTime.START, 0.5 + 3 * random.nextDouble()));
    }
    return new Policy("random-" + c, "t", "s", Optional.empty(), rules);
  }
}
