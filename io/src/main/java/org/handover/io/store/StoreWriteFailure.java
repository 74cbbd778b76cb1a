package org.handover.io.store;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * DuckDB's errors when the store's file cannot be written, as a user reads them. DuckDB reports a
 * full disk as {@code IO Error: Could not write file "...": No space left on device}, and every
 * later statement of that transaction as {@code Current transaction is aborted (please ROLLBACK)},
 * which says nothing of the cause; neither is a bug, so each becomes a {@link StoreException}
 * naming the store, the cause, and that the transaction was rolled back.
 */
public final class StoreWriteFailure {
  /** Operating-system reasons DuckDB passes on, as they appear in its messages. */
  private static final List<String> REASONS =
      List.of(
          "no space left on device",
          "disk quota exceeded",
          "read-only file system",
          "permission denied",
          "input/output error",
          "file too large");

  /**
   * Phrases of DuckDB's messages that mean a file could not be written. A message without one (say,
   * a CSV file that cannot be opened for reading: "Permission denied") is not a store that cannot
   * be written, and is left as it is.
   */
  private static final List<String> WRITE_ERRORS =
      List.of(
          "could not write",
          "could not fsync",
          "could not truncate",
          "could not extend",
          "failed to write",
          "no space left on device",
          "disk quota exceeded",
          "read-only file system",
          "database has been invalidated",
          "current transaction is aborted");

  private StoreWriteFailure() {}

  /**
   * The operating system's reason in {@code message} ("no space left on device"), or for an aborted
   * transaction without one, that an earlier statement failed.
   */
  static Optional<String> reason(String message) {
    if (message == null) {
      return Optional.empty();
    }
    String m = message.toLowerCase(Locale.ROOT);
    if (WRITE_ERRORS.stream().noneMatch(m::contains)) {
      return Optional.empty();
    }
    for (String r : REASONS) {
      if (m.contains(r)) {
        return Optional.of(r);
      }
    }
    if (m.contains("current transaction is aborted")) {
      return Optional.of(
          "an earlier statement of the transaction failed (often a full disk), so DuckDB aborted"
              + " it");
    }
    return Optional.of("the file could not be written");
  }

  /**
   * A {@link StoreException} for {@code e} when it says the store could not be written: "cannot
   * write the store /data/h.duckdb: no space left on device; the transaction was rolled back,
   * nothing of it was written (DuckDB: ...)". Empty for any other error.
   *
   * @param store the store's file, or null for a store in memory
   */
  public static Optional<StoreException> of(Path store, SQLException e) {
    Optional<String> reason = reason(e.getMessage());
    for (Throwable s : e.getSuppressed()) {
      if (reason.isEmpty() || reason.get().startsWith("an earlier")) {
        Optional<String> r = reason(s.getMessage());
        if (r.isPresent() && !r.get().startsWith("an earlier")) {
          reason = r;
        }
      }
    }
    return reason.map(
        r ->
            new StoreException(
                "cannot write the store "
                    + (store == null ? "(in memory)" : store.toString())
                    + ": "
                    + r
                    + "; the transaction was rolled back, nothing of it was written (DuckDB: "
                    + e.getMessage().strip()
                    + ")",
                e));
  }
}
