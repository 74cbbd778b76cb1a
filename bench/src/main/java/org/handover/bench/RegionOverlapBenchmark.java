package org.handover.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.handover.io.imports.ImportReport;
import org.handover.io.imports.theater.RegionImporter;
import org.handover.io.imports.theater.RegionOverlaps;
import org.handover.io.store.Store;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.geojson.GeoJsonReader;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The cost of the overlap check on the built-in Iraq governorates (18 polygons, 210 KB of GeoJSON)
 * beside the whole regions import that runs it. Run from the repository folder (bench/run-jmh.sh
 * does).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(
    value = 1,
    jvmArgs = {"-Xmx1g"})
public class RegionOverlapBenchmark {
  private static final Path FILE = Path.of("data/iraq/geo/iraq-governorates.geojson");

  private Map<String, Geometry> regions;

  @Setup
  public void read() throws IOException, ParseException {
    regions = new LinkedHashMap<>();
    GeoJsonReader reader = new GeoJsonReader();
    for (JsonNode f : new ObjectMapper().readTree(FILE.toFile()).get("features")) {
      regions.put(
          f.get("properties").get("name").asText(), reader.read(f.get("geometry").toString()));
    }
  }

  /** The check alone, on polygons already read. */
  @Benchmark
  public List<RegionOverlaps.Overlap> overlapCheck() {
    return RegionOverlaps.find(regions);
  }

  /** The whole import into a new in-memory store: reading, validating, the check, writing. */
  @Benchmark
  public ImportReport regionsImport() {
    try (Store store = Store.inMemory()) {
      return RegionImporter.importFile(store, FILE, RegionImporter.Options.defaults("iraq"));
    }
  }
}
