package org.handover.engine.time;

import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Objects;

/** An inclusive range of calendar months; the time axis of every panel. */
public final class MonthRange implements Iterable<YearMonth> {
  private final YearMonth first;
  private final YearMonth last;

  private MonthRange(YearMonth first, YearMonth last) {
    this.first = Objects.requireNonNull(first, "first");
    this.last = Objects.requireNonNull(last, "last");
    if (last.isBefore(first)) {
      throw new IllegalArgumentException(
          "month range ends (" + last + ") before it starts (" + first + ")");
    }
  }

  public static MonthRange of(YearMonth first, YearMonth last) {
    return new MonthRange(first, last);
  }

  public static MonthRange parse(String first, String last) {
    return new MonthRange(YearMonth.parse(first), YearMonth.parse(last));
  }

  public YearMonth first() {
    return first;
  }

  public YearMonth last() {
    return last;
  }

  public int length() {
    return (int) first.until(last, ChronoUnit.MONTHS) + 1;
  }

  /** Position of {@code month} on this axis; may be negative or past the end when outside. */
  public int offsetOf(YearMonth month) {
    return (int) first.until(month, ChronoUnit.MONTHS);
  }

  public boolean contains(YearMonth month) {
    return !month.isBefore(first) && !month.isAfter(last);
  }

  public YearMonth monthAt(int offset) {
    return first.plusMonths(offset);
  }

  public MonthRange extendTo(YearMonth newLast) {
    return newLast.isAfter(last) ? new MonthRange(first, newLast) : this;
  }

  public MonthRange span(MonthRange other) {
    YearMonth f = first.isBefore(other.first) ? first : other.first;
    YearMonth l = last.isAfter(other.last) ? last : other.last;
    return new MonthRange(f, l);
  }

  @Override
  public Iterator<YearMonth> iterator() {
    return new Iterator<>() {
      private YearMonth next = first;

      @Override
      public boolean hasNext() {
        return !next.isAfter(last);
      }

      @Override
      public YearMonth next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        YearMonth current = next;
        next = next.plusMonths(1);
        return current;
      }
    };
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof MonthRange r && r.first.equals(first) && r.last.equals(last);
  }

  @Override
  public int hashCode() {
    return Objects.hash(first, last);
  }

  @Override
  public String toString() {
    return first + ".." + last;
  }
}
