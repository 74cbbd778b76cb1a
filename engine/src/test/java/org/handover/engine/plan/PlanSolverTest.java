package org.handover.engine.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.SplittableRandom;
import org.handover.engine.HandoverException;
import org.handover.engine.scenario.Role;
import org.handover.engine.theater.RegionId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PlanSolverTest {
  private static final YearMonth START = YearMonth.of(2007, 7);
  private static final SolveOptions OPTIONS = new SolveOptions(1, 2, 30, 0);

  /**
   * On generated problems of up to 6 regions and 12 months with every kind of constraint, the
   * solver's objective equals the best found by trying every assignment.
   */
  @ParameterizedTest
  @ValueSource(ints = {1, 2, 3, 4, 5, 6, 7, 8})
  void theObjectiveIsTheExhaustiveOptimum(int seed) {
    SplittableRandom random = new SplittableRandom(seed);
    int regions = 3 + seed % 4;
    int months = seed % 2 == 0 ? 12 : 8;
    PlanConstraints c =
        new PlanConstraints(
            "random",
            Optional.empty(),
            OptionalInt.of(1 + random.nextInt(2)),
            1 + random.nextInt(3),
            random.nextBoolean() ? OptionalInt.of(2 + random.nextInt(3)) : OptionalInt.empty(),
            random.nextDouble(0, 0.4),
            Map.of(),
            random.nextBoolean()
                ? Optional.of(
                    new PlanConstraints.Capacity(
                        40,
                        20,
                        1 + random.nextInt(6),
                        java.util.OptionalLong.empty(),
                        java.util.OptionalLong.empty()))
                : Optional.empty(),
            Map.of(Role.COMBAT, 0.2, Role.LOGISTICS, 0.5),
            random.nextBoolean()
                ? List.of(new PlanConstraints.Ceiling(START.plusMonths(months / 2), 0))
                : List.of(),
            random.nextBoolean(),
            List.of(),
            Map.of(),
            new PlanConstraints.Weights(
                random.nextDouble(0, 200),
                random.nextDouble(0, 2),
                random.nextDouble(0, 2),
                random.nextDouble(0, 20)),
            12);
    PlanningProblem p = GeneratedProblem.of(regions, months, seed, START, c);
    // a ceiling a little below the generated troops, so that it binds
    if (!c.ceilings().isEmpty()) {
      double all = 0;
      double least = 0;
      for (int r = 0; r < regions; r++) {
        all += p.troopsBefore(r);
        least += p.troopsAfter(r);
      }
      long ceiling = Math.round(least + (all - least) * random.nextDouble(0.5, 0.95));
      c =
          new PlanConstraints(
              c.name(),
              c.targetStage(),
              c.perMonth(),
              c.monthsBetweenTranches(),
              c.maxTranches(),
              c.minReadiness(),
              c.minMonthsInStage(),
              c.capacity(),
              c.keepOnTransfer(),
              List.of(new PlanConstraints.Ceiling(START.plusMonths(months / 2), ceiling)),
              c.contiguity(),
              c.contiguityAllowed(),
              c.fixed(),
              c.weights(),
              c.relapseWindow());
      p = GeneratedProblem.of(regions, months, seed, START, c);
    }
    long best = BruteForce.best(p);
    if (best == Long.MAX_VALUE) {
      PlanningProblem q = p;
      assertThatThrownBy(() -> PlanSolver.solve(q, OPTIONS))
          .isInstanceOf(HandoverException.class)
          .hasMessageContaining("no plan meets");
      return;
    }
    SolvedPlan plan = PlanSolver.solve(p, OPTIONS);
    assertThat(plan.status()).isEqualTo(SolvedPlan.Status.OPTIMAL);
    assertThat(plan.objectiveUnits()).isEqualTo(best);
    int[] at = new int[regions];
    for (int r = 0; r < regions; r++) {
      at[r] = plan.offset(r);
    }
    assertThat(BruteForce.feasible(p, at)).isTrue();
  }

  @Test
  void theSameSeedGivesTheSamePlan() {
    PlanConstraints c = withPerMonth(PlanConstraints.none("det"), 20);
    PlanningProblem p = GeneratedProblem.of(300, 24, 7, START, c);
    SolvedPlan a = PlanSolver.solve(p, new SolveOptions(3, 2, 5, 0));
    SolvedPlan b = PlanSolver.solve(p, new SolveOptions(3, 2, 5, 0));
    assertThat(b.lines()).isEqualTo(a.lines());
    assertThat(b.objectiveUnits()).isEqualTo(a.objectiveUnits());
  }

  /** Small hand-made problems, one per constraint kind: each binds, and the line names it. */
  static final class Small {
    final List<PlanRegion> regions = new ArrayList<>();

    Small region(String name, double[] readyBy, double[] relapse, int earliest, int... nb) {
      double[][] troops = new double[1][Role.values().length];
      troops[0][Role.COMBAT.ordinal()] = 1000;
      regions.add(
          new PlanRegion(
              RegionId.of(name),
              "LOCAL_LEAD",
              "LOCAL_CONTROL",
              false,
              OptionalInt.empty(),
              readyBy,
              relapse,
              earliest,
              troops,
              nb,
              OptionalInt.empty(),
              false));
      return this;
    }

    PlanningProblem problem(PlanConstraints c) {
      int h = regions.get(0).readyBy().length;
      return PlanningProblem.of(
          org.handover.engine.time.MonthRange.of(START, START.plusMonths(h - 1)),
          regions,
          List.of("n"),
          c,
          100,
          100);
    }
  }

  static double[] flat(int h, double v) {
    double[] a = new double[h];
    java.util.Arrays.fill(a, v);
    return a;
  }

  static double[] rising(int h) {
    double[] a = new double[h];
    for (int k = 0; k < h; k++) {
      a[k] = Math.min(1, 0.1 * (k + 1));
    }
    return a;
  }

  /** Three regions, all ready, no relapse risk: without limits all move in the first month. */
  static Small three(int... nbOfMiddle) {
    return new Small()
        .region("A", flat(6, 1), flat(6, 0), 0, 1)
        .region("B", flat(6, 1), flat(6, 0), 0, nbOfMiddle)
        .region("C", flat(6, 1), flat(6, 0), 0, 1);
  }

  static PlanConstraints base() {
    return withWeights(PlanConstraints.none("t"), new PlanConstraints.Weights(100, 1, 1, 0));
  }

  @Test
  void withoutLimitsEveryReadyRegionMovesAtOnce() {
    SolvedPlan plan = PlanSolver.solve(three().problem(base()), OPTIONS);
    assertThat(plan.lines()).allSatisfy(l -> assertThat(l.month()).contains(START));
  }

  @Test
  void perMonthBinds() {
    SolvedPlan plan = PlanSolver.solve(three().problem(withPerMonth(base(), 1)), OPTIONS);
    assertThat(months(plan)).containsExactlyInAnyOrder(0, 1, 2);
    assertThat(earlierKinds(plan)).contains(Binding.Kind.PER_MONTH);
  }

  @Test
  void trancheSpacingBinds() {
    PlanConstraints c = withPerMonth(base(), 1);
    c = copy(c, 2, c.maxTranches(), c.capacity(), c.ceilings(), c.contiguity(), c.minReadiness());
    SolvedPlan plan = PlanSolver.solve(three().problem(c), OPTIONS);
    assertThat(months(plan)).containsExactlyInAnyOrder(0, 2, 4);
    assertThat(earlierKinds(plan)).contains(Binding.Kind.TRANCHE_SPACING);
  }

  @Test
  void maxTranchesBinds() {
    PlanConstraints c = withWeights(base(), new PlanConstraints.Weights(100, 1, 1, 5));
    c = copy(c, 1, OptionalInt.of(1), c.capacity(), c.ceilings(), c.contiguity(), 0);
    // readiness differs: without the limit B would move later than A and C
    Small s =
        new Small()
            .region("A", flat(6, 1), flat(6, 0), 0)
            .region("B", flat(6, 1), new double[] {0.5, 0.5, 0, 0, 0, 0}, 0)
            .region("C", flat(6, 1), flat(6, 0), 0);
    SolvedPlan free = PlanSolver.solve(s.problem(base()), OPTIONS);
    assertThat(months(free)).containsExactly(0, 2, 0);
    SolvedPlan plan = PlanSolver.solve(s.problem(c), OPTIONS);
    assertThat(months(plan)).containsOnly(plan.offset(0));
    assertThat(allKinds(plan)).contains(Binding.Kind.MAX_TRANCHES);
  }

  @Test
  void readinessBinds() {
    Small s = new Small().region("A", rising(6), flat(6, 0), 0);
    PlanConstraints c =
        copy(base(), 1, OptionalInt.empty(), Optional.empty(), List.of(), false, 0.35);
    assertThat(months(PlanSolver.solve(s.problem(base()), OPTIONS))).containsExactly(0);
    SolvedPlan plan = PlanSolver.solve(s.problem(c), OPTIONS);
    assertThat(months(plan)).containsExactly(3);
    assertThat(earlierKinds(plan)).contains(Binding.Kind.READINESS);
  }

  @Test
  void minMonthsInStageBinds() {
    Small s = new Small().region("A", flat(6, 1), flat(6, 0), 2);
    SolvedPlan plan = PlanSolver.solve(s.problem(base()), OPTIONS);
    assertThat(months(plan)).containsExactly(2);
    assertThat(earlierKinds(plan)).contains(Binding.Kind.MIN_MONTHS_IN_STAGE);
  }

  @Test
  void capacityBinds() {
    // 100 advisers available, 50 per region for 3 months: two regions in any 3 months
    PlanConstraints c =
        copy(
            base(),
            1,
            OptionalInt.empty(),
            Optional.of(
                new PlanConstraints.Capacity(
                    50, 0, 3, java.util.OptionalLong.empty(), java.util.OptionalLong.empty())),
            List.of(),
            false,
            0);
    SolvedPlan plan = PlanSolver.solve(three().problem(c), OPTIONS);
    assertThat(months(plan)).containsExactlyInAnyOrder(0, 0, 3);
    assertThat(earlierKinds(plan)).contains(Binding.Kind.CAPACITY);
  }

  @Test
  void aCeilingBinds() {
    // relapse risk makes waiting worth it; a ceiling from the third month forces two moves by then
    Small s =
        new Small()
            .region("A", flat(6, 1), new double[] {0.9, 0.8, 0.7, 0.6, 0, 0}, 0)
            .region("B", flat(6, 1), new double[] {0.9, 0.8, 0.7, 0.6, 0, 0}, 0);
    PlanConstraints keep = withKeep(base(), 0);
    assertThat(months(PlanSolver.solve(s.problem(keep), OPTIONS))).containsExactly(4, 4);
    PlanConstraints c =
        copy(
            keep,
            1,
            OptionalInt.empty(),
            Optional.empty(),
            List.of(new PlanConstraints.Ceiling(START.plusMonths(2), 0)),
            false,
            0);
    SolvedPlan plan = PlanSolver.solve(s.problem(c), OPTIONS);
    assertThat(months(plan)).containsExactly(2, 2);
    assertThat(laterKinds(plan)).contains(Binding.Kind.CEILING);
  }

  @Test
  void contiguityBinds() {
    // B lies between A and C and would wait for its relapse risk to fall; A and C would not
    Small s =
        new Small()
            .region("A", flat(6, 1), flat(6, 0), 0, 1)
            .region("B", flat(6, 1), new double[] {0.9, 0.9, 0.9, 0, 0, 0}, 0, 0, 2)
            .region("C", flat(6, 1), flat(6, 0), 0, 1);
    assertThat(months(PlanSolver.solve(s.problem(base()), OPTIONS))).containsExactly(0, 3, 0);
    PlanConstraints c = copy(base(), 1, OptionalInt.empty(), Optional.empty(), List.of(), true, 0);
    SolvedPlan plan = PlanSolver.solve(s.problem(c), OPTIONS);
    assertThat(plan.offset(1)).isLessThanOrEqualTo(Math.max(plan.offset(0), plan.offset(2)));
    assertThat(allKinds(plan)).contains(Binding.Kind.CONTIGUITY);
  }

  @Test
  void aFixedMonthBinds() {
    Small s = three();
    List<PlanRegion> rs = new ArrayList<>(s.regions);
    PlanRegion b = rs.get(1);
    rs.set(
        1,
        new PlanRegion(
            b.id(),
            b.fromStage(),
            b.toStage(),
            false,
            OptionalInt.empty(),
            b.readyBy(),
            b.relapse(),
            0,
            b.troops(),
            b.neighbours(),
            OptionalInt.of(4),
            false));
    s.regions.clear();
    s.regions.addAll(rs);
    SolvedPlan plan = PlanSolver.solve(s.problem(base()), OPTIONS);
    assertThat(months(plan)).containsExactly(0, 4, 0);
    assertThat(plan.lines().get(1).earlier())
        .extracting(Binding::kind)
        .contains(Binding.Kind.FIXED);
  }

  @Test
  void theObjectiveNamesWhatAMonthLaterWouldCost() {
    SolvedPlan plan = PlanSolver.solve(three().problem(base()), OPTIONS);
    assertThat(plan.lines().get(0).later())
        .singleElement()
        .satisfies(b -> assertThat(b.kind()).isEqualTo(Binding.Kind.OBJECTIVE));
    assertThat(plan.lines().get(0).later().get(0).detail()).contains("delay +1.00");
  }

  private static List<Integer> months(SolvedPlan plan) {
    List<Integer> out = new ArrayList<>();
    for (int r = 0; r < plan.lines().size(); r++) {
      out.add(plan.offset(r));
    }
    return out;
  }

  private static List<Binding.Kind> earlierKinds(SolvedPlan plan) {
    return plan.lines().stream().flatMap(l -> l.earlier().stream()).map(Binding::kind).toList();
  }

  private static List<Binding.Kind> laterKinds(SolvedPlan plan) {
    return plan.lines().stream().flatMap(l -> l.later().stream()).map(Binding::kind).toList();
  }

  private static List<Binding.Kind> allKinds(SolvedPlan plan) {
    List<Binding.Kind> out = new ArrayList<>(earlierKinds(plan));
    out.addAll(laterKinds(plan));
    return out;
  }

  static PlanConstraints withPerMonth(PlanConstraints c, int k) {
    return new PlanConstraints(
        c.name(),
        c.targetStage(),
        OptionalInt.of(k),
        c.monthsBetweenTranches(),
        c.maxTranches(),
        c.minReadiness(),
        c.minMonthsInStage(),
        c.capacity(),
        c.keepOnTransfer(),
        c.ceilings(),
        c.contiguity(),
        c.contiguityAllowed(),
        c.fixed(),
        c.weights(),
        c.relapseWindow());
  }

  static PlanConstraints withWeights(PlanConstraints c, PlanConstraints.Weights w) {
    return new PlanConstraints(
        c.name(),
        c.targetStage(),
        c.perMonth(),
        c.monthsBetweenTranches(),
        c.maxTranches(),
        c.minReadiness(),
        c.minMonthsInStage(),
        c.capacity(),
        c.keepOnTransfer(),
        c.ceilings(),
        c.contiguity(),
        c.contiguityAllowed(),
        c.fixed(),
        w,
        c.relapseWindow());
  }

  static PlanConstraints withKeep(PlanConstraints c, double keepCombat) {
    return new PlanConstraints(
        c.name(),
        c.targetStage(),
        c.perMonth(),
        c.monthsBetweenTranches(),
        c.maxTranches(),
        c.minReadiness(),
        c.minMonthsInStage(),
        c.capacity(),
        Map.of(Role.COMBAT, keepCombat),
        c.ceilings(),
        c.contiguity(),
        c.contiguityAllowed(),
        c.fixed(),
        c.weights(),
        c.relapseWindow());
  }

  static PlanConstraints copy(
      PlanConstraints c,
      int gap,
      OptionalInt maxTranches,
      Optional<PlanConstraints.Capacity> capacity,
      List<PlanConstraints.Ceiling> ceilings,
      boolean contiguity,
      double minReadiness) {
    return new PlanConstraints(
        c.name(),
        c.targetStage(),
        c.perMonth(),
        gap,
        maxTranches,
        minReadiness,
        c.minMonthsInStage(),
        capacity,
        c.keepOnTransfer(),
        ceilings,
        contiguity,
        c.contiguityAllowed(),
        c.fixed(),
        c.weights(),
        c.relapseWindow());
  }
}
