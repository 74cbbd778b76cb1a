package org.handover.engine.assessment;

import java.time.YearMonth;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.handover.engine.benchmark.Stage;
import org.handover.engine.theater.RegionId;

/**
 * A region whose stage in {@code month} differs from an earlier month's (the month before, for a
 * stage history), and why: the conditions whose status differs between the two, with the benchmarks
 * behind them. A value; the renderers word it.
 *
 * @param why every condition whose status changed, in benchmark-set order
 */
public record StageChange(
    RegionId region, YearMonth month, Stage from, Stage to, List<ConditionShift> why) {
  public StageChange {
    Objects.requireNonNull(region, "region");
    Objects.requireNonNull(month, "month");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    why = List.copyOf(why);
  }

  /** Whether {@code to} is above {@code from} on {@code ladder} (the benchmark set's stages). */
  public boolean up(List<Stage> ladder) {
    return rank(ladder, to) > rank(ladder, from);
  }

  /**
   * The shifts of the conditions that the stages crossed require: what moved the region across
   * them.
   */
  public List<ConditionShift> crossing(List<Stage> ladder) {
    int a = rank(ladder, from);
    int b = rank(ladder, to);
    Set<String> crossed = new HashSet<>();
    for (int s = Math.min(a, b) + 1; s <= Math.max(a, b); s++) {
      crossed.addAll(ladder.get(s).requires());
    }
    return why.stream().filter(c -> crossed.contains(c.conditionId())).toList();
  }

  private static int rank(List<Stage> ladder, Stage stage) {
    int i = ladder.indexOf(stage);
    if (i < 0) {
      throw new IllegalArgumentException("stage " + stage.id() + " is not on the ladder");
    }
    return i;
  }
}
