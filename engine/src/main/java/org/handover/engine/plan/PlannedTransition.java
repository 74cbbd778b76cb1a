package org.handover.engine.plan;

import java.time.YearMonth;
import java.util.Objects;
import org.handover.engine.theater.RegionId;

/**
 * One line of a plan: {@code region} moves from {@code fromStage} to {@code toStage} in {@code
 * month}, as part of tranche {@code tranche} (1 for the first month in which any region moves, and
 * so on).
 */
public record PlannedTransition(
    RegionId region, String fromStage, String toStage, YearMonth month, int tranche) {
  public PlannedTransition {
    Objects.requireNonNull(region, "region");
    Objects.requireNonNull(fromStage, "fromStage");
    Objects.requireNonNull(toStage, "toStage");
    Objects.requireNonNull(month, "month");
    if (tranche < 1) {
      throw new IllegalArgumentException("tranche must be 1 or more, not " + tranche);
    }
  }

  public static PlannedTransition of(
      RegionId region, String fromStage, String toStage, YearMonth month, int tranche) {
    return new PlannedTransition(region, fromStage, toStage, month, tranche);
  }
}
