package org.handover.engine.panel;

import java.time.YearMonth;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.handover.engine.theater.RegionId;
import org.handover.engine.theater.Theater;
import org.handover.engine.time.MonthRange;

/**
 * Region × month values by variable name: the data every indicator, assessment and forecast reads.
 *
 * <p>Values are {@code double[region][month]} with regions in {@link Theater#regions()} order and
 * months along {@link #months()}. {@code NaN} means "no data" (never zero: an event source that
 * covers a month with no incidents gives 0, a month it does not cover gives NaN). National series
 * are stored with every row sharing one array. Panels are immutable: {@link #with} returns a copy
 * sharing the untouched columns; callers must not write into returned arrays.
 */
public final class Panel {
  private final Theater theater;
  private final MonthRange months;
  private final Map<String, Column> columns;
  private final EventAttributes eventAttributes;

  private record Column(Variable variable, double[][] values) {}

  private Panel(
      Theater theater,
      MonthRange months,
      Map<String, Column> columns,
      EventAttributes eventAttributes) {
    this.theater = theater;
    this.months = months;
    this.columns = Collections.unmodifiableMap(columns);
    this.eventAttributes = eventAttributes;
  }

  public static Panel empty(Theater theater, MonthRange months) {
    return new Panel(
        Objects.requireNonNull(theater),
        Objects.requireNonNull(months),
        new LinkedHashMap<>(),
        EventAttributes.none());
  }

  /** What the event series can be filtered on; {@link EventAttributes#none()} unless set. */
  public EventAttributes eventAttributes() {
    return eventAttributes;
  }

  /** A copy whose event series can be filtered on {@code attributes}. */
  public Panel withEventAttributes(EventAttributes attributes) {
    return new Panel(
        theater, months, new LinkedHashMap<>(columns), Objects.requireNonNull(attributes));
  }

  public Theater theater() {
    return theater;
  }

  public MonthRange months() {
    return months;
  }

  public int regionCount() {
    return theater.size();
  }

  public int monthCount() {
    return months.length();
  }

  public Set<String> names() {
    return columns.keySet();
  }

  public boolean has(String name) {
    return columns.containsKey(name);
  }

  public Optional<Variable> variable(String name) {
    Column c = columns.get(name);
    return c == null ? Optional.empty() : Optional.of(c.variable());
  }

  /** The values of {@code name}, {@code [region][month]}; read-only by contract. */
  public double[][] values(String name) {
    Column c = columns.get(name);
    if (c == null) {
      throw new IllegalArgumentException(
          "no variable named '" + name + "' (known: " + columns.keySet() + ")");
    }
    return c.values();
  }

  public double value(String name, RegionId region, YearMonth month) {
    int m = months.offsetOf(month);
    if (m < 0 || m >= monthCount()) {
      return Double.NaN;
    }
    return values(name)[theater.indexOf(region)][m];
  }

  /** A copy with {@code variable} added or replaced. */
  public Panel with(Variable variable, double[][] values) {
    checkShape(variable.name(), values);
    Map<String, Column> copy = new LinkedHashMap<>(columns);
    copy.put(variable.name(), new Column(variable, values));
    return new Panel(theater, months, copy, eventAttributes);
  }

  /** A copy with a national series (one value per month) broadcast to every region. */
  public Panel withNational(Variable variable, double[] perMonth) {
    if (perMonth.length != monthCount()) {
      throw new IllegalArgumentException(
          variable.name() + ": expected " + monthCount() + " months, got " + perMonth.length);
    }
    double[][] rows = new double[regionCount()][];
    Arrays.fill(rows, perMonth);
    return with(variable, rows);
  }

  /** A copy with a per-region constant (e.g. population) repeated over every month. */
  public Panel withAttribute(Variable variable, double[] perRegion) {
    if (perRegion.length != regionCount()) {
      throw new IllegalArgumentException(
          variable.name() + ": expected " + regionCount() + " regions, got " + perRegion.length);
    }
    double[][] rows = new double[regionCount()][monthCount()];
    for (int r = 0; r < rows.length; r++) {
      Arrays.fill(rows[r], perRegion[r]);
    }
    return with(variable, rows);
  }

  /** The same data on a longer or shorter time axis; months outside the old axis are NaN. */
  public Panel reindex(MonthRange newMonths) {
    int shift = months.offsetOf(newMonths.first());
    Map<String, Column> copy = new LinkedHashMap<>();
    for (Map.Entry<String, Column> e : columns.entrySet()) {
      double[][] old = e.getValue().values();
      double[][] fresh = new double[old.length][newMonths.length()];
      for (int r = 0; r < old.length; r++) {
        for (int m = 0; m < fresh[r].length; m++) {
          int src = m + shift;
          fresh[r][m] = src >= 0 && src < old[r].length ? old[r][src] : Double.NaN;
        }
      }
      copy.put(e.getKey(), new Column(e.getValue().variable(), fresh));
    }
    return new Panel(theater, newMonths, copy, eventAttributes);
  }

  private void checkShape(String name, double[][] values) {
    if (values.length != regionCount()) {
      throw new IllegalArgumentException(
          name + ": expected " + regionCount() + " regions, got " + values.length);
    }
    for (double[] row : values) {
      if (row.length != monthCount()) {
        throw new IllegalArgumentException(
            name + ": expected " + monthCount() + " months, got " + row.length);
      }
    }
  }
}
