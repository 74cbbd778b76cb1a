package org.handover.io.imports.events;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.duckdb.DuckDBConnection;

/**
 * Ids seen more than once in one file: one GROUP BY in DuckDB, then only the repeated ids come
 * back.
 */
final class RepeatedIds {
  private RepeatedIds() {}

  /**
   * Each later row with a repeated id (staging rowid) -> the rowid of the id's first row. Groups on
   * the ids' 64-bit hashes (much cheaper than grouping ten million strings); the few rows whose
   * hash repeats are compared by their actual ids here.
   */
  static Map<Long, Long> find(Connection c) throws SQLException {
    Map<Long, Long> repeats = new LinkedHashMap<>();
    Map<String, Long> first = new HashMap<>();
    try (Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT rowid, event_id FROM "
                    + EventSql.TYPED
                    + " WHERE event_id IS NOT NULL"
                    + " AND hash(event_id) IN (SELECT h FROM (SELECT hash(event_id) AS h FROM "
                    + EventSql.TYPED
                    + " WHERE event_id IS NOT NULL) GROUP BY h HAVING count(*) > 1) ORDER BY rowid")) {
      while (rs.next()) {
        long row = rs.getLong(1);
        Long before = first.putIfAbsent(rs.getString(2), row);
        if (before != null) {
          repeats.put(row, before);
        }
      }
    }
    return repeats;
  }

  /**
   * Marks the repeats as rejected (those not rejected for another reason already); returns how
   * many.
   */
  static int reject(Connection c, Map<Long, Long> repeats) throws SQLException {
    if (repeats.isEmpty()) {
      return 0;
    }
    try (Statement s = c.createStatement()) {
      s.execute("CREATE TEMP TABLE ev_repeats (rid BIGINT)");
    }
    try (var a = c.unwrap(DuckDBConnection.class).createAppender("temp", "main", "ev_repeats")) {
      for (long row : repeats.keySet()) {
        a.beginRow().append(row).endRow();
      }
    }
    try (PreparedStatement ps =
        c.prepareStatement(
            "UPDATE "
                + EventSql.TYPED
                + " SET problem = ? WHERE problem = 0"
                + " AND rowid IN (SELECT rid FROM ev_repeats)")) {
      ps.setInt(1, RejectionReason.DUPLICATE_ID.code());
      return ps.executeUpdate();
    }
  }
}
