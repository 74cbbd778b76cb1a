package org.handover.app.report.section;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.handover.app.report.model.ReportModel;
import org.handover.engine.assessment.Assessment;
import org.handover.engine.assessment.BenchmarkVerdict;
import org.handover.engine.assessment.ConditionShift;
import org.handover.engine.assessment.RegionAssessment;
import org.handover.engine.benchmark.Stage;
import org.handover.engine.theater.RegionId;

/**
 * A region whose stage differs between an earlier month and the as-of month, and the benchmarks
 * that moved it: those whose status changed inside the conditions that changed status and that the
 * stages crossed require.
 *
 * @param movers empty when there is no assessment of the earlier month to compare verdicts with
 */
public record StageChange(RegionId region, YearMonth since, int fromRank, int toRank, Optional<List<Move>> movers) {

  public StageChange {
    movers = movers.map(List::copyOf);
  }

  /** One benchmark whose verdict changed: before and now. */
  public record Move(String conditionName, BenchmarkVerdict before, BenchmarkVerdict now) {}

  public boolean up() {
    return toRank > fromRank;
  }

  /** Every region whose stage at {@code since} (from the history) differs from its stage as of the model's month. */
  public static List<StageChange> since(ReportModel model, YearMonth since) {
    if (!model.history().months().contains(since)) {
      return List.of();
    }
    int m = model.history().months().offsetOf(since);
    Optional<Assessment> before = model.earlier(since);
    List<StageChange> out = new ArrayList<>();
    for (RegionAssessment now : model.assessment().regions()) {
      int r = model.theater().indexOf(now.region());
      int from = model.history().rank()[r][m];
      if (from != now.stageRank()) {
        Optional<List<Move>> movers = before.flatMap(b -> b.region(now.region()))
            .map(b -> movers(model.benchmarkSet().stages(), from, now.stageRank(), b, now));
        out.add(new StageChange(now.region(), since, from, now.stageRank(), movers));
      }
    }
    return out;
  }

  private static List<Move> movers(List<Stage> stages, int from, int to, RegionAssessment before, RegionAssessment now) {
    Set<String> crossed = new HashSet<>();
    for (int s = Math.min(from, to) + 1; s <= Math.max(from, to); s++) {
      crossed.addAll(stages.get(s).requires());
    }
    List<Move> moves = new ArrayList<>();
    for (ConditionShift c : ConditionShift.between(before, now)) {
      if (crossed.contains(c.conditionId())) {
        c.benchmarks().forEach(b -> moves.add(new Move(c.now().condition().name(), b.before(), b.now())));
      }
    }
    return moves;
  }
}
