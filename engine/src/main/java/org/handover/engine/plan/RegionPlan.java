package org.handover.engine.plan;

import java.time.YearMonth;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.handover.engine.theater.RegionId;

/**
 * One region's line of a plan.
 *
 * @param month when it moves; empty: not within the plan's months (or already moved, when {@code
 *     decided})
 * @param tranche its tranche (1 for the first month in which any region moves), 0 when it does not
 *     move in the plan
 * @param decided it had already moved by a decision in the ledger: a fact, not planned
 * @param readyBy P(ready for {@code toStage} by its month); NaN when it does not move in the plan
 * @param relapse P(stepping back within the relapse window after its month); NaN likewise
 * @param cost its weighted cost in the objective
 * @param earlier why not a month earlier
 * @param later why not a month later
 */
public record RegionPlan(
    RegionId region,
    String fromStage,
    String toStage,
    Optional<YearMonth> month,
    int tranche,
    boolean decided,
    double readyBy,
    double relapse,
    double cost,
    List<Binding> earlier,
    List<Binding> later) {
  public RegionPlan {
    Objects.requireNonNull(region, "region");
    earlier = List.copyOf(earlier);
    later = List.copyOf(later);
  }
}
