package org.handover.io.imports;

import java.util.Map;
import java.util.TreeMap;
import org.handover.io.audit.AuditLog;
import org.handover.io.store.Store;

/** The audit record of an import that landed: its id, kind, file and the file's SHA-256. */
public final class ImportAudit {
  private ImportAudit() {}

  public static void record(Store store, String actor, String theater, ImportReport r) {
    Map<String, String> details = new TreeMap<>();
    details.put("theater", theater);
    details.put("kind", r.kind());
    details.put("file", r.file());
    details.put("sha256", r.sha256());
    details.put("rows_imported", Long.toString(r.rowsImported()));
    details.put("rows_rejected", Long.toString(r.rowsRejected()));
    AuditLog.append(store, actor, "import", "import " + r.importId(), details);
  }
}
