package org.handover.engine.assessment;

import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.handover.engine.benchmark.Stage;
import org.handover.engine.theater.RegionId;

/**
 * Where one region stands in one month: its stage, the stage it would move to next, and every
 * condition and benchmark verdict behind that.
 *
 * @param blockedBy ids of the next stage's conditions that are not met (empty at the top stage)
 */
public record RegionAssessment(
    RegionId region,
    YearMonth month,
    Stage stage,
    int stageRank,
    Optional<Stage> nextStage,
    List<String> blockedBy,
    List<ConditionVerdict> conditions,
    String explanation) {

  public RegionAssessment {
    blockedBy = List.copyOf(blockedBy);
    conditions = List.copyOf(conditions);
  }

  public boolean illustrative() {
    return conditions.stream().anyMatch(ConditionVerdict::illustrative);
  }
}
