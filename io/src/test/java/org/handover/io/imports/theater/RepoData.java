package org.handover.io.imports.theater;

import java.nio.file.Files;
import java.nio.file.Path;

/** Finds the repository's built-in data from wherever the tests run (module or root directory). */
public final class RepoData {
  private RepoData() {}

  /** {@code relative} under the repository root, e.g. "data/iraq/geo/iraq-population.csv". */
  public static Path path(String relative) {
    Path dir = Path.of("").toAbsolutePath();
    while (dir != null) {
      if (Files.isDirectory(dir.resolve("data/iraq"))) {
        return dir.resolve(relative);
      }
      dir = dir.getParent();
    }
    throw new IllegalStateException(
        "cannot find the repository's data/iraq folder above " + Path.of("").toAbsolutePath());
  }

  public static Path root() {
    return path("").normalize();
  }
}
