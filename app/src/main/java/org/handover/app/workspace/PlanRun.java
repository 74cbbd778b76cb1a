package org.handover.app.workspace;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import org.handover.engine.HandoverException;
import org.handover.engine.benchmark.Stage;
import org.handover.engine.decision.LedgerEntry;
import org.handover.engine.outlook.TransitionRisks;
import org.handover.engine.plan.PlanConstraints;
import org.handover.engine.plan.PlanRegion;
import org.handover.engine.plan.PlanningProblem;
import org.handover.engine.plan.SolvedPlan;
import org.handover.engine.scenario.Role;
import org.handover.engine.scenario.StartingPosture;
import org.handover.engine.theater.Region;
import org.handover.engine.theater.RegionId;
import org.handover.engine.theater.Theater;
import org.handover.engine.time.MonthRange;
import org.handover.io.config.PlanConstraintsReader;
import org.handover.io.store.TheaterReader;

/**
 * A plan's inputs from a workspace: the constraints file, each region's decided stage and target
 * from the ledger, the transition risks from forecast paths, and the starting posture
 * (illustrative: split from national troop numbers as the posture file says).
 */
public record PlanRun(
    PlanningProblem problem,
    TransitionRisks risks,
    StartingPosture posture,
    PlanConstraints constraints,
    YearMonth asOf) {

  /** The built-in constraints for the built-in Iraq data: planning from mid-2007. */
  public static Path builtInConstraints() {
    return Home.iraq().resolve("plans/iraq-2007.yaml");
  }

  /** The constraints of the real process of 2006, for looking back. */
  public static Path lookingBackConstraints() {
    return Home.iraq().resolve("plans/iraq-2006-looking-back.yaml");
  }

  /**
   * @param horizon months of the plan, from the month after {@code asOf}
   */
  public static PlanRun build(
      Workspace ws,
      TheaterReader reader,
      ForecastRun run,
      Path constraintsFile,
      Path postureFile,
      YearMonth asOf,
      int horizon,
      int paths,
      long seed,
      int lookback) {
    PlanConstraints c =
        PlanConstraintsReader.read(
            constraintsFile, reader.resolver(ws.theaterName()), ws.stageIds());
    return build(
        ws, run, c, constraintsFile.toString(), postureFile, asOf, horizon, paths, seed, lookback);
  }

  /**
   * A plan's inputs from constraints read already (from a request's body, say).
   *
   * @param constraintsName what the constraints are called in errors (their file)
   * @param horizon months of the plan, from the month after {@code asOf}
   */
  public static PlanRun build(
      Workspace ws,
      ForecastRun run,
      PlanConstraints c,
      String constraintsName,
      Path postureFile,
      YearMonth asOf,
      int horizon,
      int paths,
      long seed,
      int lookback) {
    List<String> stageIds = ws.stageIds();
    Theater theater = ws.theater();
    List<Stage> stages = ws.benchmarkSet().stages();
    MonthRange at = MonthRange.of(asOf, asOf);
    int[] status = new int[theater.size()];
    LedgerEntry[] deciding = new LedgerEntry[theater.size()];
    int[][] st = ws.ledger().status(theater, at, stages);
    LedgerEntry[][] dec = ws.ledger().deciding(theater, at, stages);
    int[] target = new int[theater.size()];
    for (int r = 0; r < theater.size(); r++) {
      status[r] = st[r][0];
      deciding[r] = dec[r][0];
      int from = Math.max(status[r], 0);
      target[r] =
          c.targetStage().map(stageIds::indexOf).orElse(from + 1 < stages.size() ? from + 1 : -1);
      if (target[r] >= 0 && status[r] >= target[r]) {
        target[r] = -1; // already there: a fact
      }
    }
    TransitionRisks risks =
        run.transitionRisks(asOf, horizon, paths, seed, lookback, target, c.relapseWindow());
    StartingPosture posture = ScenarioRun.startingPosture(ws, run, postureFile, asOf);
    YearMonth first = asOf.plusMonths(1);
    MonthRange months = MonthRange.of(first, first.plusMonths(horizon - 1));
    int[][] adjacency = theater.adjacency();
    List<PlanRegion> regions = new ArrayList<>();
    for (int r = 0; r < theater.size(); r++) {
      Region region = theater.regions().get(r);
      RegionId id = region.id();
      String fromStage = stages.get(Math.max(status[r], 0)).id();
      boolean done = target[r] < 0;
      String toStage = done ? fromStage : stages.get(target[r]).id();
      OptionalInt movedAt = OptionalInt.empty();
      int earliest = 0;
      if (deciding[r] != null) {
        YearMonth entered = deciding[r].effectiveMonth();
        int offset = (int) java.time.temporal.ChronoUnit.MONTHS.between(first, entered);
        if (done) {
          movedAt = OptionalInt.of(offset);
        }
        earliest = offset + c.minMonthsInStage().getOrDefault(fromStage, 0);
      }
      OptionalInt fixed = OptionalInt.empty();
      YearMonth agreed = c.fixed().get(id);
      if (agreed != null) {
        if (done) {
          throw new HandoverException(
              constraintsName
                  + ": fixed: "
                  + id
                  + " is already at "
                  + fromStage
                  + " by a decision in the ledger; it cannot be planned again");
        }
        if (!months.contains(agreed)) {
          throw new HandoverException(
              constraintsName
                  + ": fixed: "
                  + id
                  + " "
                  + agreed
                  + " is outside the plan's months ("
                  + months
                  + ")");
        }
        fixed = OptionalInt.of(months.offsetOf(agreed));
      }
      double[][] troops = new double[posture.nations().size()][Role.values().length];
      for (int n = 0; n < troops.length; n++) {
        for (Role role : Role.values()) {
          troops[n][role.ordinal()] = posture.troops(r, n, role);
        }
      }
      regions.add(
          new PlanRegion(
              id,
              fromStage,
              toStage,
              done,
              movedAt,
              done ? new double[0] : risks.readyBy()[r],
              done ? new double[0] : risks.relapse()[r],
              earliest,
              troops,
              adjacency[r],
              fixed,
              c.contiguityAllowed().contains(id)));
    }
    long advisers = Math.round(roleTotal(posture, Role.ADVISE_ASSIST));
    long trainers = Math.round(roleTotal(posture, Role.TRAINING));
    if (c.capacity().isPresent()) {
      advisers = c.capacity().get().advisers().orElse(advisers);
      trainers = c.capacity().get().trainers().orElse(trainers);
    }
    PlanningProblem problem =
        PlanningProblem.of(months, regions, posture.nations(), c, advisers, trainers);
    return new PlanRun(problem, risks, posture, c, asOf);
  }

  /** The provenance note on how the solver chose the plan, as every plan output carries it. */
  public static String solverNote(SolvedPlan plan, YearMonth asOf) {
    return "each region's move chosen by OR-Tools CP-SAT ("
        + plan.options().workers()
        + " workers interleaved, seed "
        + plan.options().seed()
        + ", at most "
        + plan.options().timeLimit()
        + " deterministic seconds"
        + (plan.options().wallLimit() > 0
            ? " or "
                + plan.options().wallLimit()
                + " wall-clock seconds, which makes it"
                + " depend on the machine's load"
            : "")
        + ") from "
        + asOf.plusMonths(1)
        + ": "
        + plan.status().name().toLowerCase(java.util.Locale.ROOT)
        + ", gap "
        + String.format(java.util.Locale.ROOT, "%.4f", plan.gap());
  }

  private static double roleTotal(StartingPosture posture, Role role) {
    double sum = 0;
    for (int r = 0; r < posture.regionCount(); r++) {
      sum += posture.regionRole(r, role);
    }
    return sum;
  }
}
