package org.handover.io.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.handover.io.files.OutputGuard;
import org.handover.io.store.Store;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The audit trail's hash chain: whole when untouched, broken at the first entry edited or removed.
 */
class AuditLogTest {
  Store store;

  @BeforeEach
  void fiveEntries() {
    store = Store.inMemory();
    for (int i = 1; i <= 5; i++) {
      AuditLog.append(store, "alice", "decide", "entry-" + i, Map.of("n", Integer.toString(i)));
    }
  }

  void sql(String statement) throws Exception {
    try (var s = store.connection().createStatement()) {
      s.execute(statement);
    }
  }

  @Test
  void anUntouchedChainIsWhole() {
    assertThat(AuditLog.verify(store)).isEmpty();
    List<AuditEntry> all = AuditLog.entries(store);
    assertThat(all).extracting(AuditEntry::seq).containsExactly(1L, 2L, 3L, 4L, 5L);
    assertThat(all.get(0).previousHash()).isEqualTo(AuditEntry.GENESIS);
    for (int i = 1; i < all.size(); i++) {
      assertThat(all.get(i).previousHash()).isEqualTo(all.get(i - 1).hash());
    }
    assertThat(AuditLog.head(store)).isEqualTo(new AuditLog.Head(5, all.get(4).hash()));
  }

  @Test
  void editingAnEntrysContentBreaksTheChainThere() throws Exception {
    sql("UPDATE audit_log SET details = '{\"n\":\"9\"}' WHERE seq = 3");
    Optional<AuditLog.Break> b = AuditLog.verify(store);
    assertThat(b).isPresent();
    assertThat(b.get().seq()).isEqualTo(3);
    assertThat(b.get().reason()).contains("does not match its hash");
  }

  @Test
  void eachFieldIsCovered() throws Exception {
    for (String column : List.of("recorded_at", "actor", "action", "subject")) {
      fiveEntries();
      sql("UPDATE audit_log SET " + column + " = " + column + " || 'x' WHERE seq = 2");
      assertThat(AuditLog.verify(store)).as(column).map(AuditLog.Break::seq).hasValue(2L);
    }
  }

  @Test
  void rewritingAnEntrysHashToMatchBreaksTheNextLink() throws Exception {
    sql("UPDATE audit_log SET subject = 'forged' WHERE seq = 2");
    AuditEntry forged = AuditLog.entries(store).get(1);
    sql("UPDATE audit_log SET hash = '" + forged.expectedHash() + "' WHERE seq = 2");
    Optional<AuditLog.Break> b = AuditLog.verify(store);
    assertThat(b).map(AuditLog.Break::seq).hasValue(3L);
    assertThat(b.get().reason()).contains("is not entry 2's hash");
  }

  @Test
  void deletingAnEntryBreaksTheChainWhereItWas() throws Exception {
    sql("DELETE FROM audit_log WHERE seq = 3");
    Optional<AuditLog.Break> b = AuditLog.verify(store);
    assertThat(b).map(AuditLog.Break::seq).hasValue(4L);
    assertThat(b.get().reason()).contains("entry 3 is missing");
  }

  @Test
  void theCsvExportHasEveryEntry(@TempDir Path dir) throws Exception {
    AuditLog.append(store, "=cmd", "login", "x", Map.of());
    Path out = dir.resolve("audit.csv");
    AuditLog.exportCsv(store, out, OutputGuard.of(false));
    List<String> lines = Files.readAllLines(out);
    assertThat(lines.get(0)).isEqualTo("seq,at,actor,action,subject,details,previous_hash,hash");
    assertThat(lines).hasSize(7);
    // a cell that would start a formula is neutralised
    assertThat(lines.get(6)).doesNotContain(",=cmd,");
  }
}
