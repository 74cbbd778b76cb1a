package org.handover.io.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import org.handover.engine.HandoverException;
import org.handover.io.config.BenchmarkSetReader;
import org.handover.io.imports.events.mapping.MappingFile;
import org.handover.io.imports.measurements.DerivationSpec;
import org.handover.io.imports.theater.RepoData;
import org.handover.io.manifest.TheaterManifest;

/**
 * Fuzzes the YAML configuration readers: benchmark sets, theater manifests, event mapping files and
 * measurement derivation specs. An input is read or refused with a user error naming the file;
 * anything else (a parser exception leaking, a stack overflow on deep nesting, a hang) is a
 * finding. Seeds: src/test/resources/org/handover/io/fuzz/ConfigFuzzTestInputs.
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
