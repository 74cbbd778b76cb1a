package org.handover.io.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.handover.engine.HandoverException;
import org.handover.engine.theater.RegionId;
import org.handover.engine.theater.RegionResolver;
import org.handover.io.config.BenchmarkSetReader;
import org.handover.io.imports.events.mapping.MappingFile;
import org.handover.io.imports.measurements.DerivationSpec;
import org.handover.io.imports.theater.RepoData;
import org.handover.io.manifest.TheaterManifest;
import org.handover.io.plan.PlanFile;
import org.handover.io.plan.PlanJson;

/**
 * Fuzzes the YAML configuration readers: benchmark sets, theater manifests, event mapping files and
 * measurement derivation specs; and the plan documents (JSON) of {@code handover plan save}. An
 * input is read or refused with a user error naming the file; anything else (a parser exception
 * leaking, a stack overflow on deep nesting, a hang) is a finding. Seeds:
 * src/test/resources/org/handover/io/fuzz/ConfigFuzzTestInputs.
 */
class ConfigFuzzTest {
  private static final String FILE = "fuzz-input.yaml";

  /** The built-in indicators beside the input, so a set naming indicators.yaml gets past it. */
  private static final Path INDICATORS =
      copy(RepoData.path("data/iraq/benchmarks/indicators.yaml"), "indicators.yaml");

  @FuzzTest(maxDuration = "10s")
  void benchmarkSet(byte[] input) {
    assertThat(INDICATORS).exists();
    read(input, BenchmarkSetReader::readLocated);
  }

  @FuzzTest(maxDuration = "10s")
  void theaterManifest(byte[] input) {
    read(input, TheaterManifest::read);
  }

  @FuzzTest(maxDuration = "10s")
  void eventMapping(byte[] input) {
    read(input, MappingFile::read);
  }

  @FuzzTest(maxDuration = "10s")
  void derivationSpec(byte[] input) {
    read(input, DerivationSpec::read);
  }

  /**
   * A plan document (JSON, not YAML, but a file a user writes like the others), against the Iraq
   * regions and the four-stage ladder. An accepted plan's canonical document is canonical: read
   * again, it is the same text.
   */
  @FuzzTest(maxDuration = "10s")
  void planFile(byte[] input) {
    Path file = Scratch.write(PLAN_FILE, input);
    try {
      PlanFile plan = PlanFile.read(file, PLAN_REGIONS, PLAN_STAGES);
      assertThat(PlanJson.canonical(plan.document(), "canonical")).isEqualTo(plan.document());
    } catch (HandoverException refused) {
      Contract.refusal(refused, PLAN_FILE);
    }
  }

  private static final String PLAN_FILE = "fuzz-plan.json";
  private static final List<String> PLAN_STAGES =
      List.of("FOREIGN_LEAD", "JOINT", "LOCAL_LEAD", "LOCAL_CONTROL");
  private static final RegionResolver PLAN_REGIONS =
      RegionResolver.of(
          List.of(RegionId.of("Basra"), RegionId.of("Dhi Qar"), RegionId.of("Maysan")),
          Map.of("basrah", RegionId.of("Basra")));

  private static Path copy(Path from, String name) {
    try {
      return Scratch.write(name, Files.readAllBytes(from));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void read(byte[] input, Consumer<Path> reader) {
    Path file = Scratch.write(FILE, input);
    try {
      reader.accept(file);
    } catch (HandoverException refused) {
      Contract.refusal(refused, FILE);
    }
  }
}
