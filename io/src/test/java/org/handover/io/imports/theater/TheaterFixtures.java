package org.handover.io.imports.theater;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.handover.io.store.Store;

/** Small files and a ready Iraq theater for the importer tests. */
public final class TheaterFixtures {
  private TheaterFixtures() {}

  public static Path write(Path dir, String name, String content) {
    try {
      Path p = dir.resolve(name);
      Files.writeString(p, content, StandardCharsets.UTF_8);
      return p;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A square polygon feature from (x, y) with side {@code side} degrees. */
  public static String square(String name, double x, double y, double side) {
    return feature(
        "{\"name\":\"" + name + "\"}",
        "{\"type\":\"Polygon\",\"coordinates\":[[["
            + x
            + ","
            + y
            + "],["
            + (x + side)
            + ","
            + y
            + "],["
            + (x + side)
            + ","
            + (y + side)
            + "],["
            + x
            + ","
            + (y + side)
            + "],["
            + x
            + ","
            + y
            + "]]]}");
  }

  public static String feature(String properties, String geometry) {
    return "{\"type\":\"Feature\",\"properties\":" + properties + ",\"geometry\":" + geometry + "}";
  }

  public static String collection(String... features) {
    return "{\"type\":\"FeatureCollection\",\"features\":[\n"
        + String.join(",\n", features)
        + "\n]}\n";
  }

  /** The built-in Iraq theater: governorates, populations, neighbours (OCHA/CSO borders). */
  public static void importIraq(Store store, String theater) {
    RegionImporter.importFile(
        store,
        RepoData.path("data/iraq/geo/iraq-governorates.geojson"),
        RegionImporter.Options.defaults(theater).withCodeProperty("iso_3166_2"));
    PopulationImporter.importFile(
        store,
        RepoData.path("data/iraq/geo/iraq-population.csv"),
        PopulationImporter.Options.defaults(theater));
    NeighbourImporter.importFile(
        store,
        RepoData.path("data/iraq/geo/iraq-adjacency.csv"),
        NeighbourImporter.Options.defaults(theater).withWeight("shared_border_km_ocha_cso", true));
  }
}
