package org.handover.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.handover.io.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Failed sign-ins: five are free, then each waits twice as long, per user name and per client; the
 * count is kept in the store, so a restarted server goes on where the last one stopped.
 */
class LoginThrottleTest {
  @TempDir Path dir;

  static final class Manual extends Clock {
    Instant now = Instant.parse("2026-01-01T00:00:00Z");

    @Override
    public Instant instant() {
      return now;
    }

    @Override
    public java.time.ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }
  }

  @Test
  void fiveFailuresAreFreeThenTheWaitDoubles() {
    Manual clock = new Manual();
    LoginThrottle t = new LoginThrottle(clock, new SharedStore(Store.inMemory()));
    for (int i = 0; i < LoginThrottle.FREE; i++) {
      assertThat(t.wait("bob", "10.0.0.1")).isEmpty();
      t.failed("bob", "10.0.0.1");
    }
    assertThat(t.wait("bob", "10.0.0.1")).hasValue(Duration.ofSeconds(1));
    // another client guessing bob's password waits too; another user from elsewhere does not
    assertThat(t.wait("bob", "10.0.0.2")).hasValue(Duration.ofSeconds(1));
    assertThat(t.wait("carol", "10.0.0.2")).isEmpty();
    t.failed("bob", "10.0.0.1");
    assertThat(t.wait("bob", "10.0.0.1")).hasValue(Duration.ofSeconds(2));
    clock.now = clock.now.plusSeconds(2);
    assertThat(t.wait("bob", "10.0.0.1")).isEmpty();
    clock.now = clock.now.plus(LoginThrottle.WINDOW);
    t.failed("bob", "10.0.0.1");
    assertThat(t.wait("bob", "10.0.0.1")).isEmpty();
  }

  @Test
  void aSuccessClearsTheNamesCount() {
    LoginThrottle t = new LoginThrottle(new Manual(), new SharedStore(Store.inMemory()));
    for (int i = 0; i < LoginThrottle.FREE; i++) {
      t.failed("bob", "10.0.0.1");
    }
    t.succeeded("bob");
    assertThat(t.wait("bob", "10.0.0.9")).isEmpty();
  }

  @Test
  void theCountSurvivesARestart() {
    Manual clock = new Manual();
    Path file = dir.resolve("throttle.duckdb");
    try (Store store = Store.open(file)) {
      LoginThrottle t = new LoginThrottle(clock, new SharedStore(store));
      for (int i = 0; i < LoginThrottle.FREE + 1; i++) {
        t.failed("bob", "10.0.0.1");
      }
      assertThat(t.wait("bob", "10.0.0.1")).hasValue(Duration.ofSeconds(2));
    }
    clock.now = clock.now.plusSeconds(1);
    try (Store store = Store.open(file)) {
      LoginThrottle restarted = new LoginThrottle(clock, new SharedStore(store));
      // the name and the address are both still counted: 6 failures, the last 1 s ago
      assertThat(restarted.wait("bob", "10.0.0.9")).hasValue(Duration.ofSeconds(1));
      assertThat(restarted.wait("carol", "10.0.0.1")).hasValue(Duration.ofSeconds(1));
      assertThat(restarted.wait("carol", "10.0.0.9")).isEmpty();
      restarted.failed("bob", "10.0.0.1");
      assertThat(restarted.wait("bob", "10.0.0.1")).hasValue(Duration.ofSeconds(4));
      // failures older than the window are deleted as new ones are recorded
      clock.now = clock.now.plus(LoginThrottle.WINDOW).plusSeconds(1);
      restarted.failed("dave", "10.0.0.2");
      assertThat(store.count("SELECT count(*) FROM login_failures")).isEqualTo(2);
    }
  }
}
