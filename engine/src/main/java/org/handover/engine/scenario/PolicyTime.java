package org.handover.engine.scenario;

import java.time.YearMonth;
import java.util.Optional;

/**
 * When a policy rule applies: a calendar month ({@code 2007-12}) or a number of months after the
 * first simulated month ({@code start}, {@code start+18}), so that one policy can be compared from
 * any as-of month.
 */
public record PolicyTime(Optional<YearMonth> month, int afterStart) {
  public static final PolicyTime START = new PolicyTime(Optional.empty(), 0);

  public PolicyTime {
    if (month.isEmpty() && afterStart < 0) {
      throw new IllegalArgumentException("months after the start must be 0 or more");
    }
  }

  public static PolicyTime at(YearMonth month) {
    return new PolicyTime(Optional.of(month), 0);
  }

  public static PolicyTime afterStart(int months) {
    return new PolicyTime(Optional.empty(), months);
  }

  /**
   * The step (0 = the first simulated month, {@code start}) this time falls on; negative when a
   * calendar month lies before the start.
   */
  public int step(YearMonth start) {
    return month
        .map(m -> (int) start.until(m, java.time.temporal.ChronoUnit.MONTHS))
        .orElse(afterStart);
  }

  @Override
  public String toString() {
    return month.map(YearMonth::toString).orElse(afterStart == 0 ? "start" : "start+" + afterStart);
  }
}
