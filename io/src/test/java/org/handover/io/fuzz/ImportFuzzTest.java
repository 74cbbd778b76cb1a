package org.handover.io.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.handover.engine.HandoverException;
import org.handover.io.imports.ImportException;
import org.handover.io.imports.ImportReport;
import org.handover.io.imports.ImportSpec;
import org.handover.io.imports.theater.RepoData;
import org.handover.io.manifest.Importers;
import org.junit.jupiter.api.BeforeAll;

/**
 * Fuzzes every import kind through the registry's entry point ({@link Importers#run}), as the
 * command line and manifests run it: each input is written to a file and imported into a store that
 * holds the Iraq theater. An input either lands, with every row read imported or rejected, or is
 * refused with a user error that names the file; anything else is a finding. The seeds, real rows
 * and known hostile cases, are in src/test/resources/org/handover/io/fuzz/ImportFuzzTestInputs (one
 * folder per kind); bench/fuzz.sh runs the longer fuzzing.
 */
class ImportFuzzTest {
  private static final String BENCHMARKS = "data/iraq/benchmarks/iraq-pic.yaml";

  /** Builds the store before the first input, outside the time limit each input runs under. */
  @BeforeAll
  static void store() {
    assertThat(FuzzStore.STORE.theaters()).contains(FuzzStore.THEATER);
  }

  @FuzzTest(maxDuration = "10s")
  void regions(byte[] input) {
    run(
        FuzzStore.REGIONS_THEATER,
        "regions",
        "fuzz-input.geojson",
        input,
        Map.of(
            "code_property", "code",
            "parent_property", "parent",
            "alias_properties", "alias,other"),
        false);
  }

  @FuzzTest(maxDuration = "10s")
  void regionsRepaired(byte[] input) {
    run(
        FuzzStore.REGIONS_THEATER,
        "regions",
        "fuzz-input.geojson",
        input,
        Map.of("repair_invalid", "true"),
        false);
  }

  @FuzzTest(maxDuration = "10s")
  void aliases(byte[] input) {
    run("aliases", input, Map.of(), false);
  }

  @FuzzTest(maxDuration = "10s")
  void population(byte[] input) {
    run("population", input, Map.of(), false);
  }

  @FuzzTest(maxDuration = "10s")
  void neighbours(byte[] input) {
    run("neighbours", input, Map.of("weight_column", "km"), false);
  }

  @FuzzTest(maxDuration = "10s")
  void measurements(byte[] input) {
    run("measurements", input, Map.of(), false);
  }

  @FuzzTest(maxDuration = "10s")
  void decisions(byte[] input) {
    run(
        "decisions",
        input,
        Map.of("benchmark_set", RepoData.path(BENCHMARKS).toString(), "source", "fuzz"),
        false);
  }

  @FuzzTest(maxDuration = "10s")
  void ibcEvent(byte[] input) {
    run("ibc-event", input, Map.of(), true);
  }

  @FuzzTest(maxDuration = "10s")
  void ibcRaw(byte[] input) {
    run(
        "ibc-raw",
        input,
        Map.of("gazetteer", RepoData.path("data/iraq/ibc/citylist.csv").toString()),
        true);
  }

  @FuzzTest(maxDuration = "10s")
  void ucdpGed(byte[] input) {
    run("ucdp-ged", input, Map.of("snap_km", "25"), true);
  }

  @FuzzTest(maxDuration = "10s")
  void acled(byte[] input) {
    run("acled", input, Map.of("inconsistent_estimates", "widen"), true);
  }

  /** The csv kind with a fixed mapping (MappingFuzz fuzzes mapping files themselves). */
  @FuzzTest(maxDuration = "10s")
  void csv(byte[] input) {
    run("csv", input, Map.of("mapping", Mapping.FILE.toString()), true);
  }

  private static void run(String kind, byte[] input, Map<String, String> options, boolean events) {
    run(FuzzStore.THEATER, kind, "fuzz-input.csv", input, options, events);
  }

  /**
   * Imports {@code input} as {@code kind}, checks the outcome and takes the import back out of the
   * store. Event imports also write a rejects file, which is read back.
   */
  private static void run(
      String theater,
      String kind,
      String fileName,
      byte[] input,
      Map<String, String> options,
      boolean events) {
    Path file = Scratch.write(fileName, input);
    Map<String, String> all = new LinkedHashMap<>(options);
    all.put("rejects", Scratch.DIR.resolve("rejects.csv").toString());
    try {
      ImportReport report =
          Importers.run(FuzzStore.STORE, theater, new ImportSpec(kind, file, all));
      assertThat(report.file()).contains(fileName);
      if (events) {
        Contract.accounted(report.rowsRead(), report.rowsImported(), report.rowsRejected());
        assertThat(
                FuzzStore.STORE.count(
                    "SELECT count(*) FROM events WHERE import_id = ?", report.importId()))
            .isEqualTo(report.rowsImported());
      } else {
        assertThat(report.rowsImported() + report.rowsRejected())
            .as("rows imported + rejected")
            .isLessThanOrEqualTo(report.rowsRead());
      }
    } catch (ImportException refused) {
      Contract.refusal(refused, fileName);
      assertThat(
              FuzzStore.STORE.count(
                  "SELECT count(*) FROM imports WHERE status = 'committed' AND file_name = ?",
                  fileName))
          .as("a refused import leaves no committed record")
          .isZero();
    } catch (HandoverException refused) {
      Contract.refusal(refused, fileName);
    } finally {
      FuzzStore.reset();
    }
  }

  /** The mapping the csv kind reads its inputs with: every field, in a plain comma CSV. */
  private static final class Mapping {
    static final Path FILE =
        Scratch.write(
            "fuzz-mapping.yaml",
            String.join(
                    "\n",
                    "source: fuzz",
                    "date_formats: [\"%Y-%m-%d\", \"%d.%m.%Y\"]",
                    "no_region_values: [\"NA\"]",
                    "event_type_labels: {\"1\": state-based, \"2\": non-state}",
                    "columns:",
                    "  id: id",
                    "  start_date: start",
                    "  end_date: end",
                    "  region: region",
                    "  latitude: lat",
                    "  longitude: lon",
                    "  location: place",
                    "  event_type: type",
                    "  deaths_low: low",
                    "  deaths_best: best",
                    "  deaths_high: high",
                    "  side_a: a",
                    "  side_b: b",
                    "")
                .getBytes(StandardCharsets.UTF_8));
  }
}
