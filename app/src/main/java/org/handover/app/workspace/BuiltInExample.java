package org.handover.app.workspace;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.UUID;
import java.util.function.Consumer;
import org.handover.io.imports.ImportReport;
import org.handover.io.manifest.ManifestLoader;
import org.handover.io.manifest.TheaterManifest;
import org.handover.io.store.Store;

/** The built-in Iraq 2003-2012 example: a manifest in data/iraq, loaded like any other. */
public final class BuiltInExample {
  private BuiltInExample() {}

  public static Path manifest() {
    return Home.iraq().resolve("theater.yaml");
  }

  /** Runs the example's imports in order; {@code progress} hears of each as it finishes. */
  public static void load(Store store, Consumer<ImportReport> progress) {
    ManifestLoader.load(store, TheaterManifest.read(manifest()), progress);
  }

  /**
   * Loads the example's changes, if any, into {@code store} when it holds the example's theater (a
   * database the user filled with other theaters alone is not given Iraq). The manifest re-imports
   * only the files that changed and keeps what the user added; when nothing changed it costs a hash
   * of the example's files.
   */
  public static void refresh(Store store, Consumer<ImportReport> progress) {
    TheaterManifest example = TheaterManifest.read(manifest());
    if (store.theaters().contains(example.theater())) {
      ManifestLoader.load(store, example, progress);
    }
  }

  /**
   * Builds a database of the example at {@code file}, replacing any there: in a sibling file moved
   * into place when complete, so an interrupted build leaves the old database (or none), never a
   * half-built one that later commands would take for whole.
   */
  public static void build(Path file, Consumer<ImportReport> progress) {
    Path target = file.toAbsolutePath();
    Path building = target.resolveSibling(".handover-building-" + UUID.randomUUID() + ".duckdb");
    try {
      try {
        try (Store store = Store.open(building)) {
          load(store, progress);
        }
        // a log left beside an older database would be replayed into the new one
        Files.deleteIfExists(Path.of(target + ".wal"));
        Files.move(
            building, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } finally {
        Files.deleteIfExists(building);
        Files.deleteIfExists(Path.of(building + ".wal"));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot build the example database " + file, e);
    }
  }
}
