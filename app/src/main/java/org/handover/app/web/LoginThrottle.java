package org.handover.app.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Slows password guessing: after {@value #FREE} failed sign-ins within {@link #WINDOW} for one user
 * name, or for one client address, each further attempt must wait, twice as long after each failure
 * (1 s, 2 s, 4 s ... at most {@link #MAX_WAIT}). A success clears the name's count.
 */
final class LoginThrottle {
  static final int FREE = 5;
  static final Duration WINDOW = Duration.ofMinutes(15);
  static final Duration MAX_WAIT = Duration.ofMinutes(15);

  private final Clock clock;
  private final Map<String, Deque<Instant>> failures = new HashMap<>();

  LoginThrottle(Clock clock) {
    this.clock = clock;
  }

  /** How long {@code user} from {@code client} must still wait, if at all. */
  synchronized Optional<Duration> wait(String user, String client) {
    Instant now = clock.instant();
    Duration longest = Duration.ZERO;
    for (String key : new String[] {"user:" + user, "client:" + client}) {
      Deque<Instant> f = recent(key, now);
      if (f.size() >= FREE) {
        long exponent = Math.min(f.size() - FREE, 20);
        Duration wait = Duration.ofSeconds(1L << exponent);
        if (wait.compareTo(MAX_WAIT) > 0) {
          wait = MAX_WAIT;
        }
        Duration left = Duration.between(now, f.peekLast().plus(wait));
        if (left.compareTo(longest) > 0) {
          longest = left;
        }
      }
    }
    return longest.isZero() || longest.isNegative() ? Optional.empty() : Optional.of(longest);
  }

  synchronized void failed(String user, String client) {
    Instant now = clock.instant();
    recent("user:" + user, now).addLast(now);
    recent("client:" + client, now).addLast(now);
  }

  synchronized void succeeded(String user) {
    failures.remove("user:" + user);
  }

  private Deque<Instant> recent(String key, Instant now) {
    Deque<Instant> f = failures.computeIfAbsent(key, k -> new ArrayDeque<>());
    while (!f.isEmpty() && f.peekFirst().isBefore(now.minus(WINDOW))) {
      f.removeFirst();
    }
    if (f.isEmpty()) {
      failures.remove(key);
      f = failures.computeIfAbsent(key, k -> new ArrayDeque<>());
    }
    return f;
  }
}
