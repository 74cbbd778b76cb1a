package org.handover.io.imports;

import java.util.List;
import java.util.function.Predicate;
import org.handover.io.store.Store;

/**
 * One kind of import (regions, population, an event format, ...): its name, its options, and how to
 * run it.
 */
public interface Importer {
  /** The kind's name, as written in a manifest and on the command line. */
  String kind();

  /**
   * The options this kind takes beyond {@link ImportOption#STRICT} and {@link
   * ImportOption#REJECTS}.
   */
  List<ImportOption> options();

  /**
   * Runs one import of this kind into {@code theater}; the spec's options are already checked
   * against {@link #options()}.
   */
  ImportReport run(Store store, String theater, ImportSpec spec);

  /**
   * Whether {@code spec} must name a file (false only for imports computed from data already in the
   * store).
   */
  default boolean needsFile(ImportSpec spec) {
    return true;
  }

  /** How a kind runs one import, given the spec with its options already checked. */
  @FunctionalInterface
  interface Run {
    ImportReport run(Store store, String theater, ImportSpec spec);
  }

  /**
   * A kind that reads the spec's file with {@code run}, and writes the rejected rows to the spec's
   * rejects file when it names one.
   */
  static Importer of(String kind, List<ImportOption> options, Run run) {
    return of(kind, options, spec -> true, run);
  }

  /**
   * As {@link #of(String, List, Run)}, for a kind that needs a file only when {@code needsFile}
   * says so.
   */
  static Importer of(
      String kind, List<ImportOption> options, Predicate<ImportSpec> needsFile, Run run) {
    return new RunImporter(kind, List.copyOf(options), needsFile, run);
  }
}
