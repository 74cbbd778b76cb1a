package org.handover.engine.benchmark;

/**
 * Which months of the indicator a benchmark looks at: the last {@code months} up to the assessed
 * month, reduced by {@code aggregate}. Missing months are skipped; a window with no data is "no data".
 */
public record Window(int months, Aggregate aggregate) {
  public enum Aggregate { LAST, MEAN, MIN, MAX, SUM }

  public Window {
    if (months < 1) {
      throw new IllegalArgumentException("a window covers at least one month, not " + months);
    }
    if (aggregate == Aggregate.LAST && months != 1) {
      throw new IllegalArgumentException("aggregate 'last' takes a one-month window");
    }
  }

  public static Window lastMonth() {
    return new Window(1, Aggregate.LAST);
  }

  public static Window of(int months, Aggregate aggregate) {
    return new Window(months, aggregate);
  }

  public boolean isLastMonth() {
    return months == 1;
  }

  public String describe() {
    return isLastMonth() ? "" : aggregate.name().toLowerCase() + " over " + months + " months";
  }
}
