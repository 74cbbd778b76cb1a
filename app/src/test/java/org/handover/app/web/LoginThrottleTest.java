package org.handover.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** Failed sign-ins: five are free, then each waits twice as long, per user name and per client. */
class LoginThrottleTest {
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
    LoginThrottle t = new LoginThrottle(clock);
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
    LoginThrottle t = new LoginThrottle(new Manual());
    for (int i = 0; i < LoginThrottle.FREE; i++) {
      t.failed("bob", "10.0.0.1");
    }
    t.succeeded("bob");
    assertThat(t.wait("bob", "10.0.0.9")).isEmpty();
  }
}
