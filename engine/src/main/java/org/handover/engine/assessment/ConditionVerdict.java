package org.handover.engine.assessment;

import java.util.List;
import org.handover.engine.benchmark.Condition;

/** A condition judged for one region and month, with the verdicts it was combined from. */
public record ConditionVerdict(
    Condition condition, Status status, List<BenchmarkVerdict> benchmarks, String explanation) {
  public ConditionVerdict {
    benchmarks = List.copyOf(benchmarks);
  }

  public boolean illustrative() {
    return benchmarks.stream().anyMatch(BenchmarkVerdict::illustrative);
  }
}
