package org.handover.engine.provenance;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.TreeMap;

/**
 * Where a result came from, as data: its inputs (with hashes), the benchmark set, the program
 * version and, where randomness is involved, the seed. Carries no wall-clock time so that the same
 * inputs and seed give byte-identical outputs.
 *
 * @param illustrative names of illustrative (not real) variables the result depends on
 * @param notes method choices that shape the result (e.g. "multi-day incidents apportioned evenly
 *     by day"), keyed by topic
 */
public record Provenance(
    List<InputRef> inputs,
    String benchmarkSetName,
    String benchmarkSetVersion,
    String benchmarkSetSha256,
    String programVersion,
    OptionalLong seed,
    List<String> illustrative,
    Map<String, String> notes) {

  public Provenance {
    inputs = List.copyOf(inputs);
    Objects.requireNonNull(programVersion, "programVersion");
    Objects.requireNonNull(seed, "seed");
    illustrative = List.copyOf(illustrative);
    notes = Collections.unmodifiableSortedMap(new TreeMap<>(notes));
  }

  public static Provenance of(List<InputRef> inputs) {
    return new Provenance(
        inputs, "", "", "", ProgramVersion.current(), OptionalLong.empty(), List.of(), Map.of());
  }

  public Provenance withBenchmarkSet(String name, String version, String sha256) {
    return new Provenance(inputs, name, version, sha256, programVersion, seed, illustrative, notes);
  }

  public Provenance withSeed(long newSeed) {
    return new Provenance(
        inputs,
        benchmarkSetName,
        benchmarkSetVersion,
        benchmarkSetSha256,
        programVersion,
        OptionalLong.of(newSeed),
        illustrative,
        notes);
  }

  public Provenance withIllustrative(List<String> variables) {
    List<String> all = new ArrayList<>(illustrative);
    variables.stream().distinct().filter(v -> !all.contains(v)).sorted().forEach(all::add);
    return withIllustrativeList(all);
  }

  /**
   * This provenance with exactly {@code variables} as the illustrative inputs: for a result that
   * reads only some of the data's variables.
   */
  public Provenance withIllustrativeExactly(List<String> variables) {
    return withIllustrativeList(variables.stream().distinct().sorted().toList());
  }

  private Provenance withIllustrativeList(List<String> list) {
    return new Provenance(
        inputs,
        benchmarkSetName,
        benchmarkSetVersion,
        benchmarkSetSha256,
        programVersion,
        seed,
        list,
        notes);
  }

  /** This provenance with {@code more} inputs added after its own, each once. */
  public Provenance withInputs(List<InputRef> more) {
    List<InputRef> all = new ArrayList<>(inputs);
    more.stream().filter(i -> !all.contains(i)).forEach(all::add);
    return new Provenance(
        all,
        benchmarkSetName,
        benchmarkSetVersion,
        benchmarkSetSha256,
        programVersion,
        seed,
        illustrative,
        notes);
  }

  public Provenance withNote(String topic, String text) {
    Map<String, String> all = new TreeMap<>(notes);
    all.put(topic, text);
    return new Provenance(
        inputs,
        benchmarkSetName,
        benchmarkSetVersion,
        benchmarkSetSha256,
        programVersion,
        seed,
        illustrative,
        all);
  }

  public boolean usesIllustrativeData() {
    return !illustrative.isEmpty();
  }
}
