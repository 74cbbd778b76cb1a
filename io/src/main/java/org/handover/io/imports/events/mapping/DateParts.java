package org.handover.io.imports.events.mapping;

import java.util.Objects;

/**
 * A date held in separate year, month and (optionally) day columns. Without a day column the date
 * is a whole month: a start is the 1st, an end the last day of that month.
 *
 * @param year header of the year column
 * @param month header of the month column (1 .. 12)
 * @param day header of the day column, or null for a whole month
 */
public record DateParts(String year, String month, String day) {
  public DateParts {
    Objects.requireNonNull(year, "year");
    Objects.requireNonNull(month, "month");
  }

  public boolean wholeMonth() {
    return day == null;
  }
}
