package org.handover.app.cli;

import java.time.Clock;
import java.time.Instant;
import org.handover.app.report.GenerationTime;

/**
 * When a plan is saved, proposed or signed: now, or the time SOURCE_DATE_EPOCH gives, as for the
 * report, so that a scripted sign-off gives the same store and outputs on every run.
 */
final class PlanTime {
  private PlanTime() {}

  static Instant now() {
    return GenerationTime.of(System.getenv(), Clock.systemUTC());
  }
}
