package org.handover.engine.benchmark;

import java.util.List;
import java.util.Objects;

/** A named requirement for a stage (e.g. "threat"), met when its benchmarks combine to met. */
public record Condition(
    String id,
    String name,
    Combination combination,
    List<Benchmark> benchmarks,
    String description) {
  public Condition {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(combination, "combination");
    benchmarks = List.copyOf(benchmarks);
    if (benchmarks.isEmpty()) {
      throw new IllegalArgumentException("condition " + id + " has no benchmarks");
    }
    if (combination instanceof Combination.KOfN k && k.k() > benchmarks.size()) {
      throw new IllegalArgumentException(
          "condition " + id + " needs " + k.k() + " of only " + benchmarks.size() + " benchmarks");
    }
    name = name == null || name.isBlank() ? id : name;
    description = description == null ? "" : description;
  }
}
