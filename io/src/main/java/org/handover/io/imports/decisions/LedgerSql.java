package org.handover.io.imports.decisions;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.handover.engine.decision.Basis;
import org.handover.engine.decision.LedgerEntry;

/**
 * Appends ledger entries to the decisions table: the only statement that writes it is an INSERT.
 */
final class LedgerSql {
  /** The origin of entries recorded one at a time from the command line. */
  static final String DECIDE = "recorded with handover decide";

  /** The origin of a policy's simulated decisions recorded by {@code handover compare --record}. */
  static final String COMPARE = "recorded with handover compare";

  /** The origin of a plan's PLANNED decisions, appended when both parties have signed it. */
  static final String PLAN = "recorded when handover plan sign agreed the plan";

  private LedgerSql() {}

  static String origin(long importId) {
    return "import " + importId;
  }

  /**
   * Appends {@code entries} in order; {@code importId} null when they come from {@code handover
   * decide}.
   */
  static int append(
      Connection c, String theater, List<LedgerEntry> entries, Long importId, String origin)
      throws SQLException {
    return append(c, theater, entries, importId, origin, Instant.now());
  }

  /** As {@link #append(Connection, String, List, Long, String)}, recorded at {@code recordedAt}. */
  static int append(
      Connection c,
      String theater,
      List<LedgerEntry> entries,
      Long importId,
      String origin,
      Instant recordedAt)
      throws SQLException {
    Timestamp now = Timestamp.from(recordedAt);
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO decisions (seq, theater, id, kind, region, part, "
                + "from_stage, to_stage, announced, effective, decided_by, agreed_by, source, note, basis_set, basis_version, "
                + "basis_sha256, basis_as_of, supersedes, import_id, origin, recorded_at) "
                + "VALUES (nextval('decision_seq'), ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      for (LedgerEntry e : entries) {
        Optional<Basis> b = e.basis();
        int i = 1;
        ps.setString(i++, theater);
        ps.setString(i++, e.id());
        ps.setString(i++, e.kind().name());
        ps.setString(i++, e.region().name());
        ps.setString(i++, e.part().orElse(null));
        ps.setString(i++, e.fromStage().orElse(null));
        ps.setString(i++, e.toStage());
        ps.setDate(i++, e.announced().map(Date::valueOf).orElse(null));
        ps.setDate(i++, Date.valueOf(e.effective()));
        ps.setString(i++, e.decidedBy());
        ps.setString(i++, String.join("; ", e.agreedBy()));
        ps.setString(i++, e.source());
        ps.setString(i++, e.note());
        ps.setString(i++, b.map(Basis::benchmarkSet).orElse(null));
        ps.setString(i++, b.map(Basis::version).orElse(null));
        ps.setString(i++, b.map(Basis::sha256).orElse(null));
        ps.setDate(i++, b.map(x -> Date.valueOf(x.asOf().atDay(1))).orElse(null));
        ps.setString(i++, e.supersedes().orElse(null));
        if (importId == null) {
          ps.setNull(i++, Types.BIGINT);
        } else {
          ps.setLong(i++, importId);
        }
        ps.setString(i++, origin);
        ps.setTimestamp(i, now);
        ps.executeUpdate();
      }
    }
    return entries.size();
  }
}
