package org.handover.io.imports;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;
import org.handover.io.audit.AuditLog;

/**
 * The audit entry of an import that lands: action {@code import}, subject {@code import ID}, and
 * its theater, kind, file, the file's SHA-256 and the rows imported and rejected. It is appended in
 * the import's own transaction ({@link ImportRun#commit}), so a kill at any moment leaves the
 * import with its entry or neither. The command line and the web application both run their imports
 * through {@link #by}; the imports of a manifest load are audited one by one on its working copy,
 * which replaces the store's contents, entries included, in one transaction.
 */
public final class ImportAudit {
  /** The actor of the imports running on this thread; none: they are not audited. */
  private static final ThreadLocal<String> ACTOR = new ThreadLocal<>();

  private ImportAudit() {}

  /** Runs {@code imports} with every import that lands audited as made by {@code actor}. */
  public static <T> T by(String actor, Supplier<T> imports) {
    String outer = ACTOR.get();
    ACTOR.set(actor);
    try {
      return imports.get();
    } finally {
      if (outer == null) {
        ACTOR.remove();
      } else {
        ACTOR.set(outer);
      }
    }
  }

  /**
   * Appends the entry of import {@code importId} in its commit transaction on {@code c}, when the
   * imports of this thread are audited.
   */
  static void committed(
      Connection c,
      String theater,
      String kind,
      String file,
      String sha256,
      long importId,
      long rowsImported,
      long rowsRejected)
      throws SQLException {
    String actor = ACTOR.get();
    if (actor == null) {
      return;
    }
    Map<String, String> details = new TreeMap<>();
    details.put("theater", theater);
    details.put("kind", kind);
    details.put("file", file);
    details.put("sha256", sha256);
    details.put("rows_imported", Long.toString(rowsImported));
    details.put("rows_rejected", Long.toString(rowsRejected));
    AuditLog.append(c, Clock.systemUTC(), actor, "import", "import " + importId, details);
  }
}
