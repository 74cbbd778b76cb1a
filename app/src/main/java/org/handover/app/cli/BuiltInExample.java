package org.handover.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
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

  public static void load(Store store, PrintWriter err) {
    ManifestLoader.load(store, TheaterManifest.read(manifest()), r -> err.println("  " + ImportSummary.line(r)));
    err.flush();
  }
}
