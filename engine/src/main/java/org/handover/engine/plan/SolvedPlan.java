package org.handover.engine.plan;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.handover.engine.scenario.Role;
import org.handover.engine.time.MonthRange;

/**
 * A solved plan: each region's month and what binds it, the foreign posture by role, nation, region
 * and month that follows from it, the objective and how close it is proved to be to the best
 * possible.
 */
public final class SolvedPlan {
  /** Whether the solver proved the plan optimal or only found it. */
  public enum Status {
    OPTIMAL,
    FEASIBLE
  }

  private final PlanningProblem problem;
  private final int[] at;
  private final Status status;
  private final long objective;
  private final long bound;
  private final List<RegionPlan> lines;
  private final SolveOptions options;

  SolvedPlan(
      PlanningProblem problem,
      int[] at,
      Status status,
      long objective,
      long bound,
      List<RegionPlan> lines,
      SolveOptions options) {
    this.problem = Objects.requireNonNull(problem, "problem");
    this.at = at.clone();
    this.status = status;
    this.objective = objective;
    this.bound = bound;
    this.lines = List.copyOf(lines);
    this.options = options;
  }

  public PlanningProblem problem() {
    return problem;
  }

  public MonthRange months() {
    return problem.months();
  }

  public Status status() {
    return status;
  }

  public SolveOptions options() {
    return options;
  }

  /** The objective's value (in the weights' units). */
  public double objective() {
    return objective / PlanningProblem.SCALE;
  }

  /** The objective as the solver sums it, in thousandths: what tests compare exactly. */
  public long objectiveUnits() {
    return objective;
  }

  /** The best bound the solver proved: no plan can cost less. */
  public double bound() {
    return bound / PlanningProblem.SCALE;
  }

  /** (objective - bound) / objective: 0 when proved optimal. */
  public double gap() {
    if (objective == bound) {
      return 0;
    }
    return (objective - bound) / (double) Math.max(1, Math.abs(objective));
  }

  public List<RegionPlan> lines() {
    return lines;
  }

  /** The planned moves, in month order (then region), with their tranches. */
  public List<PlannedTransition> transitions() {
    List<PlannedTransition> out = new ArrayList<>();
    for (RegionPlan line : lines) {
      if (!line.decided() && line.month().isPresent()) {
        out.add(
            PlannedTransition.of(
                line.region(),
                line.fromStage(),
                line.toStage(),
                line.month().get(),
                line.tranche()));
      }
    }
    out.sort(
        java.util.Comparator.comparing(PlannedTransition::month)
            .thenComparing(PlannedTransition::region));
    return out;
  }

  /** Region {@code r}'s month offset ({@code horizon}: unmoved; meaningless for done regions). */
  public int offset(int r) {
    return at[r];
  }

  /** Whether region {@code r} has moved (or was already moved) by offset {@code m}. */
  public boolean movedBy(int r, int m) {
    return problem.regions().get(r).done() || at[r] <= m;
  }

  /** Foreign troops of {@code nation} in {@code role} in region {@code r} at offset {@code m}. */
  public double troops(int m, int r, int nation, Role role) {
    PlanRegion region = problem.regions().get(r);
    double start = region.troops()[nation][role.ordinal()];
    return !region.done() && at[r] <= m ? start * problem.keep(role) : start;
  }

  /** All foreign troops at offset {@code m}. */
  public double total(int m) {
    double sum = 0;
    for (int r = 0; r < at.length; r++) {
      sum += regionTotal(m, r);
    }
    return sum;
  }

  public double regionTotal(int m, int r) {
    double sum = 0;
    for (int n = 0; n < problem.nations().size(); n++) {
      for (Role role : Role.values()) {
        sum += troops(m, r, n, role);
      }
    }
    return sum;
  }

  public double roleTotal(int m, Role role) {
    double sum = 0;
    for (int r = 0; r < at.length; r++) {
      for (int n = 0; n < problem.nations().size(); n++) {
        sum += troops(m, r, n, role);
      }
    }
    return sum;
  }

  public double nationTotal(int m, int nation) {
    double sum = 0;
    for (int r = 0; r < at.length; r++) {
      for (Role role : Role.values()) {
        sum += troops(m, r, nation, role);
      }
    }
    return sum;
  }

  /** Advisers and trainers the moved regions need at offset {@code m}. */
  public long[] advisersAndTrainers(int m) {
    if (problem.constraints().capacity().isEmpty()) {
      return new long[] {0, 0};
    }
    PlanConstraints.Capacity c = problem.constraints().capacity().get();
    int holding = problem.earlierMovesHolding(m);
    for (int r = 0; r < at.length; r++) {
      if (!problem.regions().get(r).done() && at[r] <= m && m < at[r] + c.months()) {
        holding++;
      }
    }
    return new long[] {
      (long) holding * c.advisersPerRegion(), (long) holding * c.trainersPerRegion()
    };
  }

  /** The objective's parts summed over regions: relapses, troop-months, delay, unmoved. */
  public double[] parts() {
    double[] sum = new double[4];
    for (int r = 0; r < at.length; r++) {
      if (problem.regions().get(r).done()) {
        continue;
      }
      PlanningProblem.Cost c = problem.costOf(r, at[r]);
      sum[0] += c.relapse();
      sum[1] += c.troopMonths();
      sum[2] += c.delay();
      sum[3] += c.unmoved();
    }
    return sum;
  }

  /** The month of offset {@code m}. */
  public YearMonth month(int m) {
    return problem.months().monthAt(m);
  }
}
