package org.handover.io.manifest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.handover.io.imports.ImportSpec;
import org.handover.io.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A manifest's rebuild re-imports every step after its regions, so its own rows never block a
 * region's removal; rows imported outside the manifest do, as they do a regions import on the
 * command line, and the whole load fails with the store as it was.
 */
class ManifestRegionRemovalTest {
  @TempDir Path dir;

  private static String square(String name, int x) {
    return "{\"type\":\"Feature\",\"properties\":{\"name\":\""
        + name
        + "\"},\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[[["
        + x
        + ",0],["
        + (x + 1)
        + ",0],["
        + (x + 1)
        + ",1],["
        + x
        + ",1],["
        + x
        + ",0]]]}}";
  }

  private void regions(String... names) throws Exception {
    StringBuilder f = new StringBuilder("{\"type\":\"FeatureCollection\",\"features\":[");
    for (int i = 0; i < names.length; i++) {
      f.append(i > 0 ? "," : "").append(square(names[i], i * 3));
    }
    Files.writeString(dir.resolve("regions.geojson"), f.append("]}").toString());
  }

  private ManifestLoad load(Store store) throws Exception {
    Path m = dir.resolve("theater.yaml");
    Files.writeString(
        m,
        "theater: t\nimports:\n  - kind: regions\n    file: regions.geojson\n"
            + "  - kind: population\n    file: population.csv\n");
    return ManifestLoader.load(store, TheaterManifest.read(m), r -> {});
  }

  @Test
  void theManifestsOwnRowsFollowItsRegionsButRowsFromOutsideBlockARemoval() throws Exception {
    regions("North", "South", "East");
    Files.writeString(dir.resolve("population.csv"), "region,population\nNorth,1\nEast,3\n");
    try (Store store = Store.open(dir.resolve("t.duckdb"))) {
      load(store);
      // the manifest's own population names East: the rebuild re-imports it after the regions
      regions("North", "South");
      Files.writeString(dir.resolve("population.csv"), "region,population\nNorth,1\n");
      load(store);
      assertThat(store.strings("SELECT region FROM regions ORDER BY region"))
          .containsExactly("North", "South");

      // measurements imported outside the manifest name South
      Path m =
          Files.writeString(
              dir.resolve("m.csv"), "month,region,measure,value\n2007-01,South,x,1\n");
      Importers.run(store, "t", new ImportSpec("measurements", m, Map.of()));
      regions("North");
      assertThatThrownBy(() -> load(store))
          .isInstanceOf(ManifestStepException.class)
          .hasMessageContaining(
              "the file lacks 1 region(s) of theater 't' that data still refer to: South"
                  + " (measurements: 1)");
      assertThat(store.strings("SELECT region FROM regions ORDER BY region"))
          .containsExactly("North", "South");
    }
  }
}
