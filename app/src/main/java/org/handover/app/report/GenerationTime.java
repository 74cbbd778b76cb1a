package org.handover.app.report;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import org.handover.engine.HandoverException;

/**
 * When a report says it was generated: now, or, when the environment sets {@value #VARIABLE}, that
 * time (the reproducible-builds convention: whole seconds since 1970-01-01 00:00 UTC), so that two
 * reports from the same database are the same bytes.
 */
public final class GenerationTime {
  public static final String VARIABLE = "SOURCE_DATE_EPOCH";

  private GenerationTime() {}

  /**
   * The time from {@code environment}'s {@value #VARIABLE} if set, else the clock's.
   *
   * @throws HandoverException if the variable is set but not a whole number of seconds
   */
  public static Instant of(Map<String, String> environment, Clock clock) {
    String value = environment.get(VARIABLE);
    if (value == null) {
      return clock.instant();
    }
    String v = value.strip();
    if (!v.matches("[0-9]{1,12}")) {
      throw new HandoverException(
          VARIABLE
              + " must be a whole number of seconds since 1970-01-01 00:00 UTC (as `date +%s`"
              + " prints), not '"
              + value
              + "'; unset it to use the current time");
    }
    return Instant.ofEpochSecond(Long.parseLong(v));
  }
}
