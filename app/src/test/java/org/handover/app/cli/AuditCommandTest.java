package org.handover.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import org.handover.io.audit.AuditLog;
import org.handover.io.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** handover audit verify and export, and the users command, on a small store. */
class AuditCommandTest {
  @TempDir Path dir;

  Path storeWithEntries(int n) {
    Path db = dir.resolve("audit.duckdb");
    try (Store s = Store.open(db)) {
      for (int i = 1; i <= n; i++) {
        AuditLog.append(s, "alice", "decide", "d-" + i, Map.of("i", Integer.toString(i)));
      }
    }
    return db;
  }

  @Test
  void verifyPassesOnAWholeChainAndPrintsItsHead() {
    Path db = storeWithEntries(4);
    CommandLineTest.Run r = CommandLineTest.run("audit", "verify", "--db", db.toString());
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out()).startsWith("audit trail intact: 4 entries; last hash ");
  }

  @Test
  void verifyFailsWithExitCode2NamingTheFirstBrokenEntry() throws Exception {
    Path db = storeWithEntries(5);
    try (Store s = Store.open(db);
        Statement st = s.connection().createStatement()) {
      st.execute("UPDATE audit_log SET actor = 'mallory' WHERE seq = 3");
    }
    CommandLineTest.Run r = CommandLineTest.run("audit", "verify", "--db", db.toString());
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("is broken at entry 3:");
    try (Store s = Store.open(db);
        Statement st = s.connection().createStatement()) {
      st.execute("UPDATE audit_log SET actor = 'alice' WHERE seq = 3");
      st.execute("DELETE FROM audit_log WHERE seq = 2");
    }
    r = CommandLineTest.run("audit", "verify", "--db", db.toString());
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("broken at entry 3: entry 2 is missing");
  }

  @Test
  void exportWritesEveryEntryAsCsv() throws Exception {
    Path db = storeWithEntries(3);
    Path out = dir.resolve("audit.csv");
    CommandLineTest.Run r =
        CommandLineTest.run("audit", "export", "--db", db.toString(), "--out", out.toString());
    assertThat(r.exit()).as(r.err()).isZero();
    List<String> lines = Files.readAllLines(out);
    assertThat(lines).hasSize(4);
    assertThat(lines.get(1)).startsWith("1,").contains(",alice,decide,d-1,");
    CommandLineTest.Run again =
        CommandLineTest.run("audit", "export", "--db", db.toString(), "--out", out.toString());
    assertThat(again.exit()).isEqualTo(2);
  }

  @Test
  void usersAreAddedWithARoleAndTheChangeIsAudited() {
    Path db = storeWithEntries(0);
    CommandLineTest.Run bad =
        CommandLineTest.run("users", "add", "bob", "--role", "king", "--db", db.toString());
    assertThat(bad.exit()).isEqualTo(2);
    assertThat(bad.err()).contains("unknown role 'king'").contains("analyst");
  }
}
