package org.handover.io.panel;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.handover.engine.indicator.EventFilter;
import org.handover.engine.indicator.Expression.Filtered;
import org.handover.engine.panel.EventAttributes;
import org.handover.engine.panel.Panel;
import org.handover.engine.panel.Variable;
import org.handover.engine.panel.VariableKind;
import org.handover.engine.theater.Theater;
import org.handover.engine.time.MonthRange;
import org.handover.io.imports.events.mapping.BuiltInMappings;

/**
 * Event series that count only the events matching a filter ({@code deaths_best[event_type ==
 * "one-sided"]}), aggregated in DuckDB like the unfiltered ones (see {@link EventSeries}): one
 * query per distinct filter, and only for the filters asked for.
 *
 * <p>A month is 0 when it is covered by an event import of a source the filter admits and no
 * matching event falls in it, and NaN when no such source covers it: filtering on {@code source}
 * narrows the coverage to the sources it keeps.
 */
final class FilteredEventSeries {
  /** The event attributes a filter may name, each with its column in the events table. */
  static final Map<String, String> ATTRIBUTES =
      new TreeMap<>(
          Map.of(
              "source", "source",
              "event_type", "event_type",
              "location", "location",
              "side_a", "side_a",
              "side_b", "side_b"));

  /**
   * An event series a filter can apply to: a measure, regional or national, of one or all sources.
   */
  private record Base(String measure, boolean national, String source) {}

  private FilteredEventSeries() {}

  /**
   * The panel's event attributes (the values of those the filters use) and every filtered series
   * whose base series and attributes exist; the others are left for the indicator checks to report
   * against the expression.
   */
  // The index is a temporary table the query joins by name: the resource only has to outlive the
  // query.
  @SuppressWarnings("try")
  static Panel add(
      Panel panel,
      Connection c,
      EventSeries.Coverage coverage,
      Collection<Filtered> filtered,
      Map<String, String> notes)
      throws SQLException {
    if (filtered.isEmpty()) {
      return panel;
    }
    String theater = panel.theater().name();
    Set<String> used = new TreeSet<>();
    filtered.forEach(f -> f.filter().conditions().forEach(k -> used.add(k.attribute())));
    Map<String, Optional<? extends Set<String>>> attributes = new TreeMap<>();
    for (String a : ATTRIBUTES.keySet()) {
      attributes.put(a, used.contains(a) ? Optional.of(values(c, theater, a)) : Optional.empty());
    }
    panel = panel.withEventAttributes(EventAttributes.of(attributes));
    // Filters by the events they count: deaths_best[f] and events[f] come from one query.
    Map<FilterKey, List<Filtered>> groups = new LinkedHashMap<>();
    for (Filtered f : filtered) {
      Optional<Base> base = base(f.name(), coverage);
      boolean known =
          f.filter().conditions().stream().allMatch(k -> ATTRIBUTES.containsKey(k.attribute()));
      if (base.isPresent() && known) {
        groups
            .computeIfAbsent(new FilterKey(f.filter(), base.get().source()), k -> new ArrayList<>())
            .add(f);
      }
    }
    List<String> described = new ArrayList<>();
    try (RegionIndex index = RegionIndex.create(c, panel.theater())) {
      for (Map.Entry<FilterKey, List<Filtered>> g : groups.entrySet()) {
        FilterKey key = g.getKey();
        Set<String> sources = admittedSources(key, coverage);
        Set<YearMonth> covered = new TreeSet<>();
        sources.forEach(s -> covered.addAll(coverage.bySource().get(s)));
        Sums sums = query(c, panel.theater(), panel.months(), key, covered);
        for (Filtered f : g.getValue()) {
          Base b = base(f.name(), coverage).orElseThrow();
          int k = List.of(EventSeries.MEASURES).indexOf(b.measure());
          String plain = EventSeries.describe(b.measure(), b.source(), b.national());
          int cut = plain.indexOf("; multi-day");
          String description =
              plain.substring(0, cut)
                  + ", only events where "
                  + describe(f.filter())
                  + plain.substring(cut)
                  + " (covered by "
                  + (sources.isEmpty() ? "no source" : String.join(", ", sources))
                  + ")";
          Variable v = Variable.real(f.key(), VariableKind.EVENT, description);
          panel =
              b.national()
                  ? panel.withNational(v, sums.national[k])
                  : panel.with(v, sums.regional[k]);
          described.add(f.key() + ": " + description);
        }
      }
    }
    if (!described.isEmpty()) {
      notes.put(PanelLoader.NOTE_FILTERS, String.join("; ", described));
    }
    return panel;
  }

  /** A filter applied to all sources ({@code source} null) or to one source's series. */
  private record FilterKey(EventFilter filter, String source) {}

