package org.handover.io.panel;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.handover.engine.indicator.EventFilter;
import org.handover.engine.indicator.Expression.Filtered;
import org.handover.engine.panel.EventAttributes;
import org.handover.engine.panel.Variable;
import org.handover.engine.panel.VariableKind;
import org.handover.io.imports.events.mapping.BuiltInMappings;

/**
 * The filtered event series a panel gets ({@code deaths_best[event_type == "one-sided"]}): the
 * filters grouped by the events they count (one aggregation each: {@code deaths_best[f]} and {@code
 * events[f]} come from the same), the sources each admits and the months they cover, every series
 * with its variable (name, description) in the order the panel adds it, the event attributes and
 * the provenance note. One plan for every loader of a panel: the store's ({@link PanelLoader})
 * aggregates in DuckDB, the scale-out job in Spark, and both must name, describe, place and cover
 * the series alike.
 *
 * <p>A month is 0 when it is covered by an event import of a source the filter admits and no
 * matching event falls in it, and NaN when no such source covers it: filtering on {@code source}
 * narrows the coverage to the sources it keeps. A filter on an attribute or series that does not
 * exist gets no series: the indicator checks report it against the expression.
 */
public final class FilteredSeriesPlan {
  /** The event attributes a filter may name, each with its column in the events table. */
  public static final Map<String, String> ATTRIBUTES =
      Collections.unmodifiableMap(
          new TreeMap<>(
              Map.of(
                  "source", "source",
                  "event_type", "event_type",
                  "location", "location",
                  "side_a", "side_a",
                  "side_b", "side_b")));

  /** The import kind whose event types are known by label even when no event has them. */
  public static final String UCDP_GED_KIND = "ucdp-ged";

  /**
   * A filter applied to the events of all sources ({@code source} null) or of one source's series,
   * with the sources whose events it can count, the months they cover, and its series in the order
   * the panel adds them.
   */
  public record Group(
      EventFilter filter,
      String source,
      Set<String> admitted,
      Set<YearMonth> covered,
      List<Series> series) {
    public Group {
      admitted = Collections.unmodifiableSet(new TreeSet<>(admitted));
      covered = Collections.unmodifiableSet(new TreeSet<>(covered));
      series = List.copyOf(series);
    }
  }

  /**
   * One filtered series: the measure it sums ({@code events}, {@code deaths_low/best/high}), per
   * region or for the whole theater, and its variable (named by the filtered expression's key).
   */
  public record Series(Filtered filtered, String measure, boolean national, Variable variable) {}

  /** An event series a filter can apply to: a measure, regional or national, of one or all. */
  private record Base(String measure, boolean national, String source) {}

  private final boolean any;
  private final Set<String> used;
  private final List<Group> groups;
  private final Map<String, String> notes;

  private FilteredSeriesPlan(
      boolean any, Set<String> used, List<Group> groups, Map<String, String> notes) {
    this.any = any;
    this.used = Collections.unmodifiableSet(used);
    this.groups = List.copyOf(groups);
    this.notes = Collections.unmodifiableMap(notes);
  }

  /**
   * @param filtered the filtered series the indicators read, in order of first appearance
   * @param coverage each event source with the months its imports cover
   */
  public static FilteredSeriesPlan of(
      Collection<Filtered> filtered, Map<String, ? extends Set<YearMonth>> coverage) {
    Set<String> used = new TreeSet<>();
    filtered.forEach(f -> f.filter().conditions().forEach(k -> used.add(k.attribute())));
    Set<String> sources = coverage.keySet();
    // Filters by the events they count: deaths_best[f] and events[f] come from one aggregation.
    Map<Key, List<Filtered>> byKey = new LinkedHashMap<>();
    for (Filtered f : filtered) {
      Optional<Base> base = base(f.name(), sources);
      boolean known =
          f.filter().conditions().stream().allMatch(k -> ATTRIBUTES.containsKey(k.attribute()));
      if (base.isPresent() && known) {
        byKey
            .computeIfAbsent(new Key(f.filter(), base.get().source()), k -> new ArrayList<>())
            .add(f);
      }
    }
    List<Group> groups = new ArrayList<>();
    List<String> described = new ArrayList<>();
    for (Map.Entry<Key, List<Filtered>> g : byKey.entrySet()) {
      Key key = g.getKey();
      Set<String> admitted = admitted(key, sources);
      Set<YearMonth> covered = new TreeSet<>();
      admitted.forEach(s -> covered.addAll(coverage.get(s)));
      List<Series> series = new ArrayList<>();
      for (Filtered f : g.getValue()) {
        Base b = base(f.name(), sources).orElseThrow();
        String plain = EventSeries.describe(b.measure(), b.source(), b.national());
        int cut = plain.indexOf("; multi-day");
        String description =
            plain.substring(0, cut)
                + ", only events where "
                + describe(f.filter())
                + plain.substring(cut)
                + " (covered by "
                + (admitted.isEmpty() ? "no source" : String.join(", ", admitted))
                + ")";
        series.add(
            new Series(
                f,
                b.measure(),
                b.national(),
                Variable.real(f.key(), VariableKind.EVENT, description)));
        described.add(f.key() + ": " + description);
      }
      groups.add(new Group(key.filter(), key.source(), admitted, covered, series));
    }
    Map<String, String> notes = new LinkedHashMap<>();
    if (!described.isEmpty()) {
      notes.put(PanelLoader.NOTE_FILTERS, String.join("; ", described));
    }
    return new FilteredSeriesPlan(!filtered.isEmpty(), used, groups, notes);
  }

