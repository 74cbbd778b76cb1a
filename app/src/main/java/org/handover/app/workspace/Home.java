package org.handover.app.workspace;

import java.nio.file.Files;
import java.nio.file.Path;
import org.handover.engine.HandoverException;

/**
 * Where Handover's own files are: the built-in example data and benchmark sets. The launcher sets
 * {@code -Dhandover.home}; otherwise the working directory and its parents are searched, so tests
 * and IDE runs from a module folder work too.
 */
public final class Home {
  private static final String MARKER = "data/iraq/benchmarks/iraq-pic.yaml";

  private Home() {}

  public static Path dir() {
    String prop = System.getProperty("handover.home");
    if (prop != null && !prop.isBlank()) {
      return Path.of(prop).toAbsolutePath().normalize();
    }
    Path p = Path.of("").toAbsolutePath();
    while (p != null) {
      if (Files.isRegularFile(p.resolve(MARKER))) {
        return p;
      }
      p = p.getParent();
    }
    throw new HandoverException(
        "cannot find Handover's data folder ("
            + MARKER
            + "): run through ./handover "
            + "or set -Dhandover.home to the repository folder");
  }

  public static Path iraq() {
    return dir().resolve("data/iraq");
  }

  /** The database used when neither --db nor HANDOVER_DB is given. */
  public static Path defaultDatabase() {
    String env = System.getenv("HANDOVER_DB");
    if (env != null && !env.isBlank()) {
      return Path.of(env);
    }
    return dir().resolve("handover-data/handover.duckdb");
  }
}
