package org.handover.io.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.file.Path;
import java.util.function.Consumer;
import org.handover.engine.HandoverException;
import org.handover.io.config.BenchmarkSetReader;
import org.handover.io.imports.events.mapping.MappingFile;
import org.handover.io.imports.measurements.DerivationSpec;
import org.handover.io.manifest.TheaterManifest;

/**
 * Fuzzes the YAML configuration readers: benchmark sets, theater manifests, event mapping files and
 * measurement derivation specs. An input is read or refused with a user error naming the file;
 * anything else (a parser exception leaking, a stack overflow on deep nesting, a hang) is a
 * finding. Seeds: src/test/resources/org/handover/io/fuzz/ConfigFuzzTestInputs.
 */
class ConfigFuzzTest {
  private static final String FILE = "fuzz-input.yaml";

  @FuzzTest(maxDuration = "10s")
  void benchmarkSet(byte[] input) {
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

  private static void read(byte[] input, Consumer<Path> reader) {
    Path file = Scratch.write(FILE, input);
    try {
      reader.accept(file);
    } catch (HandoverException refused) {
      Contract.refusal(refused, FILE);
    }
  }
}
