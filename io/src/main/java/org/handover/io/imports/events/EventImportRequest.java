package org.handover.io.imports.events;

import java.nio.file.Path;
import java.util.Objects;
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
 */
public record EventImportRequest(
    String theater,
    EventFormat format,
    Path file,
    Path mappingFile,
    Path gazetteer,
    boolean strict,
    Path rejectsFile,
    boolean allowDuplicate) {

  public EventImportRequest {
    Objects.requireNonNull(theater, "theater");
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(file, "file");
    if (format != EventFormat.CSV && mappingFile != null) {
      throw new IllegalArgumentException(
          "a mapping file is only used with the csv format, not " + format);
    }
  }

  public static EventImportRequest of(String theater, EventFormat format, Path file) {
    return new EventImportRequest(theater, format, file, null, null, false, null, false);
  }

  public EventImportRequest withMapping(Path mapping) {
    return new EventImportRequest(
        theater, format, file, mapping, gazetteer, strict, rejectsFile, allowDuplicate);
  }

  public EventImportRequest withGazetteer(Path places) {
    return new EventImportRequest(
        theater, format, file, mappingFile, places, strict, rejectsFile, allowDuplicate);
  }

  public EventImportRequest strict(boolean on) {
    return new EventImportRequest(
        theater, format, file, mappingFile, gazetteer, on, rejectsFile, allowDuplicate);
  }

  public EventImportRequest withRejectsFile(Path out) {
    return new EventImportRequest(
        theater, format, file, mappingFile, gazetteer, strict, out, allowDuplicate);
  }

  public EventImportRequest allowDuplicate(boolean on) {
    return new EventImportRequest(
        theater, format, file, mappingFile, gazetteer, strict, rejectsFile, on);
  }
}
