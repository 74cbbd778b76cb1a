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

  /** Appends {@code n} more entries to the store at {@code db}. */
  static void append(Path db, int n, String actor) {
    try (Store s = Store.open(db)) {
      for (int i = 1; i <= n; i++) {
        AuditLog.append(s, actor, "decide", "more-" + i, Map.of("i", Integer.toString(i)));
      }
    }
  }

  static void sql(Path db, String... statements) throws Exception {
    try (Store s = Store.open(db);
        Statement st = s.connection().createStatement()) {
      for (String sql : statements) {
        st.execute(sql);
      }
    }
  }

  @Test
  void anAnchorShowsTheTailCutOffThatTheChainAloneCannot() throws Exception {
    Path db = storeWithEntries(5);
    Path anchor = dir.resolve("anchor.json");
    CommandLineTest.Run written =
        CommandLineTest.run("audit", "anchor", "--db", db.toString(), "--out", anchor.toString());
    assertThat(written.exit()).as(written.err()).isZero();
    assertThat(Files.readString(anchor))
        .contains("\"format\" : \"handover-audit-anchor\"")
        .contains("\"entries\" : 5")
        .contains("\"last_seq\" : 5");
    CommandLineTest.Run printed = CommandLineTest.run("audit", "anchor", "--db", db.toString());
    assertThat(printed.out()).contains("\"last_seq\" : 5");

    // the trail grows: still matches
    append(db, 2, "bob");
    CommandLineTest.Run grown = verify(db, anchor);
    assertThat(grown.exit()).as(grown.err()).isZero();
    assertThat(grown.out()).contains("matches the anchor").contains("2 entries since");

    // the last three entries cut off: the chain is whole, the anchor is not matched
    sql(db, "DELETE FROM audit_log WHERE seq >= 5");
    assertThat(CommandLineTest.run("audit", "verify", "--db", db.toString()).exit()).isZero();
    CommandLineTest.Run cut = verify(db, anchor);
    assertThat(cut.exit()).isEqualTo(2);
    assertThat(cut.err())
        .contains("does not match the anchor")
        .contains("the trail ends at entry 4")
        .contains("entries 5 to 5 were removed");

    // renewed in place without --force (it is an anchor); another file is not overwritten
    CommandLineTest.Run renewed =
        CommandLineTest.run("audit", "anchor", "--db", db.toString(), "--out", anchor.toString());
    assertThat(renewed.exit()).as(renewed.err()).isZero();
    Path other = Files.writeString(dir.resolve("notes.txt"), "mine");
    CommandLineTest.Run refused =
        CommandLineTest.run("audit", "anchor", "--db", db.toString(), "--out", other.toString());
    assertThat(refused.exit()).isEqualTo(2);
    assertThat(Files.readString(other)).isEqualTo("mine");
  }

  @Test
  void anAnchorShowsAChainRewrittenWhole() throws Exception {
    Path db = storeWithEntries(4);
    Path anchor = dir.resolve("anchor.json");
    assertThat(
            CommandLineTest.run(
                    "audit", "anchor", "--db", db.toString(), "--out", anchor.toString())
                .exit())
        .isZero();
    // whoever can write the store rebuilds a consistent chain without entry 2, and more after it
    sql(db, "DELETE FROM audit_log");
    append(db, 6, "mallory");
    assertThat(CommandLineTest.run("audit", "verify", "--db", db.toString()).exit()).isZero();
    CommandLineTest.Run r = verify(db, anchor);
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err())
        .contains("entry 4 has hash")
        .contains("the chain up to entry 4 was rewritten");
  }

  @Test
  void aFileThatIsNotAnAnchorIsRefusedNamingTheField() throws Exception {
    Path db = storeWithEntries(1);
    Path bad = Files.writeString(dir.resolve("bad.json"), "{\"format\": \"something\"}");
    CommandLineTest.Run r = verify(db, bad);
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("bad.json").contains("'format'");
    Path hash =
        Files.writeString(
            dir.resolve("hash.json"),
            "{\"format\": \"handover-audit-anchor\", \"entries\": 1, \"last_seq\": 1,"
                + " \"last_hash\": \"xyz\", \"written_at\": \"2026-01-01T00:00:00Z\"}");
    r = verify(db, hash);
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("hash.json").contains("'last_hash'");
  }

  static CommandLineTest.Run verify(Path db, Path anchor) {
    return CommandLineTest.run(
        "audit", "verify", "--db", db.toString(), "--anchor", anchor.toString());
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