  /** The groups, in the order their series are added to the panel. */
  public List<Group> groups() {
    return groups;
  }

  /**
   * The attributes whose values the panel's event attributes hold: those the filters name. The
   * others are listed without values.
   */
  public Set<String> attributesToRead() {
    Set<String> out = new TreeSet<>(used);
    out.retainAll(ATTRIBUTES.keySet());
    return out;
  }

  /**
   * The panel's event attributes, empty when no series is filtered (the panel keeps {@link
   * EventAttributes#none()}).
   *
   * @param values the values of each attribute of {@link #attributesToRead()} (see {@link #values})
   */
  public Optional<EventAttributes> eventAttributes(Function<String, Set<String>> values) {
    if (!any) {
      return Optional.empty();
    }
    Map<String, Optional<? extends Set<String>>> attributes = new TreeMap<>();
    for (String a : ATTRIBUTES.keySet()) {
      attributes.put(a, used.contains(a) ? Optional.of(values.apply(a)) : Optional.empty());
    }
    return Optional.of(EventAttributes.of(attributes));
  }

  /**
   * The values {@code attribute} takes: those among the theater's committed events, and for the
   * event type also UCDP's labels when a UCDP GED file was imported (so that a type no event of
   * this theater has counts 0 instead of being taken for a misspelling).
   *
   * @param stored the attribute's non-null values among the committed events
   * @param ucdpGedImported whether a committed import of kind {@link #UCDP_GED_KIND} exists
   */
  public static Set<String> values(String attribute, Set<String> stored, boolean ucdpGedImported) {
    Set<String> out = new TreeSet<>(stored);
    if (attribute.equals("event_type") && ucdpGedImported) {
      out.addAll(BuiltInMappings.UCDP_TYPES_OF_VIOLENCE.values());
    }
    return out;
  }

  /** The provenance note on the filters ({@link PanelLoader#NOTE_FILTERS}), if any series. */
  public Map<String, String> notes() {
    return notes;
  }

  /** A filter applied to all sources ({@code source} null) or to one source's series. */
  private record Key(EventFilter filter, String source) {}

  /**
   * The sources whose events the filter can count: the series' own source, narrowed by every
   * condition on {@code source}.
   */
  private static Set<String> admitted(Key key, Set<String> all) {
    Set<String> sources = new TreeSet<>(all);
    if (key.source() != null) {
      sources.retainAll(Set.of(key.source()));
    }
    for (EventFilter.Condition k : key.filter().conditions()) {
      if (k.attribute().equals("source")) {
        sources.removeIf(s -> k.values().contains(s) == k.negated());
      }
    }
    return sources;
  }

  /**
   * {@code [<source>.][national_]<measure>}, the names {@link EventSeries} gives; per-source names
   * exist only when the theater has several sources.
   */
  private static Optional<Base> base(String name, Set<String> sources) {
    String source = null;
    String rest = name;
    if (sources.size() > 1) {
      for (String s : sources) {
        String prefix = EventSeries.variablePrefix(s);
        if (name.startsWith(prefix)) {
          source = s;
          rest = name.substring(prefix.length());
        }
      }
    }
    boolean national = rest.startsWith("national_");
    String measure = national ? rest.substring("national_".length()) : rest;
    return List.of(EventSeries.MEASURES).contains(measure)
        ? Optional.of(new Base(measure, national, source))
        : Optional.empty();
  }

  /** {@code event_type is "one-sided" and side_a is not "Government of Iraq"} */
  private static String describe(EventFilter filter) {
    return filter.conditions().stream()
        .map(
            k ->
                k.attribute()
                    + (k.negated()
                        ? (k.values().size() == 1 ? " is not " : " is none of ")
                        : " is ")
                    + k.values().stream()
                        .map(v -> "\"" + v.replace("\"", "\\\"") + "\"")
                        .collect(Collectors.joining(k.negated() ? ", " : " or "))
                    + (k.negated() ? " (or has no value)" : ""))
        .collect(Collectors.joining(" and "));
  }
}
