package org.handover.io.access;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import org.handover.io.audit.AuditLog;
import org.handover.io.store.Store;
import org.handover.io.store.StoreException;

/** Signed-in sessions in a store: only the SHA-256 of each token is kept. */
public final class Sessions {
  private static final SecureRandom RANDOM = new SecureRandom();

  private Sessions() {}

  /** A new session for {@code user}, its sign-in audited (with the client's address). */
  public static Session create(Store store, User user, Duration lifetime, String client) {
    String token = randomToken();
    String csrf = randomToken();
    Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
    Instant expires = now.plus(lifetime);
    store.inTransaction(
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement("INSERT INTO sessions VALUES (?, ?, ?, ?, ?)")) {
            ps.setString(1, sha256(token));
            ps.setString(2, user.name());
            ps.setString(3, csrf);
            ps.setString(4, now.toString());
            ps.setString(5, expires.toString());
            ps.executeUpdate();
          }
          try (PreparedStatement ps =
              c.prepareStatement("DELETE FROM sessions WHERE expires_at < ?")) {
            ps.setString(1, now.toString());
            ps.executeUpdate();
          }
          return AuditLog.append(
              c, Clock.systemUTC(), user.name(), "login", user.name(), Map.of("client", client));
        });
    return new Session(token, csrf, user, expires);
  }

  /** The live session whose token is {@code token}, if any (an expired one is none). */
  public static Optional<Session> find(Store store, String token) {
    if (token == null || token.isEmpty() || token.length() > 100) {
      return Optional.empty();
    }
    String userName;
    String csrf;
    Instant expires;
    try (PreparedStatement ps =
        store
            .connection()
            .prepareStatement(
                "SELECT user_name, csrf_token, expires_at FROM sessions WHERE token_sha256 = ?")) {
      ps.setString(1, sha256(token));
      try (ResultSet rs = ps.executeQuery()) {
        if (!rs.next()) {
          return Optional.empty();
        }
        userName = rs.getString(1);
        csrf = rs.getString(2);
        expires = Instant.parse(rs.getString(3));
      }
    } catch (SQLException e) {
      throw new StoreException("cannot read sessions: " + e.getMessage(), e);
    }
    if (!expires.isAfter(Instant.now())) {
      return Optional.empty();
    }
    return Users.find(store, userName)
        .filter(u -> !u.disabled())
        .map(u -> new Session(token, csrf, u, expires));
  }

  /** Ends the session (sign-out), audited. */
  public static void delete(Store store, Session session) {
    store.inTransaction(
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement("DELETE FROM sessions WHERE token_sha256 = ?")) {
            ps.setString(1, sha256(session.token()));
            ps.executeUpdate();
          }
          return AuditLog.append(
              c,
              Clock.systemUTC(),
              session.user().name(),
              "logout",
              session.user().name(),
              Map.of());
        });
  }

  private static String randomToken() {
    byte[] b = new byte[32];
    RANDOM.nextBytes(b);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
  }

  static String sha256(String text) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java has SHA-256", e);
    }
  }
}
