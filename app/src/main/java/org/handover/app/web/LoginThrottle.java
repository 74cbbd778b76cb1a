package org.handover.app.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.handover.io.access.LoginFailures;

/**
 * Slows password guessing: after {@value #FREE} failed sign-ins within {@link #WINDOW} for one user
 * name, or for one client address, each further attempt must wait, twice as long after each failure
 * (1 s, 2 s, 4 s ... at most {@link #MAX_WAIT}). A success clears the name's count. The failures
 * are kept in the store ({@link LoginFailures}), so stopping and starting the server does not reset
 * them.
 */
final class LoginThrottle {
  static final int FREE = 5;
  static final Duration WINDOW = Duration.ofMinutes(15);
  static final Duration MAX_WAIT = Duration.ofMinutes(15);

  private final Clock clock;
  private final SharedStore store;

  LoginThrottle(Clock clock, SharedStore store) {
    this.clock = clock;
    this.store = store;
  }

  /** How long {@code user} from {@code client} must still wait, if at all. */
  Optional<Duration> wait(String user, String client) {
    Instant now = clock.instant();
    Duration longest = Duration.ZERO;
    for (String key : new String[] {LoginFailures.userKey(user), LoginFailures.clientKey(client)}) {
      List<Instant> f = store.with(s -> LoginFailures.since(s, key, now.minus(WINDOW)));
      if (f.size() >= FREE) {
        long exponent = Math.min(f.size() - FREE, 20);
        Duration wait = Duration.ofSeconds(1L << exponent);
        if (wait.compareTo(MAX_WAIT) > 0) {
          wait = MAX_WAIT;
        }
        Duration left = Duration.between(now, f.get(f.size() - 1).plus(wait));
        if (left.compareTo(longest) > 0) {
          longest = left;
        }
      }
    }
    return longest.isZero() || longest.isNegative() ? Optional.empty() : Optional.of(longest);
  }

  /**
   * Records a failure, with its audit entry ({@code login-failed}) in the same transaction when
   * {@code audited}.
   */
  void failed(String user, String client, boolean audited) {
    Instant now = clock.instant();
    store.with(
        s -> {
          LoginFailures.record(s, now, now.minus(WINDOW), user, client, audited);
          return null;
        });
  }

  /** Records a failure that is not audited (a wrong setup code). */
  void failed(String user, String client) {
    failed(user, client, false);
  }

  void succeeded(String user) {
    store.with(
        s -> {
          LoginFailures.clear(s, LoginFailures.userKey(user));
          return null;
        });
  }
}
