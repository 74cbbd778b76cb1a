package org.handover.engine.plan;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.SplittableRandom;
import org.handover.engine.scenario.Role;
import org.handover.engine.theater.RegionId;
import org.handover.engine.time.MonthRange;

/**
 * A GENERATED planning problem, for tests and for measuring the solver at sizes no real theater
 * has: regions on a grid (each touching the ones beside, above and below it), readiness rising
 * along a random S-curve, relapse risk falling as readiness settles, troops drawn at random. Not
 * data about any place; labelled as generated wherever it shows.
 */
public final class GeneratedProblem {
  /** The nation every generated troop belongs to. */
  public static final String NATION = "generated";

  private GeneratedProblem() {}

  /**
   * @param regions how many regions (on a grid about as wide as it is tall)
   * @param horizon months of the plan
   * @param seed the same seed gives the same problem
   */
  public static PlanningProblem of(
      int regions, int horizon, long seed, YearMonth first, PlanConstraints constraints) {
    if (regions < 1 || horizon < 1) {
      throw new IllegalArgumentException("need 1 region and 1 month or more");
    }
    SplittableRandom random = new SplittableRandom(seed);
    int cols = (int) Math.ceil(Math.sqrt(regions));
    List<PlanRegion> out = new ArrayList<>();
    for (int r = 0; r < regions; r++) {
      int row = r / cols;
      int col = r % cols;
      List<Integer> nb = new ArrayList<>();
      if (col > 0) {
        nb.add(r - 1);
      }
      if (col + 1 < cols && r + 1 < regions) {
        nb.add(r + 1);
      }
      if (row > 0) {
        nb.add(r - cols);
      }
      if (r + cols < regions) {
        nb.add(r + cols);
      }
      double midpoint = random.nextDouble(-0.2, 1.2) * horizon;
      double steepness = random.nextDouble(0.15, 0.8);
      double base = random.nextDouble(0.05, 0.6);
      double[] readyBy = new double[horizon];
      double[] relapse = new double[horizon];
      double prev = 0;
      for (int k = 0; k < horizon; k++) {
        double v = 1 / (1 + Math.exp(-steepness * (k - midpoint)));
        prev = Math.max(prev, Math.round(v * 1000) / 1000.0);
        readyBy[k] = prev;
        relapse[k] = Math.round(base * (1 - 0.8 * prev) * 1000) / 1000.0;
      }
      double total = random.nextInt(500, 6000);
      double[][] troops = new double[1][Role.values().length];
      double[] share = {0.55, 0.04, 0.02, 0.20, 0.06, 0.05, 0.04, 0.04};
      for (Role role : Role.values()) {
        troops[0][role.ordinal()] = total * share[role.ordinal()];
      }
      out.add(
          new PlanRegion(
              RegionId.of(String.format("G%04d", r + 1)),
              "LOCAL_LEAD",
              "LOCAL_CONTROL",
              false,
              OptionalInt.empty(),
              readyBy,
              relapse,
              random.nextInt(0, Math.max(1, horizon / 6)),
              troops,
              nb.stream().mapToInt(Integer::intValue).toArray(),
              OptionalInt.empty(),
              false));
    }
    return PlanningProblem.of(
        MonthRange.of(first, first.plusMonths(horizon - 1)),
        out,
        List.of(NATION),
        constraints,
        regions * 40L,
        regions * 20L);
  }
}
