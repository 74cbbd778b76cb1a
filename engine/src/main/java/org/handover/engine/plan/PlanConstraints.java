package org.handover.engine.plan;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.handover.engine.scenario.Role;
import org.handover.engine.theater.RegionId;

/**
 * What a plan must respect and what it weighs (docs/planning.md has every key of the file these
 * come from). Every limit is optional; an absent one does not bind.
 *
 * @param name the constraints' name, shown with the plan
 * @param targetStage the stage every region is planned into; empty: each region's next stage above
 *     its decided one
 * @param perMonth at most this many regions move in one month (one month's moves are a tranche)
 * @param monthsBetweenTranches at least this many months from one tranche to the next (1: any two
 *     months)
 * @param maxTranches at most this many tranches
 * @param minReadiness a region may move only in a month by which it is ready on at least this share
 *     of the paths
 * @param minMonthsInStage by stage a region leaves, the months it must have spent in it first
 * @param capacity advisers and trainers each moving region needs, when there is a limit
 * @param keepOnTransfer by role, the share of a region's troops that stays once it has moved
 *     (overwatch); a role not named keeps all
 * @param ceilings the most foreign troops in the theater from a month on
 * @param contiguity whether a region under foreign lead may be left with every neighbour moved
 * @param contiguityAllowed regions that may be left so
 * @param fixed transitions already agreed: region and month
 * @param weights the objective's weights
 * @param relapseWindow months after a move in which a step back counts as a relapse
 */
public record PlanConstraints(
    String name,
    Optional<String> targetStage,
    OptionalInt perMonth,
    int monthsBetweenTranches,
    OptionalInt maxTranches,
    double minReadiness,
    Map<String, Integer> minMonthsInStage,
    Optional<Capacity> capacity,
    Map<Role, Double> keepOnTransfer,
    List<Ceiling> ceilings,
    boolean contiguity,
    List<RegionId> contiguityAllowed,
    Map<RegionId, YearMonth> fixed,
    Weights weights,
    int relapseWindow) {

  public static final int DEFAULT_RELAPSE_WINDOW = 12;

  public PlanConstraints {
    Objects.requireNonNull(name, "name");
    minMonthsInStage = Map.copyOf(minMonthsInStage);
    keepOnTransfer = Map.copyOf(keepOnTransfer);
    ceilings = List.copyOf(ceilings);
    contiguityAllowed = List.copyOf(contiguityAllowed);
    fixed = Map.copyOf(fixed);
    if (monthsBetweenTranches < 1
        || relapseWindow < 1
        || !(minReadiness >= 0 && minReadiness <= 1)) {
      throw new IllegalArgumentException("months must be 1 or more and readiness within 0..1");
    }
  }

  /** No limit at all, default weights: the plan the objective alone would choose. */
  public static PlanConstraints none(String name) {
    return new PlanConstraints(
        name,
        Optional.empty(),
        OptionalInt.empty(),
        1,
        OptionalInt.empty(),
        0,
        Map.of(),
        Optional.empty(),
        Map.of(),
        List.of(),
        false,
        List.of(),
        Map.of(),
        Weights.DEFAULT,
        DEFAULT_RELAPSE_WINDOW);
  }

  /**
   * Advisers and trainers a region needs for {@code months} months from its move; the theater has
   * {@code advisers} and {@code trainers} (empty: the starting posture's advise-and-assist and
   * training troops).
   */
  public record Capacity(
      int advisersPerRegion,
      int trainersPerRegion,
      int months,
      OptionalLong advisers,
      OptionalLong trainers) {
    public Capacity {
      if (advisersPerRegion < 0 || trainersPerRegion < 0 || months < 1) {
        throw new IllegalArgumentException("needs are 0 or more, for 1 month or more");
      }
    }
  }

  /** From {@code from} on, at most {@code max} foreign troops in the theater. */
  public record Ceiling(YearMonth from, long max) {
    public Ceiling {
      Objects.requireNonNull(from, "from");
      if (max < 0) {
        throw new IllegalArgumentException("a ceiling is 0 or more");
      }
    }
  }

  /**
   * The objective's weights: per expected relapse (a region stepping back), per 1,000 foreign
   * troop-months, per region-month of delay, per region left unmoved at the end of the horizon.
   */
  public record Weights(double relapse, double troopMonths, double delay, double unmoved) {
    public static final Weights DEFAULT = new Weights(100, 1, 1, 0);

    public Weights {
      if (!(relapse >= 0 && troopMonths >= 0 && delay >= 0 && unmoved >= 0)) {
        throw new IllegalArgumentException("weights are 0 or more");
      }
    }
  }
}
