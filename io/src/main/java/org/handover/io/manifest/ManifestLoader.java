package org.handover.io.manifest;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.handover.io.imports.ImportReport;
import org.handover.io.imports.ImportSpec;
import org.handover.io.store.Store;
import org.handover.io.store.TheaterSetting;

/**
 * Records the theater's default benchmark set (when it has one), then loads every import of a
 * manifest in order.
 */
public final class ManifestLoader {
  private ManifestLoader() {}

  /**
   * Runs the imports; {@code progress} hears each report as it lands. Stops at the first import
   * that fails.
   */
  public static List<ImportReport> load(
      Store store, TheaterManifest manifest, Consumer<ImportReport> progress) {
    // The settings first: a decisions import checks its stages against the theater's benchmark set.
    manifest
        .benchmarkSet()
        .ifPresent(
            set ->
                store.putSetting(
                    manifest.theater(),
                    TheaterSetting.BENCHMARK_SET,
                    set.toAbsolutePath().toString()));
    manifest
        .forecastFitFrom()
        .ifPresent(
            m ->
                store.putSetting(
                    manifest.theater(), TheaterSetting.FORECAST_FIT_FROM, m.toString()));
    List<ImportReport> reports = new ArrayList<>();
    for (ImportSpec spec : manifest.imports()) {
      ImportReport r = Importers.run(store, manifest.theater(), spec);
      reports.add(r);
      progress.accept(r);
    }
    return reports;
  }
}
