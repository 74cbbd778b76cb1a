package org.handover.io.access;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.handover.engine.HandoverException;
import org.handover.io.audit.AuditLog;
import org.handover.io.store.Store;
import org.handover.io.store.StoreException;

/** The users of the web application in a store; every change is audited with it. */
public final class Users {
  private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._@-]{0,63}");
  private static final String DECOY = Passwords.decoy();

  private Users() {}

  /** Refuses a user name that is not 1-64 letters, digits, '.', '_', '@' or '-'. */
  public static String checkName(String name) {
    if (name == null || !NAME.matcher(name).matches()) {
      throw new HandoverException(
          "bad user name '"
              + (name == null ? "" : name)
              + "': 1 to 64 letters, digits, '.', '_', '@' or '-', starting with a letter or digit");
    }
    return name;
  }

  public static boolean any(Store store) {
    return store.count("SELECT count(*) FROM users") > 0;
  }

  public static List<User> all(Store store) {
    return query(store, "SELECT name, role, disabled, created_at FROM users ORDER BY name");
  }

  public static Optional<User> find(Store store, String name) {
    List<User> u =
        query(store, "SELECT name, role, disabled, created_at FROM users WHERE name = ?", name);
    return u.isEmpty() ? Optional.empty() : Optional.of(u.get(0));
  }

  /**
   * The user {@code name} if {@code password} is theirs and they are not disabled. An unknown name
   * costs the same hashing time as a known one, so the time taken does not tell names apart.
   */
  public static Optional<User> authenticate(Store store, String name, char[] password) {
    List<String> hash = store.strings("SELECT password_hash FROM users WHERE name = ?", name);
    boolean ok = Passwords.verify(password, hash.isEmpty() ? DECOY : hash.get(0));
    if (!ok || hash.isEmpty()) {
      return Optional.empty();
    }
    return find(store, name).filter(u -> !u.disabled());
  }

  /** Adds a user, audited as {@code actor}'s. */
  public static User add(Store store, String name, Role role, char[] password, String actor) {
    checkName(name);
    Passwords.checkAcceptable(password);
    if (find(store, name).isPresent()) {
      throw new HandoverException("user '" + name + "' exists already");
    }
    String hash = Passwords.hash(password);
    String now = Instant.now().truncatedTo(ChronoUnit.MILLIS).toString();
    store.inTransaction(
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement("INSERT INTO users VALUES (?, ?, ?, false, ?)")) {
            ps.setString(1, name);
            ps.setString(2, role.id());
            ps.setString(3, hash);
            ps.setString(4, now);
            ps.executeUpdate();
          }
          return AuditLog.append(
              c, Clock.systemUTC(), actor, "user-add", name, Map.of("role", role.id()));
        });
    return new User(name, role, false, now);
  }

  /** Gives {@code name} another role, audited with the old and new role. */
  public static User setRole(Store store, String name, Role role, String actor) {
    User before =
        find(store, name).orElseThrow(() -> new HandoverException("no user '" + name + "'"));
    store.inTransaction(
        c -> {
          update(c, "UPDATE users SET role = ? WHERE name = ?", role.id(), name);
          return AuditLog.append(
              c,
              Clock.systemUTC(),
              actor,
              "role-change",
              name,
              Map.of("from", before.role().id(), "to", role.id()));
        });
    return new User(name, role, before.disabled(), before.createdAt());
  }

  /** Disables or enables {@code name}; disabling ends their sessions. Audited. */
  public static User setDisabled(Store store, String name, boolean disabled, String actor) {
    User before =
        find(store, name).orElseThrow(() -> new HandoverException("no user '" + name + "'"));
    store.inTransaction(
        c -> {
          update(c, "UPDATE users SET disabled = ? WHERE name = ?", disabled, name);
          if (disabled) {
            update(c, "DELETE FROM sessions WHERE user_name = ?", name);
          }
          return AuditLog.append(
              c,
              Clock.systemUTC(),
              actor,
              disabled ? "user-disable" : "user-enable",
              name,
              Map.of());
        });
    return new User(name, before.role(), disabled, before.createdAt());
  }

  private static void update(Connection c, String sql, Object... params) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      for (int i = 0; i < params.length; i++) {
        ps.setObject(i + 1, params[i]);
      }
      ps.executeUpdate();
    }
  }

  private static List<User> query(Store store, String sql, Object... params) {
    try (PreparedStatement ps = store.connection().prepareStatement(sql)) {
      for (int i = 0; i < params.length; i++) {
        ps.setObject(i + 1, params[i]);
      }
      List<User> out = new ArrayList<>();
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(
              new User(
                  rs.getString(1), Role.parse(rs.getString(2)), rs.getBoolean(3), rs.getString(4)));
        }
      }
      return out;
    } catch (SQLException e) {
      throw new StoreException("cannot read users: " + e.getMessage(), e);
    }
  }
}
