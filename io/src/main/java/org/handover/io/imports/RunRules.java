package org.handover.io.imports;

import java.nio.file.Path;
import java.util.Optional;

/**
 * The options every kind takes that act when an import ends, not while it reads: the share of
 * rejected rows that fails it ({@code max_rejected}) and the file its rejected rows go to ({@code
 * rejects}). {@link RunImporter} sets them around a kind's run and the {@link ImportRun} it starts
 * reads them, so every kind honours them without each importer's own options type carrying them.
 *
 * @param maxRejected the limit, or null for none
 * @param rejects the rejects file, or null for none
 */
record RunRules(RejectionLimit maxRejected, Path rejects) {
  private static final RunRules NONE = new RunRules(null, null);

  /** The rules of the import running on this thread: set and cleared by {@link RunImporter}. */
  static final ThreadLocal<RunRules> CURRENT = new ThreadLocal<>();

  static RunRules of(ImportSpec spec) {
    Optional<RejectionLimit> limit = RejectionLimit.of(spec);
    Optional<String> rejects = spec.option(ImportOption.REJECTS);
    return new RunRules(limit.orElse(null), rejects.map(Path::of).orElse(null));
  }

  static RunRules current() {
    RunRules r = CURRENT.get();
    return r == null ? NONE : r;
  }
}
