package org.handover.app.workspace;

import java.nio.file.Path;
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
}
