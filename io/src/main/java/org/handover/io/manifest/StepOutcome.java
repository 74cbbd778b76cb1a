package org.handover.io.manifest;

import java.util.Optional;
import org.handover.io.imports.ImportReport;

/**
 * What loading a manifest did with one of its steps (an import, by its position in the manifest),
 * or with a step an earlier version of the manifest had and this one has not.
 *
 * @param step 1-based position in the manifest's imports
 * @param version the step's version now (0 for a removed step)
 * @param previousVersion the version it had before, 0 if none
 * @param report the import made this time, empty when nothing was imported
 */
public record StepOutcome(
    int step,
    String kind,
    String file,
    Change change,
    int version,
    int previousVersion,
    Optional<ImportReport> report) {

  /** How a step compares with its previous version. */
  public enum Change {
    /** Not imported before: version 1. */
    NEW,
    /** Same kind, file content and options as the current version: nothing done. */
    UNCHANGED,
    /** Its file or options changed: imported again as a new version, the old one superseded. */
    REPLACED,
    /**
     * Its own inputs are unchanged, but an input of the manifest changed, so it is imported again
     * (a later step can depend on any earlier one, e.g. events on the regions) as a new version.
     */
    REDONE,
    /** The manifest no longer has this step: its data are gone, its imports superseded. */
    REMOVED
  }

  /** How the step reads at the terminal, e.g. "replaced version 1 -> 2". */
  public String describe() {
    return switch (change) {
      case NEW -> "new, version " + version;
      case UNCHANGED -> "unchanged, version " + version;
      case REPLACED -> "replaced version " + previousVersion + " -> " + version;
      case REDONE ->
          "redone version "
              + previousVersion
              + " -> "
              + version
              + " (its file and options are unchanged; when any input changes, every step is"
              + " imported again in order, since a step may depend on any before it)";
      case REMOVED -> "removed from the manifest: version " + previousVersion + " superseded";
    };
  }
}
