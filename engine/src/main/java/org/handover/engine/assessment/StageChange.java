package org.handover.engine.assessment;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.handover.engine.panel.Panel;
import org.handover.engine.provenance.Provenance;
import org.handover.engine.theater.RegionId;

/**
 * A month in which a region's stage changed, and why: the conditions whose status changed from the
 * month before, with the benchmarks behind them.
 */
public record StageChange(RegionId region, YearMonth month, String from, String to, String reason) {

  /** Every change of {@code region}'s stage in {@code history}, explained from the two months' verdicts. */
  public static List<StageChange> of(Assessor assessor, Panel panel, StageHistory history, RegionId region, Provenance provenance) {
    int r = history.theater().indexOf(region);
    int[] ranks = history.rank()[r];
    java.util.Set<YearMonth> needed = new java.util.TreeSet<>();
    for (int m = 1; m < ranks.length; m++) {
      if (ranks[m] != ranks[m - 1]) {
        needed.add(history.months().monthAt(m - 1));
        needed.add(history.months().monthAt(m));
      }
    }
    java.util.Map<YearMonth, Assessment> assessed = assessor.assessMonths(panel, needed, provenance);
    List<StageChange> out = new ArrayList<>();
    for (int m = 1; m < ranks.length; m++) {
      if (ranks[m] == ranks[m - 1]) {
        continue;
      }
      YearMonth month = history.months().monthAt(m);
      RegionAssessment now = assessed.get(month).region(region).orElseThrow();
      RegionAssessment before = assessed.get(month.minusMonths(1)).region(region).orElseThrow();
      out.add(new StageChange(region, month, before.stage().id(), now.stage().id(), reason(before, now)));
    }
    return out;
  }

  static String reason(RegionAssessment before, RegionAssessment now) {
    List<String> parts = new ArrayList<>();
    for (ConditionShift c : ConditionShift.between(before, now)) {
      String benchmarks = c.benchmarks().stream()
          .map(b -> b.now().benchmark().id() + " " + b.now().status().label())
          .collect(Collectors.joining(", "));
      parts.add(c.conditionId() + " " + c.before().status().label() + " -> " + c.now().status().label()
          + (benchmarks.isEmpty() ? "" : " (" + benchmarks + ")"));
    }
    String direction = now.stageRank() > before.stageRank() ? "up" : "down";
    return before.stage().id() + " -> " + now.stage().id() + " (" + direction + "): " + String.join("; ", parts);
  }
}
