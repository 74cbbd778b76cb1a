package org.handover.io.manifest;

import java.util.List;
import java.util.Optional;
import org.handover.io.imports.ImportReport;

/**
 * What loading a manifest did: each step's outcome, whether anything changed, and notes (e.g. on
 * imports made outside the manifest, which a rebuild keeps as they are).
 *
 * @param settingsChanged the theater's benchmark set or forecast start was written anew
 */
public record ManifestLoad(
    String theater, List<StepOutcome> steps, boolean settingsChanged, List<String> notes) {
  public ManifestLoad {
    steps = List.copyOf(steps);
    notes = List.copyOf(notes);
  }

  /** True when nothing was written: every input is as the store last loaded it. */
  public boolean unchanged() {
    return !settingsChanged
        && steps.stream().allMatch(s -> s.change() == StepOutcome.Change.UNCHANGED);
  }

  /** The imports made, in manifest order. */
  public List<ImportReport> reports() {
    return steps.stream().map(StepOutcome::report).flatMap(Optional::stream).toList();
  }
}
