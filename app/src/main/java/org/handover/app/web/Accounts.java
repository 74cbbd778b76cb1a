package org.handover.app.web;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.handover.io.access.Session;
import org.handover.io.access.Sessions;
import org.handover.io.access.User;
import org.handover.io.access.Users;

/**
 * Sessions as the server sees them: looked up in the store once, then kept in memory until they
 * end. The server is the only writer of users and sessions while it runs (it holds the store), so
 * the memory copy is forgotten whenever it changes a user.
 */
final class Accounts {
  static final Duration LIFETIME = Duration.ofHours(8);

  private final SharedStore store;
  private final Map<String, Session> live = new ConcurrentHashMap<>();

  Accounts(SharedStore store) {
    this.store = store;
  }

  Optional<Session> session(String token) {
    if (token == null || token.isEmpty()) {
      return Optional.empty();
    }
    Session s = live.get(token);
    if (s == null) {
      Optional<Session> found = store.with(st -> Sessions.find(st, token));
      found.ifPresent(f -> live.put(token, f));
      return found;
    }
    if (!s.expires().isAfter(Instant.now())) {
      live.remove(token);
      return Optional.empty();
    }
    return Optional.of(s);
  }

  Session signIn(User user, String client) {
    Session s = store.with(st -> Sessions.create(st, user, LIFETIME, client));
    live.put(s.token(), s);
    return s;
  }

  void signOut(Session s) {
    live.remove(s.token());
    store.with(
        st -> {
          Sessions.delete(st, s);
          return null;
        });
  }

  /** After any change to users: sessions are read afresh (a new role, a disabled user). */
  void forgetAll() {
    live.clear();
  }

  Optional<User> authenticate(String name, char[] password) {
    return store.with(st -> Users.authenticate(st, name, password));
  }
}
