package org.handover.engine.outlook;

import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.handover.engine.provenance.Provenance;
import org.handover.engine.theater.RegionId;
import org.handover.engine.time.MonthRange;

/**
 * What a planner needs of the forecast paths for each region and each month in which it could move
 * to a target stage: how likely it is to be ready by then, and how likely it is to step back after.
 *
 * @param months the months a transition may be planned in (the origin first)
 * @param window the months after a transition in which a step back counts as a relapse
 * @param target {@code target[r]}: the rank of region r's target stage, -1 when it has none (then
 *     its rows are empty)
 * @param readyBy {@code readyBy[r][k]}: share of paths on which region r has been ready for its
 *     target stage (the recommendation rule: its conditions held for its {@code promote_after}
 *     months) in at least one month from the origin to month k
 * @param relapse {@code relapse[r][k]}: share of paths on which, in the {@code window} months from
 *     month k, the target stage's conditions fail for that stage's {@code demote_after} months in a
 *     row: what the recommendation rules take as cause to step back
 */
public record TransitionRisks(
    YearMonth origin,
    MonthRange months,
    int window,
    int paths,
    long seed,
    List<RegionId> regions,
    List<Optional<String>> targetStages,
    int[] target,
    double[][] readyBy,
    double[][] relapse,
    String benchmarkSetName,
    String benchmarkSetVersion,
    String modelName) {

  public TransitionRisks {
    regions = List.copyOf(regions);
    targetStages = List.copyOf(targetStages);
    target = target.clone();
  }

  /** P(region {@code r} ready for its target by month offset {@code k}). */
  public double readyBy(int r, int k) {
    return readyBy[r].length == 0 ? Double.NaN : readyBy[r][k];
  }

  /** P(region {@code r} steps back within the window after moving in month offset {@code k}). */
  public double relapse(int r, int k) {
    return relapse[r].length == 0 ? Double.NaN : relapse[r][k];
  }

  public Provenance provenance(Provenance base) {
    return base.withSeed(seed)
        .withNote(
            "transition risks",
            paths
                + " sample paths from "
                + modelName
                + ", origin "
                + origin
                + ", "
                + months.length()
                + " months plus a relapse window of "
                + window
                + "; benchmark set "
                + benchmarkSetName
                + " "
                + benchmarkSetVersion);
  }
}
