package org.handover.engine.assessment;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A condition whose status differs between two assessments of the same region, with the benchmarks
 * whose status changed inside it: what moved a region from one stage to another.
 */
public record ConditionShift(
    ConditionVerdict before, ConditionVerdict now, List<BenchmarkShift> benchmarks) {
  public ConditionShift {
    benchmarks = List.copyOf(benchmarks);
  }

  /** A benchmark's verdict before and now, its status changed. */
  public record BenchmarkShift(BenchmarkVerdict before, BenchmarkVerdict now) {}

  public String conditionId() {
    return now.condition().id();
  }

  /**
   * Every condition of {@code now} whose status differs in {@code before}, in benchmark-set order,
   * matched by id.
   */
  public static List<ConditionShift> between(RegionAssessment before, RegionAssessment now) {
    List<ConditionShift> out = new ArrayList<>();
    for (ConditionVerdict c : now.conditions()) {
      ConditionVerdict old =
          find(before.conditions(), c.condition().id())
              .orElseThrow(
                  () ->
                      new IllegalArgumentException(
                          "the earlier assessment has no condition " + c.condition().id()));
      if (old.status() == c.status()) {
        continue;
      }
      List<BenchmarkShift> moved = new ArrayList<>();
      for (BenchmarkVerdict v : c.benchmarks()) {
        old.benchmarks().stream()
            .filter(o -> o.benchmark().id().equals(v.benchmark().id()))
            .findFirst()
            .filter(o -> o.status() != v.status())
            .ifPresent(o -> moved.add(new BenchmarkShift(o, v)));
      }
      out.add(new ConditionShift(old, c, moved));
    }
    return out;
  }

  private static Optional<ConditionVerdict> find(List<ConditionVerdict> verdicts, String id) {
    return verdicts.stream().filter(v -> v.condition().id().equals(id)).findFirst();
  }
}
