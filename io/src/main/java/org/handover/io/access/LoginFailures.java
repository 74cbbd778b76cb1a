package org.handover.io.access;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.handover.io.audit.AuditLog;
import org.handover.io.store.Store;
import org.handover.io.store.StoreException;

/**
 * Failed sign-ins kept in the store (table {@code login_failures}), by key: the web application's
 * throttle counts them per user name and per client address, and a restart must not give a guesser
 * a fresh count. Only failures within the throttle's window are needed: older ones are deleted as
 * new ones are recorded.
 */
public final class LoginFailures {
  /** Keys longer than this are cut: a user name is whatever a client sends. */
  public static final int MAX_KEY = 300;

  private LoginFailures() {}

  static String key(String key) {
    return key.length() > MAX_KEY ? key.substring(0, MAX_KEY) : key;
  }

  /** The key that counts the failures of the user name {@code user}. */
  public static String userKey(String user) {
    return "user:" + user;
  }

  /** The key that counts the failures from the client address {@code client}. */
  public static String clientKey(String client) {
    return "client:" + client;
  }

  /**
   * Records a failed sign-in of {@code user} from {@code client} at {@code at}, counted under both
   * keys, and deletes every failure from before {@code forgetBefore}; with {@code audited}, appends
   * its {@code login-failed} entry to the audit trail in the same transaction.
   */
  public static void record(
      Store store, Instant at, Instant forgetBefore, String user, String client, boolean audited) {
    store.inTransaction(
        c -> {
          insert(c, at, userKey(user));
          insert(c, at, clientKey(client));
          try (PreparedStatement ps =
              c.prepareStatement("DELETE FROM login_failures WHERE failed_at_ms < ?")) {
            ps.setLong(1, forgetBefore.toEpochMilli());
            ps.executeUpdate();
          }
          if (audited) {
            AuditLog.append(
                c,
                Clock.systemUTC(),
                user.length() > 64 ? user.substring(0, 64) : user,
                "login-failed",
                user,
                Map.of("client", client));
          }
          return null;
        });
  }

  private static void insert(Connection c, Instant at, String k) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("INSERT INTO login_failures VALUES (?, ?)")) {
      ps.setString(1, key(k));
      ps.setLong(2, at.toEpochMilli());
      ps.executeUpdate();
    }
  }

  /** The failures of {@code key} at or after {@code from}, oldest first. */
  public static List<Instant> since(Store store, String key, Instant from) {
    List<Instant> out = new ArrayList<>();
    try (PreparedStatement ps =
        store
            .connection()
            .prepareStatement(
                "SELECT failed_at_ms FROM login_failures WHERE key = ? AND failed_at_ms >= ?"
                    + " ORDER BY failed_at_ms")) {
      ps.setString(1, key(key));
      ps.setLong(2, from.toEpochMilli());
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(Instant.ofEpochMilli(rs.getLong(1)));
        }
      }
    } catch (SQLException e) {
      throw new StoreException("cannot read the failed sign-ins: " + e.getMessage(), e);
    }
    return out;
  }

  /** Forgets the failures of {@code key} (a user who signed in). */
  public static void clear(Store store, String key) {
    store.inTransaction(
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement("DELETE FROM login_failures WHERE key = ?")) {
            ps.setString(1, key(key));
            return ps.executeUpdate();
          }
        });
  }
}
