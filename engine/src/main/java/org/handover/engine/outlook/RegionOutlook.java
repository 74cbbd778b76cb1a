package org.handover.engine.outlook;

import java.util.List;
import java.util.Optional;
import org.handover.engine.benchmark.Stage;
import org.handover.engine.theater.RegionId;

/**
 * One region's outlook: the chance it is ready for its next stage (by the recommendation rule: the
 * stage's conditions held for its {@code promote_after} months), month by month.
 *
 * @param currentStage its stage in the last month before the origin
 * @param nextStage the stage above, empty at the top of the ladder (then the probabilities are
 *     empty)
 * @param conditions ids of the next stage's conditions
 * @param readyBy {@code readyBy[k]}: probability that the region is ready in at least one month
 *     from the origin to month k (cumulative, non-decreasing)
 * @param metIn {@code metIn[k]}: probability that it is ready in month k itself (a region can be
 *     ready and fall back)
 */
public record RegionOutlook(
    RegionId region,
    Stage currentStage,
    Optional<Stage> nextStage,
    List<String> conditions,
    double[] readyBy,
    double[] metIn,
    ReadinessMonth readiness) {

  public RegionOutlook {
    conditions = List.copyOf(conditions);
    readyBy = readyBy.clone();
    metIn = metIn.clone();
  }

  @Override
  public double[] readyBy() {
    return readyBy.clone();
  }

  @Override
  public double[] metIn() {
    return metIn.clone();
  }

  /**
   * P(ready within {@code months} months of the origin), the origin month counting as the first.
   */
  public double readyWithin(int months) {
    if (nextStage.isEmpty()) {
      return Double.NaN;
    }
    if (months < 1 || months > readyBy.length) {
      throw new IllegalArgumentException(
          "months must be in 1.." + readyBy.length + ", not " + months);
    }
    return readyBy[months - 1];
  }
}
