package org.handover.engine.plan;

import com.google.ortools.Loader;
import com.google.ortools.sat.BoolVar;
import com.google.ortools.sat.CpModel;
import com.google.ortools.sat.CpSolver;
import com.google.ortools.sat.CpSolverStatus;
import com.google.ortools.sat.LinearExpr;
import com.google.ortools.sat.LinearExprBuilder;
import com.google.ortools.sat.Literal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.handover.engine.HandoverException;

/**
 * Solves a {@link PlanningProblem} with OR-Tools CP-SAT, which proves a plan optimal or reports the
 * gap to the best bound it proved. The model: {@code x[r][t]}, region r moves at offset t (the
 * horizon: unmoved), exactly one per region, only where {@link PlanningProblem#allowed} lets it;
 * {@code y[r][m]}, region r has moved by offset m; every limit is a linear constraint over them.
 * Then each region's line names what binds it ({@link MoveCheck}).
 */
public final class PlanSolver {
  private static boolean loaded;

  private PlanSolver() {}

  private static synchronized void load() {
    if (!loaded) {
      Loader.loadNativeLibraries();
      loaded = true;
    }
  }

  /**
   * @throws HandoverException when no plan meets the constraints, or none was found in the time
   *     limit
   */
  public static SolvedPlan solve(PlanningProblem p, SolveOptions options) {
    p.checkFixed();
    load();
    Built b = build(p, java.util.EnumSet.noneOf(Binding.Kind.class));
    CpSolver solver = solver(options);
    CpSolverStatus status = solver.solve(b.model());
    if (status == CpSolverStatus.INFEASIBLE) {
      throw new HandoverException(
          "no plan meets the constraints "
              + p.constraints().name()
              + ": they contradict each other"
              + culprits(p, options));
    }
    if (status != CpSolverStatus.OPTIMAL && status != CpSolverStatus.FEASIBLE) {
      throw new HandoverException(
          String.format(
              Locale.ROOT,
              "no plan found within the time limit of %.1f deterministic seconds (%s): raise"
                  + " --time-limit",
              options.timeLimit(),
              status.name().toLowerCase(Locale.ROOT)));
    }
    int n = p.regions().size();
    int h = p.horizon();
    BoolVar[][] x = b.x();
    int[] at = new int[n];
    long total = 0;
    for (int r = 0; r < n; r++) {
      at[r] = h;
      if (p.regions().get(r).done()) {
        continue;
      }
      for (int t = 0; t <= h; t++) {
        if (x[r][t] != null && solver.booleanValue(x[r][t])) {
          at[r] = t;
        }
      }
      total += p.cost(r, at[r]);
    }
    long bound = Math.round(Math.ceil(solver.bestObjectiveBound() - 1e-6));
    SolvedPlan.Status s =
        status == CpSolverStatus.OPTIMAL ? SolvedPlan.Status.OPTIMAL : SolvedPlan.Status.FEASIBLE;
    if (s == SolvedPlan.Status.OPTIMAL) {
      bound = total;
    }
    return new SolvedPlan(p, at, s, total, Math.min(bound, total), lines(p, at), options);
  }

  private static CpSolver solver(SolveOptions options) {
    CpSolver solver = new CpSolver();
    solver
        .getParameters()
        .setNumWorkers(options.workers())
        .setInterleaveSearch(true)
        .setRandomSeed((int) options.seed())
        .setMaxDeterministicTime(options.timeLimit())
        .setCpModelProbingLevel(0)
        .setSymmetryLevel(0)
        .setLogSearchProgress(Boolean.getBoolean("handover.plan.log"));
    if (options.wallLimit() > 0) {
      solver.getParameters().setMaxTimeInSeconds(options.wallLimit());
    }
    return solver;
  }

  /**
   * Which kinds of constraint, each dropped alone, would leave a plan: what to relax, said in the
   * error.
   */
  private static String culprits(PlanningProblem p, SolveOptions options) {
    List<String> out = new ArrayList<>();
    for (Binding.Kind kind :
        List.of(
            Binding.Kind.READINESS,
            Binding.Kind.MIN_MONTHS_IN_STAGE,
            Binding.Kind.FIXED,
            Binding.Kind.PER_MONTH,
            Binding.Kind.TRANCHE_SPACING,
            Binding.Kind.MAX_TRANCHES,
            Binding.Kind.CAPACITY,
            Binding.Kind.CEILING,
            Binding.Kind.CONTIGUITY)) {
      CpSolverStatus st = solver(options).solve(build(p, java.util.EnumSet.of(kind)).model());
      if (st == CpSolverStatus.OPTIMAL || st == CpSolverStatus.FEASIBLE) {
        out.add(kind.key());
      }
    }
    return out.isEmpty()
        ? " (no single kind of constraint, dropped alone, would leave a plan)"
        : " (a plan exists without: " + String.join(", ", out) + ")";
  }

