package org.handover.engine.benchmark;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A versioned, reviewable set of indicators, benchmarks, conditions and stages: the policy a
 * transition is judged by.
 *
 * @param sha256 hash of the file(s) it was read from, for provenance
 */
public record BenchmarkSet(
    String name,
    String version,
    String description,
    List<IndicatorDefinition> indicators,
    List<Condition> conditions,
    List<Stage> stages,
    String sha256) {

  public BenchmarkSet {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(version, "version");
    description = description == null ? "" : description;
    indicators = List.copyOf(indicators);
    conditions = List.copyOf(conditions);
    stages = List.copyOf(stages);
    sha256 = sha256 == null ? "" : sha256;
    validate(conditions, stages);
  }

  private static void validate(List<Condition> conditions, List<Stage> stages) {
    if (stages.isEmpty()) {
      throw new IllegalArgumentException("a benchmark set needs at least one stage");
    }
    if (!stages.get(0).requires().isEmpty()) {
      throw new IllegalArgumentException(
          "the first stage (" + stages.get(0).id() + ") must require nothing");
    }
    Set<String> conditionIds = new HashSet<>();
    Set<String> benchmarkIds = new HashSet<>();
    for (Condition c : conditions) {
      if (!conditionIds.add(c.id())) {
        throw new IllegalArgumentException("condition id used twice: " + c.id());
      }
      for (Benchmark b : c.benchmarks()) {
        if (!benchmarkIds.add(b.id())) {
          throw new IllegalArgumentException("benchmark id used twice: " + b.id());
        }
      }
    }
    Set<String> stageIds = new HashSet<>();
    for (Stage s : stages) {
      if (!stageIds.add(s.id())) {
        throw new IllegalArgumentException("stage id used twice: " + s.id());
      }
      for (String r : s.requires()) {
        if (!conditionIds.contains(r)) {
          throw new IllegalArgumentException(
              "stage " + s.id() + " requires unknown condition '" + r + "'");
        }
      }
    }
  }

  public Condition condition(String id) {
    return conditions.stream()
        .filter(c -> c.id().equals(id))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("unknown condition: " + id));
  }

  /** The position of condition {@code id} in {@link #conditions()}. */
  public int conditionIndex(String id) {
    for (int i = 0; i < conditions.size(); i++) {
      if (conditions.get(i).id().equals(id)) {
        return i;
      }
    }
    throw new IllegalArgumentException("unknown condition: " + id);
  }

  public int stageIndex(String id) {
    for (int i = 0; i < stages.size(); i++) {
      if (stages.get(i).id().equals(id)) {
        return i;
      }
    }
    throw new IllegalArgumentException("unknown stage: " + id);
  }

  public Optional<IndicatorDefinition> indicator(String name) {
    return indicators.stream().filter(i -> i.name().equals(name)).findFirst();
  }

  /** Every benchmark, in condition order, keyed by id. */
  public Map<String, Benchmark> benchmarks() {
    Map<String, Benchmark> all = new LinkedHashMap<>();
    conditions.forEach(c -> c.benchmarks().forEach(b -> all.put(b.id(), b)));
    return all;
  }
}
