package org.handover.io.imports.events;

import java.nio.file.Path;
import java.util.List;
import org.handover.io.imports.ImportOption;
import org.handover.io.imports.ImportReport;
import org.handover.io.imports.ImportSpec;
import org.handover.io.imports.Importer;
import org.handover.io.imports.RejectionLimit;
import org.handover.io.imports.events.mapping.EventFormat;
import org.handover.io.store.Store;

/** An event format as the import registry runs it: the kind is the format's id. */
public final class EventKind implements Importer {
  static final ImportOption MAPPING =
      ImportOption.file(
          "mapping", "YAML mapping FILE describing the columns (the csv format only)");
  static final ImportOption GAZETTEER =
      ImportOption.file(
          "gazetteer",
          "place gazetteer CSV FILE (place,region), for formats that name places rather than regions");
  static final ImportOption ALLOW_DUPLICATE =
      ImportOption.of(
          "allow_duplicate",
          "true: import a file whose content (SHA-256) was already imported into the theater");

  static final ImportOption INCONSISTENT_ESTIMATES =
      ImportOption.of(
          "inconsistent_estimates",
          "rows whose low, best and high fatality figures are out of order: reject (default), widen"
              + " (low = min(low, best), high = max(high, best)) or best (low = high = best); rows"
              + " without a best figure of their own are rejected whatever the policy");
  static final ImportOption SNAP_KM =
      ImportOption.of(
          SnapDistance.OPTION,
          "KM (0 to 100): a point outside every region polygon goes to the nearest region within"
              + " this great-circle distance; the notes count and list the snapped rows with their"
              + " distance. Default: no snapping");

  private final EventFormat format;

  private EventKind(EventFormat format) {
    this.format = format;
  }

  /** One kind per event format, in the formats' order. */
  public static List<Importer> all() {
    return List.of(EventFormat.values()).stream().<Importer>map(EventKind::new).toList();
  }

  @Override
  public String kind() {
    return format.id();
  }

  @Override
  public List<ImportOption> options() {
    return List.of(MAPPING, GAZETTEER, ALLOW_DUPLICATE, INCONSISTENT_ESTIMATES, SNAP_KM);
  }

  /**
   * The rejects file takes the rows' original columns and is written also when a strict import
   * fails (see {@code EventImport}).
   */
  @Override
  public ImportReport run(Store store, String theater, ImportSpec spec) {
    EventImportRequest r =
        EventImportRequest.of(theater, format, spec.file())
            .strict(spec.flag(ImportOption.STRICT))
            .allowDuplicate(spec.flag(ALLOW_DUPLICATE));
    if (spec.option(MAPPING).isPresent()) {
      r = r.withMapping(Path.of(spec.option(MAPPING).get()));
    }
    if (spec.option(GAZETTEER).isPresent()) {
      r = r.withGazetteer(Path.of(spec.option(GAZETTEER).get()));
    }
    if (spec.option(INCONSISTENT_ESTIMATES).isPresent()) {
      r =
          r.inconsistentEstimates(
              InconsistentEstimates.parse(
                  INCONSISTENT_ESTIMATES.name(), spec.option(INCONSISTENT_ESTIMATES).get()));
    }
    if (spec.option(SNAP_KM).isPresent()) {
      r = r.snapKm(SnapDistance.parse(spec.option(SNAP_KM).get()));
    }
    if (spec.option(ImportOption.MAX_REJECTED).isPresent()) {
      r = r.maxRejected(RejectionLimit.parse(spec.option(ImportOption.MAX_REJECTED).get()));
    }
    if (spec.option(ImportOption.REJECTS).isPresent()) {
      r = r.withRejectsFile(Path.of(spec.option(ImportOption.REJECTS).get()));
    }
    return EventImporter.importFile(store, r);
  }
}
