package org.handover.io.manifest;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import org.handover.engine.HandoverException;
import org.handover.engine.decision.DecisionKind;
import org.handover.io.imports.ImportException;
import org.handover.io.imports.ImportReport;
import org.handover.io.imports.ImportSpec;
import org.handover.io.imports.decisions.DecisionImporter;
import org.handover.io.store.Store;
import org.handover.io.store.TheaterReader;
import org.handover.io.store.TheaterSetting;

/**
 * Loads a theater manifest: all or nothing, and again only when something changed.
 *
 * <p>When every step's inputs (kind, file content, options) are those of its current version in the
 * store, nothing is written. When any changed, the manifest's imports are rebuilt in order (a step
 * may depend on any earlier one: events are assigned against the regions, decisions are checked
 * against the events' months), each as a new version of its step; the earlier versions' rows are
 * deleted and their import records kept as superseded. The rebuild runs on a copy of the store that
 * replaces its contents only once every step has succeeded ({@link Store#throughCopy}), so a
 * failure at any step, or a bug, leaves the store as it was. Decisions recorded with {@code
 * handover decide} survive a rebuild; imports made outside the manifest are kept as they are.
 */
public final class ManifestLoader {
  private ManifestLoader() {}

  /**
   * Loads {@code manifest} into {@code store}; {@code progress} hears each import as it is made
   * (during a rebuild, before the whole is committed).
   */
  public static ManifestLoad load(
      Store store, TheaterManifest manifest, Consumer<ImportReport> progress) {
    String theater = manifest.theater();
    List<ImportSpec> specs = manifest.imports();
    List<String> inputs = specs.stream().map(StepInputs::of).toList();
    List<ManifestRecord.Version> current = ManifestRecord.current(store, theater);
    boolean settingsChanged = settingsDiffer(store, manifest);
    boolean importsChanged = current.size() != specs.size();
    for (int i = 0; i < specs.size() && !importsChanged; i++) {
      importsChanged = !current.get(i).inputs().equals(inputs.get(i));
    }
    // A decisions import checks its stages against the theater's benchmark set.
    boolean dependsOnSettings =
        specs.stream().anyMatch(s -> s.kind().equals(DecisionImporter.KIND));
    if (!importsChanged && !(settingsChanged && dependsOnSettings)) {
      if (settingsChanged) {
        writeSettings(store, manifest);
      }
      List<StepOutcome> steps = new ArrayList<>();
      for (int i = 0; i < specs.size(); i++) {
        ManifestRecord.Version v = current.get(i);
        steps.add(
            new StepOutcome(
                i + 1,
                specs.get(i).kind(),
                fileName(specs.get(i)),
                StepOutcome.Change.UNCHANGED,
                v.version(),
                v.version(),
                Optional.empty()));
      }
      return new ManifestLoad(theater, steps, settingsChanged, List.of());
    }
    return store.throughCopy(copy -> rebuild(copy, manifest, inputs, current, progress));
  }

