package org.handover.engine.plan;

import java.time.YearMonth;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.handover.engine.HandoverException;
import org.handover.engine.scenario.Role;
import org.handover.engine.time.MonthRange;

/**
 * Everything the solver decides over: the regions, the months, the limits resolved to numbers and
 * the cost of each region's move in each month. A region's move is a month offset {@code t} in
 * {@code 0..horizon-1}, or {@code horizon}: not within the plan's months ("unmoved").
 *
 * <p>The objective is separable: each region's cost depends on its own month only, {@code
 * weights.relapse * relapse[t] + weights.troopMonths * troopMonths(t) / 1000 + weights.delay * t +
 * weights.unmoved * (t == horizon)}, where {@code troopMonths(t)} counts the region's foreign
 * troops over the plan's months: all of them before its move, the share each role keeps after.
 */
public final class PlanningProblem {
  /** Costs are whole numbers of thousandths, the unit CP-SAT optimises in. */
  static final double SCALE = 1000;

  private final MonthRange months;
  private final List<PlanRegion> regions;
  private final List<String> nations;
  private final PlanConstraints constraints;
  private final long advisersAvailable;
  private final long trainersAvailable;
  private final double[] before;
  private final double[] after;
  private final long[][] cost;

  private PlanningProblem(
      MonthRange months,
      List<PlanRegion> regions,
      List<String> nations,
      PlanConstraints constraints,
      long advisersAvailable,
      long trainersAvailable) {
    this.months = Objects.requireNonNull(months, "months");
    this.regions = List.copyOf(regions);
    this.nations = List.copyOf(nations);
    this.constraints = Objects.requireNonNull(constraints, "constraints");
    this.advisersAvailable = advisersAvailable;
    this.trainersAvailable = trainersAvailable;
    int h = months.length();
    int n = this.regions.size();
    before = new double[n];
    after = new double[n];
    cost = new long[n][h + 1];
    for (int r = 0; r < n; r++) {
      PlanRegion region = this.regions.get(r);
      for (int x : region.neighbours()) {
        if (x < 0 || x >= n || x == r) {
          throw new IllegalArgumentException(region.id() + ": bad neighbour index " + x);
        }
      }
      if (region.troops().length != this.nations.size()) {
        throw new IllegalArgumentException(region.id() + ": troops must list every nation");
      }
      for (double[] byRole : region.troops()) {
        for (Role role : Role.values()) {
          before[r] += byRole[role.ordinal()];
          after[r] += byRole[role.ordinal()] * keep(role);
        }
      }
      if (region.done()) {
        continue;
      }
      if (region.readyBy().length != h || region.relapse().length != h) {
        throw new IllegalArgumentException(region.id() + ": need " + h + " months of risks");
      }
      for (int t = 0; t <= h; t++) {
        cost[r][t] = Math.round(SCALE * costOf(r, t).total());
      }
    }
  }

  /**
   * @param advisersAvailable advisers the theater has for moved regions (used with a capacity
   *     limit)
   * @param trainersAvailable trainers likewise
   */
  public static PlanningProblem of(
      MonthRange months,
      List<PlanRegion> regions,
      List<String> nations,
      PlanConstraints constraints,
      long advisersAvailable,
      long trainersAvailable) {
    return new PlanningProblem(
        months, regions, nations, constraints, advisersAvailable, trainersAvailable);
  }

  public MonthRange months() {
    return months;
  }

  public int horizon() {
    return months.length();
  }

  public List<PlanRegion> regions() {
    return regions;
  }

  public List<String> nations() {
    return nations;
  }

  public PlanConstraints constraints() {
    return constraints;
  }

  public long advisersAvailable() {
    return advisersAvailable;
  }

  public long trainersAvailable() {
    return trainersAvailable;
  }

  /** The share of {@code role}'s troops a region keeps once it has moved. */
  public double keep(Role role) {
    return constraints.keepOnTransfer().getOrDefault(role, 1.0);
  }

  /** Region {@code r}'s foreign troops before its move. */
  public double troopsBefore(int r) {
    return before[r];
  }

  /** Region {@code r}'s foreign troops once it has moved. */
  public double troopsAfter(int r) {
    return after[r];
  }

  /** The integer cost (thousandths) of moving region {@code r} at offset {@code t}. */
  public long cost(int r, int t) {
    return cost[r][t];
  }

  /** The parts of the cost of moving region {@code r} at offset {@code t} (horizon: unmoved). */
  public Cost costOf(int r, int t) {
    PlanRegion region = regions.get(r);
    int h = horizon();
    double relapse = t < h ? region.relapse()[t] : 0;
    double troopMonths = t * before[r] + (h - t) * after[r];
    return new Cost(relapse, troopMonths, t, t == h ? 1 : 0, constraints.weights());
  }

