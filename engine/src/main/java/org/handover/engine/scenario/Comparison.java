package org.handover.engine.scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Policies side by side on one {@link Scenario}: the same paths, seed and assumptions for each, and
 * optionally a sensitivity analysis of which assumptions change their ranking.
 *
 * @param outcomes one per policy, in the order given
 * @param sensitivity empty unless asked for
 */
public record Comparison(
    List<PolicyOutcome> outcomes, List<Sensitivity> sensitivity, int sensitivityPaths) {

  public Comparison {
    outcomes = List.copyOf(outcomes);
    sensitivity = List.copyOf(sensitivity);
  }

  /** Runs every policy over {@code paths} paths, all from {@code seed}. */
  public static Comparison run(
      Scenario scenario,
      List<Policy> policies,
      Assumptions assumptions,
      int paths,
      long seed,
      int threads) {
    List<String> nations = Scenario.nations(scenario.inputs().posture(), policies);
    List<PolicyOutcome> out = new ArrayList<>();
    for (Policy p : policies) {
      out.add(scenario.run(p, nations, assumptions, paths, seed, threads));
    }
    return new Comparison(out, List.of(), 0);
  }

  /**
   * With a sensitivity analysis: for each assumption that has a range, every policy run again with
   * that assumption at its low and at its high end and every other held at its value, over {@code
   * sensitivityPaths} paths.
   */
  public Comparison withSensitivity(
      Scenario scenario, int sensitivityPaths, long seed, int threads) {
    Objects.requireNonNull(scenario, "scenario");
    List<Policy> policies = outcomes.stream().map(PolicyOutcome::policy).toList();
    Assumptions base = outcomes.get(0).assumptions();
    List<String> nations = outcomes.get(0).nations();
    List<Sensitivity> rows = new ArrayList<>();
    Assumptions fixed = base.fixed();
    double[] middle = medians(scenario, policies, nations, fixed, sensitivityPaths, seed, threads);
    for (Assumption a : base.all()) {
      if (!a.varies()) {
        continue;
      }
      double[] low =
          medians(
              scenario,
              policies,
              nations,
              fixed.with(a.fixedAt(a.low())),
              sensitivityPaths,
              seed,
              threads);
      double[] high =
          medians(
              scenario,
              policies,
              nations,
              fixed.with(a.fixedAt(a.high())),
              sensitivityPaths,
              seed,
              threads);
      rows.add(Sensitivity.of(a, policies, middle, low, high));
    }
    rows.sort(
        (x, y) -> {
          int c = Boolean.compare(y.changesRanking(), x.changesRanking());
          return c != 0 ? c : Double.compare(y.swing(), x.swing());
        });
    return new Comparison(outcomes, rows, sensitivityPaths);
  }

  private static double[] medians(
      Scenario scenario,
      List<Policy> policies,
      List<String> nations,
      Assumptions a,
      int paths,
      long seed,
      int threads) {
    double[] m = new double[policies.size()];
    for (int i = 0; i < m.length; i++) {
      m[i] = scenario.run(policies.get(i), nations, a, paths, seed, threads).totalDeaths(0.5);
    }
    return m;
  }
}