  private static ManifestLoad rebuild(
      Store store,
      TheaterManifest manifest,
      List<String> inputs,
      List<ManifestRecord.Version> current,
      Consumer<ImportReport> progress) {
    String theater = manifest.theater();
    List<ImportSpec> specs = manifest.imports();
    // Before anything else: a decisions import checks its stages against the benchmark set.
    writeSettings(store, manifest);
    Map<Long, String> superseded = new LinkedHashMap<>();
    List<Optional<Long>> adopted =
        current.isEmpty() ? ManifestRecord.adopt(store, theater, specs) : List.of();
    current.forEach(v -> superseded.put(v.importId(), null));
    adopted.forEach(a -> a.ifPresent(id -> superseded.put(id, null)));
    List<String> notes = new ArrayList<>();
    List<String> outside = ManifestRecord.outside(store, theater, superseded.keySet());
    store.inTransaction(
        c -> {
          ManifestRecord.clear(c, theater, superseded.keySet());
          return null;
        });
    List<StepOutcome> steps = new ArrayList<>();
    List<ManifestRecord.Version> versions = new ArrayList<>();
    for (int i = 0; i < specs.size(); i++) {
      ImportSpec spec = specs.get(i);
      ImportReport report;
      try {
        report = Importers.run(store, theater, spec);
      } catch (ImportException e) {
        throw new ManifestStepException(manifest.file(), i + 1, spec, e);
      }
      progress.accept(report);
      Optional<ManifestRecord.Version> before =
          i < current.size() ? Optional.of(current.get(i)) : Optional.empty();
      boolean wasAdopted = i < adopted.size() && adopted.get(i).isPresent();
      int previous = before.map(ManifestRecord.Version::version).orElse(wasAdopted ? 1 : 0);
      StepOutcome.Change change =
          previous == 0
              ? StepOutcome.Change.NEW
              : before.isPresent()
                      && before.get().kind().equals(spec.kind())
                      && before.get().inputs().equals(inputs.get(i))
                  ? StepOutcome.Change.REDONE
                  : StepOutcome.Change.REPLACED;
      int version = previous + 1;
      steps.add(
          new StepOutcome(
              i + 1, spec.kind(), fileName(spec), change, version, previous, Optional.of(report)));
      versions.add(
          new ManifestRecord.Version(
              i + 1, version, report.importId(), spec.kind(), inputs.get(i)));
      String why =
          "superseded by import "
              + report.importId()
              + " (manifest step "
              + (i + 1)
              + ", version "
              + version
              + ")";
      before.ifPresent(v -> superseded.put(v.importId(), why));
      if (wasAdopted) {
        superseded.put(adopted.get(i).get(), why);
      }
    }
    for (int i = specs.size(); i < current.size(); i++) {
      ManifestRecord.Version v = current.get(i);
      steps.add(
          new StepOutcome(
              v.step(),
              v.kind(),
              "",
              StepOutcome.Change.REMOVED,
              0,
              v.version(),
              Optional.empty()));
      superseded.put(v.importId(), "superseded: manifest step " + v.step() + " was removed");
    }
    superseded.replaceAll(
        (id, why) -> why == null ? "superseded by a rebuild of its manifest" : why);
    TheaterReader reader = new TheaterReader(store);
    store.inTransaction(
        c -> {
          ManifestRecord.record(c, theater, manifest.file().toString(), versions, superseded);
          return null;
        });
    checkLedger(reader, theater);
    for (String o : outside) {
      notes.add(
          o
              + " was made outside the manifest: its rows are kept as they were imported"
              + " (against the regions as they were then); add it to the manifest to have it"
              + " redone with the rest");
    }
    return new ManifestLoad(theater, steps, settingsDiffer(store, manifest), notes);
  }

  /** Reads every ledger, which fails when a kept entry no longer fits the rebuilt ones. */
  private static void checkLedger(TheaterReader reader, String theater) {
    for (DecisionKind kind : DecisionKind.values()) {
      try {
        reader.ledger(theater, kind);
      } catch (HandoverException e) {
        throw new ImportException(
            "after the rebuild, the decisions recorded with handover decide no longer fit the"
                + " imported ones: "
                + e.getMessage()
                + "; nothing was changed",
            List.of());
      }
    }
  }

  private static boolean settingsDiffer(Store store, TheaterManifest manifest) {
    TheaterReader reader = new TheaterReader(store);
    String theater = manifest.theater();
    Optional<Path> set = manifest.benchmarkSet().map(Path::toAbsolutePath);
    Optional<YearMonth> fitFrom = manifest.forecastFitFrom();
    return !Objects.equals(reader.benchmarkSet(theater).map(Path::toAbsolutePath), set)
        || !Objects.equals(reader.forecastFitFrom(theater), fitFrom);
  }

  /** The theater's settings as the manifest gives them: one it leaves out is removed. */
  private static void writeSettings(Store store, TheaterManifest manifest) {
    String theater = manifest.theater();
    if (manifest.benchmarkSet().isPresent()) {
      store.putSetting(
          theater,
          TheaterSetting.BENCHMARK_SET,
          manifest.benchmarkSet().get().toAbsolutePath().toString());
    } else {
      store.removeSetting(theater, TheaterSetting.BENCHMARK_SET);
    }
    if (manifest.forecastFitFrom().isPresent()) {
      store.putSetting(
          theater, TheaterSetting.FORECAST_FIT_FROM, manifest.forecastFitFrom().get().toString());
    } else {
      store.removeSetting(theater, TheaterSetting.FORECAST_FIT_FROM);
    }
  }

  private static String fileName(ImportSpec spec) {
    return spec.file() == null ? "" : spec.file().getFileName().toString();
  }
}
