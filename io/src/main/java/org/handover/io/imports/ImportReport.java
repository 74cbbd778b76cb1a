package org.handover.io.imports;

import java.util.List;
import java.util.Map;

/**
 * What one import did: the record it leaves in the store's {@code imports} table, plus the
 * rejections and the names it could not match (with the closest known names).
 *
 * @param unknownRegions region names not found, each with the closest known names
 */
public record ImportReport(
    long importId,
    String kind,
    String file,
    String sha256,
    long rowsRead,
    long rowsImported,
    long rowsRejected,
    long rowsUnassigned,
    List<Rejection> rejections,
    Map<String, List<String>> unknownRegions,
    List<String> notes) {

  public ImportReport {
    rejections = List.copyOf(rejections);
    unknownRegions = Map.copyOf(unknownRegions);
    notes = List.copyOf(notes);
  }
}
