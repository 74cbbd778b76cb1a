package org.handover.engine.panel;

import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The attributes a panel's event series can be filtered on (such as {@code event_type} or {@code
 * side_a}) and, for those that were read, the values that occur among the events: what a filter in
 * an indicator expression is checked against.
 */
public final class EventAttributes {
  private static final EventAttributes NONE = new EventAttributes(Map.of());

  private final Map<String, Optional<SortedSet<String>>> values;

  private EventAttributes(Map<String, Optional<SortedSet<String>>> values) {
    this.values = values;
  }

  /** No attributes: the panel's event series cannot be filtered (e.g. a panel built in code). */
  public static EventAttributes none() {
    return NONE;
  }

  /**
   * @param values each attribute with the values that occur (empty when they were not read)
   */
  public static EventAttributes of(Map<String, Optional<? extends Set<String>>> values) {
    Map<String, Optional<SortedSet<String>>> copy = new TreeMap<>();
    values.forEach(
        (name, known) ->
            copy.put(
                Objects.requireNonNull(name, "name"),
                known.map(v -> Collections.unmodifiableSortedSet(new TreeSet<>(v)))));
    return new EventAttributes(Collections.unmodifiableMap(copy));
  }

  /** The attribute names, sorted. */
  public Set<String> names() {
    return values.keySet();
  }

  public boolean has(String attribute) {
    return values.containsKey(attribute);
  }

  /** The values {@code attribute} takes among the events, sorted; empty when they were not read. */
  public Optional<SortedSet<String>> values(String attribute) {
    return values.getOrDefault(attribute, Optional.empty());
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof EventAttributes a && a.values.equals(values);
  }

  @Override
  public int hashCode() {
    return values.hashCode();
  }

  @Override
  public String toString() {
    return "EventAttributes" + values;
  }
}