  private record Sums(double[][][] regional, double[][] national) {}

  private static Sums query(
      Connection c, Theater theater, MonthRange months, FilterKey key, Set<YearMonth> covered)
      throws SQLException {
    int n = EventSeries.MEASURES.length;
    double[][][] regional = new double[n][][];
    double[][] national = new double[n][];
    for (int k = 0; k < n; k++) {
      regional[k] = EventSeries.zeroed(theater.size(), months, covered);
      national[k] = EventSeries.zeroed(months, covered);
    }
    List<String> params = new ArrayList<>();
    StringBuilder where = new StringBuilder();
    if (key.source() != null) {
      where.append(" AND e.source = ?");
      params.add(key.source());
    }
    for (EventFilter.Condition k : key.filter().conditions()) {
      String column = "e." + ATTRIBUTES.get(k.attribute());
      String list = k.values().stream().map(v -> "?").collect(Collectors.joining(", ", "(", ")"));
      where.append(
          k.negated()
              ? " AND (" + column + " IS NULL OR " + column + " NOT IN " + list + ")"
              : " AND " + column + " IN " + list);
      params.addAll(k.values());
    }
    String sql =
        EventSeries.PIECES.formatted(where)
            + """
        , agg AS (
          SELECT grouping(region) AS all_regions, region,
                 CAST(date_diff('month', CAST(? AS DATE), month) AS INTEGER) AS m,
                 %s AS n, %s AS lo, %s AS best, %s AS hi
          FROM pieces
          WHERE month BETWEEN ? AND ?
          GROUP BY GROUPING SETS ((region, month), (month))
        )
        SELECT CASE WHEN a.all_regions = 1 THEN -1 ELSE x.idx END, a.m, a.n, a.lo, a.best, a.hi
        FROM agg a LEFT JOIN %s x ON x.region = a.region
        WHERE a.all_regions = 1 OR x.idx IS NOT NULL"""
                .formatted(
                    EventSeries.exactSum("w"),
                    EventSeries.exactSum("w * deaths_low"),
                    EventSeries.exactSum("w * deaths_best"),
                    EventSeries.exactSum("w * deaths_high"),
                    RegionIndex.TABLE);
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      int i = 1;
      ps.setString(i++, theater.name());
      for (String p : params) {
        ps.setString(i++, p);
      }
      ps.setDate(i++, Date.valueOf(months.first().atDay(1)));
      ps.setDate(i++, Date.valueOf(months.first().atDay(1)));
      ps.setDate(i, Date.valueOf(months.last().atDay(1)));
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          int r = rs.getInt(1);
          int m = rs.getInt(2);
          for (int k = 0; k < n; k++) {
            double v = rs.getDouble(3 + k);
            v = rs.wasNull() ? Double.NaN : v; // e.g. a source without low estimates
            if (r < 0) {
              national[k][m] = v;
            } else {
              regional[k][r][m] = v;
            }
          }
        }
      }
    }
    return new Sums(regional, national);
  }

  /**
   * The sources whose events the filter can count: the series' own source, narrowed by every
   * condition on {@code source}.
   */
  private static Set<String> admittedSources(FilterKey key, EventSeries.Coverage coverage) {
    Set<String> sources = new TreeSet<>(coverage.bySource().keySet());
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
  private static Optional<Base> base(String name, EventSeries.Coverage coverage) {
    String source = null;
    String rest = name;
    if (coverage.bySource().size() > 1) {
      for (String s : coverage.bySource().keySet()) {
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

  /**
   * The values {@code attribute} takes among the theater's committed events; for the event type,
   * also UCDP's labels when a UCDP GED file was imported (so that a type no event of this theater
   * has counts 0 instead of being taken for a misspelling).
   */
  private static Set<String> values(Connection c, String theater, String attribute)
      throws SQLException {
    Set<String> out = new TreeSet<>();
    String column = ATTRIBUTES.get(attribute);
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT DISTINCT e."
                + column
                + " FROM events e JOIN imports i ON i.import_id = e.import_id"
                + " AND i.status = 'committed' WHERE e.theater = ? AND e."
                + column
                + " IS NOT NULL")) {
      ps.setString(1, theater);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(rs.getString(1));
        }
      }
    }
    if (attribute.equals("event_type")) {
      try (PreparedStatement ps =
          c.prepareStatement(
              "SELECT count(*) FROM imports WHERE theater = ? AND kind = 'ucdp-ged'"
                  + " AND status = 'committed'")) {
        ps.setString(1, theater);
        try (ResultSet rs = ps.executeQuery()) {
          rs.next();
          if (rs.getLong(1) > 0) {
            out.addAll(BuiltInMappings.UCDP_TYPES_OF_VIOLENCE.values());
          }
        }
      }
    }
    return out;
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