  /**
   * Whether region {@code r} may move at offset {@code t} on its own terms: its readiness, the
   * months it must spend in its stage, and an agreed month. Unmoved is always allowed unless a
   * month is fixed. An agreed month is allowed even when readiness or the months in stage would not
   * allow it: the parties have agreed it.
   */
  public boolean allowed(int r, int t) {
    return allowed(r, t, java.util.Set.of());
  }

  /** {@link #allowed(int, int)} with the kinds in {@code off} not applied. */
  boolean allowed(int r, int t, java.util.Set<Binding.Kind> off) {
    PlanRegion region = regions.get(r);
    if (region.done()) {
      return false;
    }
    if (region.fixed().isPresent() && !off.contains(Binding.Kind.FIXED)) {
      return region.fixed().getAsInt() == t;
    }
    if (t == horizon()) {
      return true;
    }
    return (ready(r, t) || off.contains(Binding.Kind.READINESS))
        && (t >= region.earliest() || off.contains(Binding.Kind.MIN_MONTHS_IN_STAGE));
  }

  /** Region {@code r} meets the minimum readiness at offset {@code t}. */
  boolean ready(int r, int t) {
    return regions.get(r).readyBy()[t] >= constraints.minReadiness() - 1e-12;
  }

  /**
   * Regions that may move within any span of the capacity's months: what the advisers and trainers
   * allow; {@code Integer.MAX_VALUE} without a capacity limit.
   */
  public int capacityPerWindow() {
    if (constraints.capacity().isEmpty()) {
      return Integer.MAX_VALUE;
    }
    PlanConstraints.Capacity c = constraints.capacity().get();
    long limit = Integer.MAX_VALUE;
    if (c.advisersPerRegion() > 0) {
      limit = Math.min(limit, advisersAvailable / c.advisersPerRegion());
    }
    if (c.trainersPerRegion() > 0) {
      limit = Math.min(limit, trainersAvailable / c.trainersPerRegion());
    }
    return (int) limit;
  }

  /** The capacity's months: how long a moved region needs its advisers and trainers. */
  public int capacityMonths() {
    return constraints.capacity().map(PlanConstraints.Capacity::months).orElse(1);
  }

  /** Regions that moved before the plan and still hold advisers or trainers at offset {@code m}. */
  int earlierMovesHolding(int m) {
    int held = 0;
    for (PlanRegion region : regions) {
      if (region.done() && region.movedAt().isPresent()) {
        int at = region.movedAt().getAsInt();
        if (at <= m && m < at + capacityMonths()) {
          held++;
        }
      }
    }
    return held;
  }

  /** The troop ceiling at offset {@code m}, or {@code Long.MAX_VALUE}. */
  public long ceiling(int m) {
    YearMonth month = months.monthAt(m);
    long max = Long.MAX_VALUE;
    YearMonth latest = null;
    for (PlanConstraints.Ceiling c : constraints.ceilings()) {
      if (!c.from().isAfter(month) && (latest == null || !c.from().isBefore(latest))) {
        latest = c.from();
        max = c.max();
      }
    }
    return max;
  }

  /** Troops of every region, at start, whole: what ceilings compare with. */
  long roundedBefore(int r) {
    return Math.round(before[r]);
  }

  long roundedAfter(int r) {
    return Math.round(after[r]);
  }

  /** Each role's share kept on a move, for every role (1 where none is given). */
  public Map<Role, Double> keepByRole() {
    Map<Role, Double> out = new EnumMap<>(Role.class);
    for (Role role : Role.values()) {
      out.put(role, keep(role));
    }
    return out;
  }

  /** Throws when a fixed month is outside the plan's months. */
  void checkFixed() {
    for (PlanRegion region : regions) {
      if (region.fixed().isPresent()) {
        int t = region.fixed().getAsInt();
        if (t < 0 || t >= horizon()) {
          throw new HandoverException(
              region.id() + ": the agreed month is outside the plan's months (" + months + ")");
        }
      }
    }
  }

  /** One region's cost of moving in one month, by part, and its weighted total. */
  public record Cost(
      double relapse, double troopMonths, int delay, int unmoved, PlanConstraints.Weights w) {
    public double total() {
      return w.relapse() * relapse
          + w.troopMonths() * troopMonths / 1000
          + w.delay() * delay
          + w.unmoved() * unmoved;
    }
  }
}
