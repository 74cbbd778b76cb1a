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
    return new Builder(theater, format, file).build();
  }

  public EventImportRequest withMapping(Path mapping) {
    return toBuilder().mappingFile(mapping).build();
  }

  public EventImportRequest withGazetteer(Path places) {
    return toBuilder().gazetteer(places).build();
  }

  public EventImportRequest strict(boolean on) {
    return toBuilder().strict(on).build();
  }

  public EventImportRequest withRejectsFile(Path out) {
    return toBuilder().rejectsFile(out).build();
  }

  public EventImportRequest allowDuplicate(boolean on) {
    return toBuilder().allowDuplicate(on).build();
  }

  public EventImportRequest inconsistentEstimates(InconsistentEstimates policy) {
    return toBuilder().estimates(policy).build();
  }

  /** Snap points outside every region polygon to the nearest region within {@code km}. */
  public EventImportRequest snapKm(double km) {
    return toBuilder().snapKm(km).build();
  }

  public EventImportRequest maxRejected(RejectionLimit limit) {
    return toBuilder().maxRejected(limit).build();
  }

  Optional<Double> snap() {
    return Optional.ofNullable(snapKm);
  }

  private Builder toBuilder() {
    return new Builder(theater, format, file)
        .mappingFile(mappingFile)
        .gazetteer(gazetteer)
        .strict(strict)
        .rejectsFile(rejectsFile)
        .allowDuplicate(allowDuplicate)
        .estimates(estimates)
        .snapKm(snapKm)
        .maxRejected(maxRejected);
  }

  /**
   * The one place that lists every component, so the withers change one part each and a new
   * component is added here only; the canonical constructor still validates what it builds.
   */
  private static final class Builder {
    private final String theater;
    private final EventFormat format;
    private final Path file;
    private Path mappingFile;
    private Path gazetteer;
    private boolean strict;
    private Path rejectsFile;
    private boolean allowDuplicate;
    private InconsistentEstimates estimates;
    private Double snapKm;
    private RejectionLimit maxRejected;

    Builder(String theater, EventFormat format, Path file) {
      this.theater = theater;
      this.format = format;
      this.file = file;
    }

    Builder mappingFile(Path v) {
      mappingFile = v;
      return this;
    }

    Builder gazetteer(Path v) {
      gazetteer = v;
      return this;
    }

    Builder strict(boolean v) {
      strict = v;
      return this;
    }

    Builder rejectsFile(Path v) {
      rejectsFile = v;
      return this;
    }

    Builder allowDuplicate(boolean v) {
      allowDuplicate = v;
      return this;
    }

    Builder estimates(InconsistentEstimates v) {
      estimates = v;
      return this;
    }

    Builder snapKm(Double v) {
      snapKm = v;
      return this;
    }

    Builder maxRejected(RejectionLimit v) {
      maxRejected = v;
      return this;
    }

    EventImportRequest build() {
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
          maxRejected);
    }
  }
}
