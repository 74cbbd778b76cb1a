package org.handover.io.imports;

/**
 * An option an import kind takes, by name, as written in a manifest or after {@code handover import
 * -o}.
 *
 * @param description one line for the help and the docs
 * @param inputFile a file the import reads: a manifest resolves it against its own folder and
 *     checks it exists
 */
public record ImportOption(String name, String description, boolean inputFile) {
  /** Any rejected row fails the whole import. */
  public static final ImportOption STRICT =
      of("strict", "true: any rejected row fails the whole import (nothing is imported)");

  /** Where to write the rejected rows. */
  public static final ImportOption REJECTS =
      of("rejects", "FILE to write the rejected rows to, with line, field and reason");

  /** The largest share of rejected rows before the import fails as a whole. */
  public static final ImportOption MAX_REJECTED =
      of(
          "max_rejected",
          "SHARE of the rows read (0.01 or 1%) that may be rejected; above it the import fails as a"
              + " whole (nothing is imported, the rejects file is still written). Default: no limit");

  public static ImportOption of(String name, String description) {
    return new ImportOption(name, description, false);
  }

  public static ImportOption file(String name, String description) {
    return new ImportOption(name, description, true);
  }
}