  /** The model and its move variables. */
  private record Built(CpModel model, BoolVar[][] x) {}

  private static Built build(PlanningProblem p, java.util.Set<Binding.Kind> off) {
    int n = p.regions().size();
    int h = p.horizon();
    CpModel model = new CpModel();
    BoolVar[][] x = new BoolVar[n][h + 1];
    LinearExprBuilder objective = LinearExpr.newBuilder();
    for (int r = 0; r < n; r++) {
      if (p.regions().get(r).done()) {
        continue;
      }
      List<Literal> choices = new ArrayList<>();
      for (int t = 0; t <= h; t++) {
        if (p.allowed(r, t, off)) {
          x[r][t] = model.newBoolVar("x" + r + "_" + t);
          choices.add(x[r][t]);
          objective.addTerm(x[r][t], p.cost(r, t));
        }
      }
      model.addExactlyOne(choices);
    }
    // y[r][m]: moved by m, chained y[r][m] = y[r][m-1] + x[r][m] so that each constraint over
    // "moved by" stays short. Null for done regions (always moved).
    BoolVar[][] y = new BoolVar[n][h];
    for (int r = 0; r < n; r++) {
      if (p.regions().get(r).done()) {
        continue;
      }
      for (int m = 0; m < h; m++) {
        BoolVar v = model.newBoolVar("y" + r + "_" + m);
        LinearExprBuilder rhs = LinearExpr.newBuilder();
        if (m > 0) {
          rhs.add(y[r][m - 1]);
        }
        if (x[r][m] != null) {
          rhs.add(x[r][m]);
        }
        model.addEquality(v, rhs);
        y[r][m] = v;
      }
    }
    // moves[m]: how many regions move in month m; the limits over months read these, not every
    // region's variables again
    com.google.ortools.sat.IntVar[] moves = new com.google.ortools.sat.IntVar[h];
    for (int m = 0; m < h; m++) {
      moves[m] = model.newIntVar(0, n, "moves" + m);
      model.addEquality(moves[m], movesIn(x, m, m));
    }
    PlanConstraints c = p.constraints();
    if (c.perMonth().isPresent() && !off.contains(Binding.Kind.PER_MONTH)) {
      for (int m = 0; m < h; m++) {
        model.addLessOrEqual(moves[m], c.perMonth().getAsInt());
      }
    }
    int gap = off.contains(Binding.Kind.TRANCHE_SPACING) ? 1 : c.monthsBetweenTranches();
    boolean limitTranches = c.maxTranches().isPresent() && !off.contains(Binding.Kind.MAX_TRANCHES);
    if (gap > 1 || limitTranches) {
      BoolVar[] tranche = new BoolVar[h];
      LinearExprBuilder all = LinearExpr.newBuilder();
      for (int m = 0; m < h; m++) {
        tranche[m] = model.newBoolVar("tranche" + m);
        all.add(tranche[m]);
        model.addLessOrEqual(LinearExpr.newBuilder().add(moves[m]).addTerm(tranche[m], -n), 0);
      }
      if (gap > 1) {
        for (int m = 0; m < h; m++) {
          LinearExprBuilder window = LinearExpr.newBuilder();
          for (int s = m; s < Math.min(h, m + gap); s++) {
            window.add(tranche[s]);
          }
          model.addLessOrEqual(window, 1);
        }
      }
      if (limitTranches) {
        model.addLessOrEqual(all, c.maxTranches().getAsInt());
      }
    }
    int cap = p.capacityPerWindow();
    if (cap != Integer.MAX_VALUE && !off.contains(Binding.Kind.CAPACITY)) {
      int w = p.capacityMonths();
      for (int m = 0; m < h; m++) {
        LinearExprBuilder window = LinearExpr.newBuilder();
        for (int s = Math.max(0, m - w + 1); s <= m; s++) {
          window.add(moves[s]);
        }
        model.addLessOrEqual(window, cap - p.earlierMovesHolding(m));
      }
    }
    for (int m = 0; m < h; m++) {
      long ceiling = p.ceiling(m);
      if (ceiling == Long.MAX_VALUE || off.contains(Binding.Kind.CEILING)) {
        continue;
      }
      // sum of before - (before - after) * y <= ceiling, done regions at their start troops
      long fixedTroops = 0;
      LinearExprBuilder drop = LinearExpr.newBuilder();
      for (int r = 0; r < n; r++) {
        fixedTroops += p.roundedBefore(r);
        if (!p.regions().get(r).done()) {
          drop.addTerm(y[r][m], p.roundedBefore(r) - p.roundedAfter(r));
        }
      }
      model.addGreaterOrEqual(drop, fixedTroops - ceiling);
    }
    if (c.contiguity() && !off.contains(Binding.Kind.CONTIGUITY)) {
      for (int r = 0; r < n; r++) {
        PlanRegion region = p.regions().get(r);
        if (region.done() || region.contiguityExempt() || region.neighbours().length == 0) {
          continue;
        }
        for (int m = 0; m < h; m++) {
          // every neighbour moved by m => r moved by m
          LinearExprBuilder sum = LinearExpr.newBuilder();
          int constant = 0;
          for (int nb : region.neighbours()) {
            if (p.regions().get(nb).done()) {
              constant++;
            } else {
              sum.add(y[nb][m]);
            }
          }
          if (constant == region.neighbours().length) {
            break; // surrounded by decisions already taken: a fact the plan cannot change
          }
          sum.addTerm(y[r][m], -1);
          model.addLessOrEqual(sum, region.neighbours().length - 1 - constant);
        }
      }
    }
    // A hint: each region at its own cheapest allowed month. The limits usually move only some
    // regions from it, so the search starts near a good plan.
    for (int r = 0; r < n; r++) {
      int best = -1;
      for (int t = 0; t <= h; t++) {
        if (x[r][t] != null && (best < 0 || p.cost(r, t) < p.cost(r, best))) {
          best = t;
        }
      }
      for (int t = 0; t <= h; t++) {
        if (x[r][t] != null) {
          model.addHint(x[r][t], t == best ? 1 : 0);
        }
      }
    }
    model.minimize(objective);
    return new Built(model, x);
  }

