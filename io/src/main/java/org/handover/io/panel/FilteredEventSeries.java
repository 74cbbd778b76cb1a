package org.handover.io.panel;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.handover.engine.indicator.EventFilter;
import org.handover.engine.indicator.Expression.Filtered;
import org.handover.engine.panel.Panel;
import org.handover.engine.theater.Theater;
import org.handover.engine.time.MonthRange;

/**
 * Event series that count only the events matching a filter ({@code deaths_best[event_type ==
 * "one-sided"]}), aggregated in DuckDB like the unfiltered ones (see {@link EventSeries}): one
 * query per group of the {@link FilteredSeriesPlan}, and only for the filters asked for.
 */
final class FilteredEventSeries {
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
    FilteredSeriesPlan plan = FilteredSeriesPlan.of(filtered, coverage.bySource());
    Map<String, Set<String>> values = new TreeMap<>();
    for (String a : plan.attributesToRead()) {
      values.put(a, values(c, theater, a));
    }
    panel = panel.withEventAttributes(plan.eventAttributes(values::get).orElseThrow());
    try (RegionIndex index = RegionIndex.create(c, panel.theater())) {
      for (FilteredSeriesPlan.Group g : plan.groups()) {
        Sums sums = query(c, panel.theater(), panel.months(), g);
        for (FilteredSeriesPlan.Series s : g.series()) {
          int k = List.of(EventSeries.MEASURES).indexOf(s.measure());
          panel =
              s.national()
                  ? panel.withNational(s.variable(), sums.national[k])
                  : panel.with(s.variable(), sums.regional[k]);
        }
      }
    }
    notes.putAll(plan.notes());
    return panel;
  }

  private record Sums(double[][][] regional, double[][] national) {}

  private static Sums query(
      Connection c, Theater theater, MonthRange months, FilteredSeriesPlan.Group group)
      throws SQLException {
    Set<YearMonth> covered = group.covered();
    int n = EventSeries.MEASURES.length;
    double[][][] regional = new double[n][][];
    double[][] national = new double[n][];
    for (int k = 0; k < n; k++) {
      regional[k] = EventSeries.zeroed(theater.size(), months, covered);
      national[k] = EventSeries.zeroed(months, covered);
    }
    List<String> params = new ArrayList<>();
    StringBuilder where = new StringBuilder();
    if (group.source() != null) {
      where.append(" AND e.source = ?");
      params.add(group.source());
    }
    for (EventFilter.Condition k : group.filter().conditions()) {
      String column = "e." + FilteredSeriesPlan.ATTRIBUTES.get(k.attribute());
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
   * The values {@code attribute} takes (see {@link FilteredSeriesPlan#values}): those among the
   * theater's committed events, with UCDP's labels of the event type when a UCDP GED file was
   * imported.
   */
  private static Set<String> values(Connection c, String theater, String attribute)
      throws SQLException {
    Set<String> stored = new TreeSet<>();
    String column = FilteredSeriesPlan.ATTRIBUTES.get(attribute);
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
          stored.add(rs.getString(1));
        }
      }
    }
    boolean ucdp = false;
    if (attribute.equals("event_type")) {
      try (PreparedStatement ps =
          c.prepareStatement(
              "SELECT count(*) FROM imports WHERE theater = ? AND kind = ?"
                  + " AND status = 'committed'")) {
        ps.setString(1, theater);
        ps.setString(2, FilteredSeriesPlan.UCDP_GED_KIND);
        try (ResultSet rs = ps.executeQuery()) {
          rs.next();
          ucdp = rs.getLong(1) > 0;
        }
      }
    }
    return FilteredSeriesPlan.values(attribute, stored, ucdp);
  }
}
