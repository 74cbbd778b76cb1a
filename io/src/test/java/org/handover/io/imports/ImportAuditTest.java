package org.handover.io.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.handover.io.audit.AuditEntry;
import org.handover.io.audit.AuditLog;
import org.handover.io.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An import run under {@link ImportAudit#by} lands with its audit entry in its own transaction: a
 * commit that fails leaves neither; outside {@code by} nothing is audited.
 */
class ImportAuditTest {
  @TempDir Path dir;

  private Path file() throws IOException {
    return Files.writeString(dir.resolve("in.csv"), "a,b\n1,2\n");
  }

  @Test
  void aCommittedImportHasItsEntry() throws IOException {
    try (Store store = Store.inMemory()) {
      Path f = file();
      ImportReport r =
          ImportAudit.by(
              "cli:tester",
              () -> ImportRun.start(store, "t", "k", f, Map.of()).commit(false, 1, (c, id) -> 1));
      List<AuditEntry> entries = AuditLog.entries(store);
      assertThat(entries).hasSize(1);
      AuditEntry e = entries.get(0);
      assertThat(e.actor()).isEqualTo("cli:tester");
      assertThat(e.action()).isEqualTo("import");
      assertThat(e.subject()).isEqualTo("import " + r.importId());
      assertThat(e.details())
          .contains("\"kind\":\"k\"")
          .contains("\"file\":\"in.csv\"")
          .contains("\"sha256\":\"" + r.sha256() + "\"")
          .contains("\"rows_imported\":\"1\"");
      assertThat(AuditLog.verify(store)).isEmpty();
    }
  }

  @Test
  void aCommitThatFailsLeavesNoEntryAndNoImport() throws IOException {
    try (Store store = Store.inMemory()) {
      Path f = file();
      assertThatThrownBy(
              () ->
                  ImportAudit.by(
                      "cli:tester",
                      () ->
                          ImportRun.start(store, "t", "k", f, Map.of())
                              .commit(
                                  false,
                                  1,
                                  (c, id) -> {
                                    throw new java.sql.SQLException("disk on fire");
                                  })))
          .isInstanceOf(ImportException.class);
      assertThat(store.count("SELECT count(*) FROM imports WHERE status = 'committed'")).isZero();
      assertThat(AuditLog.entries(store)).isEmpty();
    }
  }

  @Test
  void anImportOutsideByIsNotAudited() throws IOException {
    try (Store store = Store.inMemory()) {
      ImportRun.start(store, "t", "k", file(), Map.of()).commit(false, 1, (c, id) -> 1);
      assertThat(AuditLog.entries(store)).isEmpty();
    }
  }
}
