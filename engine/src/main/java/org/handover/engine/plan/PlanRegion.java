package org.handover.engine.plan;

import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;
import org.handover.engine.theater.RegionId;

/**
 * One region as the planner sees it.
 *
 * @param fromStage its decided stage at the start of the plan (the first stage when undecided)
 * @param toStage the stage it is planned into
 * @param done it is already at {@code toStage} by a decision in the ledger: a fact, not planned
 * @param movedAt for a done region, the month offset (0 or less) in which it moved, when known
 * @param readyBy {@code readyBy[k]}: P(ready for {@code toStage} by month k) (empty when done)
 * @param relapse {@code relapse[k]}: P(stepping back after moving in month k) (empty when done)
 * @param earliest the first month offset it may move in, from the months it must spend in its stage
 *     (0 or less: no restriction)
 * @param troops {@code troops[nation][role]}: foreign troops in the region at the start
 * @param neighbours indices of its neighbours in the problem's region list
 * @param fixed the month offset of an agreed move, if there is one
 * @param contiguityExempt it may be left under foreign lead with every neighbour moved
 */
public record PlanRegion(
    RegionId id,
    String fromStage,
    String toStage,
    boolean done,
    OptionalInt movedAt,
    double[] readyBy,
    double[] relapse,
    int earliest,
    double[][] troops,
    int[] neighbours,
    OptionalInt fixed,
    boolean contiguityExempt) {

  public PlanRegion {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(fromStage, "fromStage");
    Objects.requireNonNull(toStage, "toStage");
    readyBy = readyBy.clone();
    relapse = relapse.clone();
    troops = deepCopy(troops);
    neighbours = neighbours.clone();
  }

  static double[][] deepCopy(double[][] a) {
    double[][] c = new double[a.length][];
    for (int i = 0; i < a.length; i++) {
      c[i] = a[i].clone();
    }
    return c;
  }

  /** The neighbours as a list, for callers that only read them. */
  public List<Integer> neighbourList() {
    return java.util.Arrays.stream(neighbours).boxed().toList();
  }
}
