package org.handover.io.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.handover.io.csv.SafeCsv;
import org.handover.io.files.OutputGuard;
import org.handover.io.store.Store;
import org.handover.io.store.StoreException;

/**
 * The audit trail of a store (table {@code audit_log}). Entries are only ever appended, inside the
 * transaction of the change they record where there is one, so a change and its entry land together
 * or not at all.
 */
public final class AuditLog {
  private static final ObjectMapper JSON = new ObjectMapper();

  private AuditLog() {}

  /** The actor name of the command line run by {@code osUser}. */
  public static String commandLineActor() {
    return "cli:" + System.getProperty("user.name", "unknown");
  }

  /**
   * Appends one entry in the caller's transaction on {@code c}.
   *
   * @param details what the change involved (file hashes, old and new role), written as a JSON
   *     object with sorted keys
   */
  public static AuditEntry append(
      Connection c,
      Clock clock,
      String actor,
      String action,
      String subject,
      Map<String, String> details)
      throws SQLException {
    long seq;
    String previous;
    try (Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery("SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1")) {
      if (rs.next()) {
        seq = rs.getLong(1) + 1;
        previous = rs.getString(2);
      } else {
        seq = 1;
        previous = AuditEntry.GENESIS;
      }
    }
    String at = Instant.now(clock).truncatedTo(ChronoUnit.MILLIS).toString();
    String detailJson = canonical(details);
    String hash = AuditEntry.hashOf(previous, seq, at, actor, action, subject, detailJson);
    try (PreparedStatement ps =
        c.prepareStatement("INSERT INTO audit_log VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
      ps.setLong(1, seq);
      ps.setString(2, at);
      ps.setString(3, actor);
      ps.setString(4, action);
      ps.setString(5, subject);
      ps.setString(6, detailJson);
      ps.setString(7, previous);
      ps.setString(8, hash);
      ps.executeUpdate();
    }
    return new AuditEntry(seq, at, actor, action, subject, detailJson, previous, hash);
  }

  /** Appends one entry in a transaction of its own. */
  public static AuditEntry append(
      Store store, String actor, String action, String subject, Map<String, String> details) {
    return store.inTransaction(c -> append(c, Clock.systemUTC(), actor, action, subject, details));
  }

  static String canonical(Map<String, String> details) {
    try {
      return JSON.writeValueAsString(new TreeMap<>(details));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a map of strings is JSON", e);
    }
  }

  /** Every entry, oldest first. */
  public static List<AuditEntry> entries(Store store) {
    return entries(store, 0, Long.MAX_VALUE);
  }

  /** The entries with {@code from <= seq < to}, oldest first. */
  public static List<AuditEntry> entries(Store store, long from, long to) {
    List<AuditEntry> out = new ArrayList<>();
    try (PreparedStatement ps =
        store
            .connection()
            .prepareStatement(
                "SELECT seq, recorded_at, actor, action, subject, details, previous_hash, hash"
                    + " FROM audit_log WHERE seq >= ? AND seq < ? ORDER BY seq")) {
      ps.setLong(1, from);
      ps.setLong(2, to);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(
              new AuditEntry(
                  rs.getLong(1),
                  rs.getString(2),
                  rs.getString(3),
                  rs.getString(4),
                  rs.getString(5),
                  rs.getString(6),
                  rs.getString(7),
                  rs.getString(8)));
        }
      }
    } catch (SQLException e) {
      throw new StoreException("cannot read the audit trail: " + e.getMessage(), e);
    }
    return out;
  }

  /**
   * Checks the chain: entries numbered 1, 2, 3 ... without gaps, each pointing at the previous
   * entry's hash and carrying the hash of its own content.
   *
   * @return the first broken entry, empty when the chain is whole
   */
  public static Optional<Break> verify(Store store) {
    String previous = AuditEntry.GENESIS;
    long expected = 1;
    for (AuditEntry e : entries(store)) {
      if (e.seq() != expected) {
        return Optional.of(
            new Break(
                e.seq(),
                "entry " + expected + " is missing (the next entry found is " + e.seq() + ")"));
      }
      if (!e.previousHash().equals(previous)) {
        return Optional.of(
            new Break(
                e.seq(),
                "its previous hash "
                    + e.previousHash()
                    + " is not entry "
                    + (e.seq() - 1)
                    + "'s hash "
                    + previous));
      }
      if (!e.expectedHash().equals(e.hash())) {
        return Optional.of(
            new Break(
                e.seq(),
                "its content does not match its hash (altered after it was written): "
                    + "recorded "
                    + e.hash()
                    + ", content gives "
                    + e.expectedHash()));
      }
      previous = e.hash();
      expected++;
    }
    return Optional.empty();
  }

  /** Where the chain first breaks, and why. */
  public record Break(long seq, String reason) {}

  /** The last entry's sequence number and hash (0 and the genesis hash for an empty trail). */
  public static Head head(Store store) {
    List<String> row =
        store.strings("SELECT seq || ' ' || hash FROM audit_log ORDER BY seq DESC LIMIT 1");
    if (row.isEmpty()) {
      return new Head(0, AuditEntry.GENESIS);
    }
    String[] parts = row.get(0).split(" ", 2);
    return new Head(Long.parseLong(parts[0]), parts[1]);
  }

  /** The end of the chain: anyone who writes it down can later tell if entries were cut off. */
  public record Head(long seq, String hash) {}

  /** Writes every entry as CSV (cells that would start a formula neutralised, by SafeCsv). */
  public static void exportCsv(Store store, Path out, OutputGuard guard) {
    List<AuditEntry> all = entries(store);
    guard.write(
        out,
        file -> {
          try (SafeCsv csv = SafeCsv.to(file)) {
            csv.record(
                "seq", "at", "actor", "action", "subject", "details", "previous_hash", "hash");
            for (AuditEntry e : all) {
              csv.record(
                  Long.toString(e.seq()),
                  e.at(),
                  e.actor(),
                  e.action(),
                  e.subject(),
                  e.details(),
                  e.previousHash(),
                  e.hash());
            }
          }
        });
  }
}