  private static LinearExpr movesIn(BoolVar[][] x, int from, int to) {
    LinearExprBuilder sum = LinearExpr.newBuilder();
    for (BoolVar[] row : x) {
      for (int m = from; m <= to; m++) {
        if (row[m] != null) {
          sum.add(row[m]);
        }
      }
    }
    return sum.build();
  }

  /** Each region's line, with what binds it a month earlier and a month later. */
  static List<RegionPlan> lines(PlanningProblem p, int[] at) {
    int h = p.horizon();
    int[] trancheOf = new int[h];
    int next = 0;
    boolean[] used = new boolean[h];
    for (int r = 0; r < at.length; r++) {
      if (!p.regions().get(r).done() && at[r] < h) {
        used[at[r]] = true;
      }
    }
    for (int m = 0; m < h; m++) {
      trancheOf[m] = used[m] ? ++next : 0;
    }
    MoveCheck check = new MoveCheck(p, at);
    List<RegionPlan> out = new ArrayList<>();
    for (int r = 0; r < at.length; r++) {
      PlanRegion region = p.regions().get(r);
      if (region.done()) {
        List<Binding> fact = List.of(Binding.of(Binding.Kind.DECIDED, "in the ledger"));
        out.add(
            new RegionPlan(
                region.id(),
                region.fromStage(),
                region.toStage(),
                Optional.empty(),
                0,
                true,
                Double.NaN,
                Double.NaN,
                0,
                fact,
                fact));
        continue;
      }
      int t = at[r];
      List<Binding> earlier =
          t == 0
              ? List.of(Binding.of(Binding.Kind.HORIZON, "the plan's first month"))
              : explain(p, check, r, t, t - 1);
      List<Binding> later =
          t == h
              ? List.of(Binding.of(Binding.Kind.HORIZON, "not within the plan's months"))
              : explain(p, check, r, t, t + 1);
      out.add(
          new RegionPlan(
              region.id(),
              region.fromStage(),
              region.toStage(),
              t < h ? Optional.of(p.months().monthAt(t)) : Optional.empty(),
              t < h ? trancheOf[t] : 0,
              false,
              t < h ? region.readyBy()[t] : Double.NaN,
              t < h ? region.relapse()[t] : Double.NaN,
              p.cost(r, t) / PlanningProblem.SCALE,
              earlier,
              later));
    }
    return out;
  }

  private static List<Binding> explain(PlanningProblem p, MoveCheck check, int r, int t, int u) {
    List<Binding> broken = check.violations(r, u);
    if (!broken.isEmpty()) {
      return broken;
    }
    long delta = p.cost(r, u) - p.cost(r, t);
    if (delta == 0) {
      return List.of(Binding.of(Binding.Kind.TIE, "costs the same"));
    }
    PlanningProblem.Cost a = p.costOf(r, t);
    PlanningProblem.Cost b = p.costOf(r, u);
    PlanConstraints.Weights w = p.constraints().weights();
    return List.of(
        Binding.of(
            Binding.Kind.OBJECTIVE,
            String.format(
                Locale.ROOT,
                "%+.2f: relapse %+.2f, troop-months %+.2f, delay %+.2f%s",
                delta / PlanningProblem.SCALE,
                w.relapse() * (b.relapse() - a.relapse()),
                w.troopMonths() * (b.troopMonths() - a.troopMonths()) / 1000,
                w.delay() * (b.delay() - a.delay()),
                b.unmoved() != a.unmoved()
                    ? String.format(
                        Locale.ROOT, ", unmoved %+.2f", w.unmoved() * (b.unmoved() - a.unmoved()))
                    : "")));
  }
}
