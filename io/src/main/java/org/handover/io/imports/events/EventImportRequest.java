package org.handover.io.imports.events;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import org.handover.io.imports.RejectionLimit;
import org.handover.io.imports.events.mapping.EventFormat;

/**
 * One event import to run.
 *
 * @param theater the theater whose regions the events are assigned to (its regions must be in the
 *     store)
 * @param mappingFile YAML mapping, required for {@link EventFormat#CSV} (checked on import), not
 *     allowed otherwise
 * @param gazetteer place gazetteer CSV (place,region), required when the regions come from place
 *     names (ibc-raw)
 * @param strict any rejected row (or name matching no region) fails the whole import
 * @param rejectsFile where to write the rejected rows with their original columns, or null
 * @param allowDuplicate import even when a file with the same SHA-256 was already imported for this
 *     theater
 * @param estimates what to do with rows whose low, best and high figures are out of order
 * @param snapKm a point outside every region polygon goes to the nearest region when it is at most
 *     this many km away; null: such points stay without a region
 * @param maxRejected the import fails as a whole when more of its rows are rejected; null: no limit
 */
public record EventImportRequest(
    String theater,
    EventFormat format,
    Path file,
    Path mappingFile,
    Path gazetteer,
    boolean strict,
    Path rejectsFile,
    boolean allowDuplicate,
    InconsistentEstimates estimates,
    Double snapKm,
    RejectionLimit maxRejected) {

  public EventImportRequest {
    Objects.requireNonNull(theater, "theater");
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(file, "file");
    if (format != EventFormat.CSV && mappingFile != null) {
      throw new IllegalArgumentException(
          "a mapping file is only used with the csv format, not " + format);
    }
    estimates = estimates == null ? InconsistentEstimates.REJECT : estimates;
    if (snapKm != null && !(snapKm >= 0 && snapKm <= SnapDistance.MAX_KM)) {
      throw new IllegalArgumentException(
          "snap distance must be in [0, " + SnapDistance.MAX_KM + "] km: " + snapKm);
    }
  }

  public static EventImportRequest of(String theater, EventFormat format, Path file) {
    return new EventImportRequest(
        theater, format, file, null, null, false, null, false, null, null, null);
  }

  public EventImportRequest withMapping(Path mapping) {
    return new EventImportRequest(
        theater,
        format,
        file,
        mapping,
        gazetteer,
        strict,
        rejectsFile,
        allowDuplicate,
        estimates,
        snapKm,
        maxRejected);
  }

  public EventImportRequest withGazetteer(Path places) {
    return new EventImportRequest(
        theater,
        format,
        file,
        mappingFile,
        places,
        strict,
        rejectsFile,
        allowDuplicate,
        estimates,
        snapKm,
        maxRejected);
  }

  public EventImportRequest strict(boolean on) {
    return new EventImportRequest(
        theater,
        format,
        file,
        mappingFile,
        gazetteer,
        on,
        rejectsFile,
        allowDuplicate,
        estimates,
        snapKm,
        maxRejected);
  }

  public EventImportRequest withRejectsFile(Path out) {
    return new EventImportRequest(
        theater,
        format,
        file,
        mappingFile,
        gazetteer,
        strict,
        out,
        allowDuplicate,
        estimates,
        snapKm,
        maxRejected);
  }

  public EventImportRequest allowDuplicate(boolean on) {
    return new EventImportRequest(
        theater,
        format,
        file,
        mappingFile,
        gazetteer,
        strict,
        rejectsFile,
        on,
        estimates,
        snapKm,
        maxRejected);
  }

  public EventImportRequest inconsistentEstimates(InconsistentEstimates policy) {
    return new EventImportRequest(
        theater,
        format,
        file,
        mappingFile,
        gazetteer,
        strict,
        rejectsFile,
        allowDuplicate,
        policy,
        snapKm,
        maxRejected);
  }

  /** Snap points outside every region polygon to the nearest region within {@code km}. */
  public EventImportRequest snapKm(double km) {
    return new EventImportRequest(
        theater,
        format,
        file,
        mappingFile,
        gazetteer,
        strict,
        rejectsFile,
        allowDuplicate,
        estimates,
        km,
        maxRejected);
  }

  public EventImportRequest maxRejected(RejectionLimit limit) {
    return new EventImportRequest(
        theater,
        format,
        file,
        mappingFile,
        gazetteer,
        strict,
        rejectsFile,
        allowDuplicate,
        estimates,
        snapKm,
        limit);
  }

  Optional<Double> snap() {
    return Optional.ofNullable(snapKm);
  }
}
