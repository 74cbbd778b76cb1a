package org.handover.io.access;

import java.time.Instant;
import java.util.Objects;

/**
 * A signed-in session: the token the browser holds in its cookie (never stored, only its hash), the
 * CSRF token it must echo on every change, its user and when it ends.
 */
public record Session(String token, String csrfToken, User user, Instant expires) {
  public Session {
    Objects.requireNonNull(token, "token");
    Objects.requireNonNull(csrfToken, "csrfToken");
    Objects.requireNonNull(user, "user");
    Objects.requireNonNull(expires, "expires");
  }
}
