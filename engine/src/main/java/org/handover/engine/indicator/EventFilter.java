package org.handover.engine.indicator;

import java.util.List;
import java.util.Objects;

/**
 * Which events an event series counts, e.g. {@code event_type == "one-sided" and side_a !=
 * "Government of Iraq"}: every condition must hold. Written in brackets after the series' name (see
 * docs/indicators.md).
 */
public record EventFilter(List<EventFilter.Condition> conditions) {
  public EventFilter {
    conditions = List.copyOf(conditions);
    if (conditions.isEmpty()) {
      throw new IllegalArgumentException("a filter needs at least one condition");
    }
  }

  /**
   * One condition on an event attribute: its value is one of {@code values} ({@code ==}, {@code
   * in}), or, when {@code negated}, none of them ({@code !=}, {@code not in}), which an event
   * without a value for the attribute satisfies. So a series filtered by a condition and by its
   * negation add up to the unfiltered series.
   *
   * @param column 1-based column of the attribute in the source (0 when built in code); source
   *     metadata, not part of the value
   * @param valueColumns the columns of the values, likewise (empty when built in code)
   */
  public record Condition(
      String attribute,
      boolean negated,
      List<String> values,
      int column,
      List<Integer> valueColumns) {
    public Condition {
      if (!Lexer.isIdentifier(attribute)) {
        throw new IllegalArgumentException("not a valid attribute name: '" + attribute + "'");
      }
      values = List.copyOf(values);
      valueColumns = List.copyOf(valueColumns);
      if (values.isEmpty()) {
        throw new IllegalArgumentException("a condition needs at least one value");
      }
      for (String v : values) {
        if (v.isEmpty() || v.indexOf('\n') >= 0 || v.indexOf('\r') >= 0) {
          throw new IllegalArgumentException("not a valid attribute value: '" + v + "'");
        }
      }
      if (!valueColumns.isEmpty() && valueColumns.size() != values.size()) {
        throw new IllegalArgumentException("one column per value");
      }
    }

    /** A condition built in code (no source columns). */
    public static Condition of(String attribute, boolean negated, List<String> values) {
      return new Condition(attribute, negated, values, 0, List.of());
    }

    /** 1-based column of value {@code i} in the source, or the condition's column when unknown. */
    int valueColumn(int i) {
      return valueColumns.isEmpty() ? column : valueColumns.get(i);
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Condition c
          && c.attribute.equals(attribute)
          && c.negated == negated
          && c.values.equals(values);
    }

    @Override
    public int hashCode() {
      return Objects.hash(attribute, negated, values);
    }
  }

  /** The filter as written in brackets, without them: {@code event_type in ("1", "3")}. */
  @Override
  public String toString() {
    return Printer.filter(this);
  }
}
