package org.handover.engine.assessment;

import java.time.YearMonth;
import java.util.List;
import org.handover.engine.benchmark.Stage;
import org.handover.engine.provenance.Provenance;
import org.handover.engine.theater.RegionId;
import org.handover.engine.theater.Theater;
import org.handover.engine.time.MonthRange;

/**
 * The stage of every region in every month: {@code rank[region][month]} indexes {@link #stages()}.
 */
public record StageHistory(
    Theater theater, MonthRange months, List<Stage> stages, int[][] rank, Provenance provenance) {

  public Stage stageOf(RegionId region, YearMonth month) {
    return stages.get(rank[theater.indexOf(region)][months.offsetOf(month)]);
  }

  public int rankOf(RegionId region, YearMonth month) {
    return rank[theater.indexOf(region)][months.offsetOf(month)];
  }
}
