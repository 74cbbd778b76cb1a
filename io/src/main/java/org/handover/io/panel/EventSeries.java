package org.handover.io.panel;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.handover.engine.panel.Panel;
import org.handover.engine.panel.Variable;
import org.handover.engine.panel.VariableKind;
import org.handover.engine.theater.RegionId;
import org.handover.engine.theater.Theater;
import org.handover.engine.time.MonthRange;

/**
 * Event counts and fatalities per region and month, aggregated in DuckDB.
 *
 * <p>An incident spanning several days (start_date..end_date) is apportioned over the months it
 * covers evenly by day: a month gets the share of the incident's days that fall in it, of its
 * fatalities and of its count alike (so counts can be fractional). Only rows whose start and end
 * months differ are split (with generate_series over their months); the rest go straight to the
 * GROUP BY. A month covered by an event import with no incident is 0; a month no event import
 * covers is NaN.
 */
final class EventSeries {
  /** Import kinds that carry no events (everything else that is committed is an event import). */
  static final List<String> NON_EVENT_KINDS = List.of("regions", "population", "neighbours", "aliases", "measurements");

  static final String[] MEASURES = {"events", "deaths_low", "deaths_best", "deaths_high"};

  private static final String PIECES = """
      WITH ev AS (
        SELECT e.source, e.region, e.start_date AS s, greatest(e.end_date, e.start_date) AS t,
               e.deaths_low, e.deaths_best, e.deaths_high
        FROM events e JOIN imports i ON i.import_id = e.import_id AND i.status = 'committed'
        WHERE e.theater = ?
      ),
      pieces AS (
        SELECT source, region, CAST(date_trunc('month', s) AS DATE) AS month, 1.0 AS w, deaths_low, deaths_best, deaths_high
        FROM ev WHERE date_trunc('month', s) = date_trunc('month', t)
        UNION ALL
        SELECT source, region, month,
               (date_diff('day', greatest(s, month), least(t, last_day(month))) + 1) / (date_diff('day', s, t) + 1.0) AS w,
               deaths_low, deaths_best, deaths_high
        FROM (SELECT *, CAST(unnest(generate_series(CAST(date_trunc('month', s) AS DATE), CAST(date_trunc('month', t) AS DATE),
                                                     INTERVAL 1 MONTH)) AS DATE) AS month
              FROM ev WHERE date_trunc('month', s) <> date_trunc('month', t))
      )
      """;

  /** What the event tables hold for a theater: its sources, and the months each source's imports cover. */
  record Coverage(Map<String, Set<YearMonth>> bySource, Set<YearMonth> all) {
    boolean isEmpty() {
      return all.isEmpty();
    }
  }

  private EventSeries() {}

  /**
   * Months each committed event import covers: [coverage_first, coverage_last] when recorded, else
   * the span of its incidents.
   */
  static Coverage coverage(Connection c, String theater) throws SQLException {
    String sql = """
        SELECT i.import_id,
               CAST(coalesce(i.coverage_first, min(date_trunc('month', e.start_date))) AS DATE),
               CAST(coalesce(i.coverage_last, max(date_trunc('month', greatest(e.end_date, e.start_date)))) AS DATE),
               string_agg(DISTINCT e.source, '\u0001' ORDER BY e.source)
        FROM imports i LEFT JOIN events e ON e.import_id = i.import_id
        WHERE i.theater = ? AND i.status = 'committed' AND i.kind NOT IN (%s)
        GROUP BY i.import_id, i.coverage_first, i.coverage_last
        ORDER BY i.import_id""".formatted(String.join(", ", NON_EVENT_KINDS.stream().map(k -> "'" + k + "'").toList()));
    Map<String, Set<YearMonth>> bySource = new TreeMap<>();
    Set<YearMonth> all = new TreeSet<>();
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setString(1, theater);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          Date first = rs.getDate(2);
          Date last = rs.getDate(3);
          if (first == null || last == null) {
            continue;
          }
          List<YearMonth> months = new ArrayList<>();
          for (YearMonth m = YearMonth.from(first.toLocalDate()); !m.isAfter(YearMonth.from(last.toLocalDate())); m = m.plusMonths(1)) {
            months.add(m);
          }
          all.addAll(months);
          String sources = rs.getString(4);
          if (sources != null) {
            for (String s : sources.split("\u0001")) {
              bySource.computeIfAbsent(s, k -> new TreeSet<>()).addAll(months);
            }
          }
        }
      }
    }
    return new Coverage(bySource, all);
  }

  /** First and last month with an incident (after apportionment), or null when there are none. */
  static MonthRange span(Connection c, String theater) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(PIECES + "SELECT min(month), max(month) FROM pieces")) {
      ps.setString(1, theater);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        Date first = rs.getDate(1);
        return first == null ? null : MonthRange.of(YearMonth.from(first.toLocalDate()), YearMonth.from(rs.getDate(2).toLocalDate()));
      }
    }
  }

  /**
   * Adds {@code events}, {@code deaths_low/best/high} per region, their national totals
   * ({@code national_*}, including incidents with no region) and, when more than one source is
   * stored, the same per source ({@code <source>.deaths_best}, {@code <source>.national_deaths_best}).
   */
  static Panel add(Panel panel, Connection c, Coverage coverage, List<String> notes) throws SQLException {
    Theater theater = panel.theater();
    MonthRange months = panel.months();
    boolean perSource = coverage.bySource().size() > 1;
    Map<String, double[][]> regional = new LinkedHashMap<>();
    Map<String, double[]> national = new LinkedHashMap<>();
    String sql = PIECES + """
        SELECT %s, grouping(region) AS all_regions, %s, region, month,
               sum(w), sum(w * deaths_low), sum(w * deaths_best), sum(w * deaths_high)
        FROM pieces
        WHERE month BETWEEN ? AND ?
        GROUP BY GROUPING SETS ((region, month), (month)%s)
        ORDER BY all_sources, all_regions, source, region, month""".formatted(
        perSource ? "grouping(source) AS all_sources" : "1 AS all_sources", perSource ? "source" : "NULL AS source",
        perSource ? ", (source, region, month), (source, month)" : "");
    Map<String, Integer> rowOf = new HashMap<>();
    for (int r = 0; r < theater.size(); r++) {
      rowOf.put(theater.regions().get(r).name(), r);
    }
    Set<String> strangers = new TreeSet<>();
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setString(1, theater.name());
      ps.setDate(2, Date.valueOf(months.first().atDay(1)));
      ps.setDate(3, Date.valueOf(months.last().atDay(1)));
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          boolean allSources = rs.getInt(1) == 1;
          boolean allRegions = rs.getInt(2) == 1;
          String prefix = allSources ? "" : variablePrefix(rs.getString(3));
          Set<YearMonth> covered = allSources ? coverage.all() : coverage.bySource().getOrDefault(rs.getString(3), Set.of());
          int m = months.offsetOf(YearMonth.from(rs.getDate(5).toLocalDate()));
          if (allRegions) {
            for (int k = 0; k < MEASURES.length; k++) {
              double[] series = national.computeIfAbsent(prefix + "national_" + MEASURES[k], n -> zeroed(months, covered));
              series[m] = value(rs, 6 + k);
            }
            continue;
          }
          String region = rs.getString(4);
          if (region == null) {
            continue; // unassigned incidents count in the national totals only
          }
          Integer r = rowOf.get(region);
          if (r == null) {
            strangers.add(region);
            continue;
          }
          for (int k = 0; k < MEASURES.length; k++) {
            double[][] values = regional.computeIfAbsent(prefix + MEASURES[k], n -> zeroed(theater.size(), months, covered));
            values[r][m] = value(rs, 6 + k);
          }
        }
      }
    }
    if (!strangers.isEmpty()) {
      notes.add("events name regions that are not in theater " + theater.name() + " (counted in national totals only): "
          + String.join(", ", strangers));
    }
    Panel out = panel;
    List<String> prefixes = new ArrayList<>();
    prefixes.add("");
    if (perSource) {
      coverage.bySource().keySet().forEach(s -> prefixes.add(variablePrefix(s)));
    }
    for (String prefix : prefixes) {
      String source = prefix.isEmpty() ? null : prefix.substring(0, prefix.length() - 1);
      Set<YearMonth> covered = source == null ? coverage.all() : coverageOf(coverage, source);
      for (String measure : MEASURES) {
        double[][] values = regional.getOrDefault(prefix + measure, zeroed(theater.size(), months, covered));
        out = out.with(Variable.real(prefix + measure, VariableKind.EVENT, describe(measure, source, false)), values);
      }
      for (String measure : MEASURES) {
        double[] values = national.getOrDefault(prefix + "national_" + measure, zeroed(months, covered));
        out = out.withNational(Variable.real(prefix + "national_" + measure, VariableKind.EVENT, describe(measure, source, true)),
            values);
      }
    }
    return out;
  }

  /** "ucdp-ged" -> "ucdp_ged.": a source name as it appears in variable names. */
  static String variablePrefix(String source) {
    return source.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9_]+", "_") + ".";
  }

  private static Set<YearMonth> coverageOf(Coverage coverage, String sanitised) {
    return coverage.bySource().entrySet().stream()
        .filter(e -> variablePrefix(e.getKey()).equals(sanitised + "."))
        .findFirst().map(Map.Entry::getValue).orElse(Set.of());
  }

  private static String describe(String measure, String source, boolean national) {
    String what = switch (measure) {
      case "events" -> "incidents";
      case "deaths_low" -> "fatalities, low estimate";
      case "deaths_best" -> "fatalities, best estimate";
      default -> "fatalities, high estimate";
    };
    return what + (national ? " in the whole theater (including incidents with no region)" : " per region")
        + " per month, from " + (source == null ? "all event sources" : "source " + source)
        + "; multi-day incidents spread evenly by day over the months they cover; 0 in covered months without incidents, "
        + "NaN outside the sources' coverage";
  }

  private static double value(ResultSet rs, int column) throws SQLException {
    double v = rs.getDouble(column);
    return rs.wasNull() ? Double.NaN : v;
  }

  private static double[] zeroed(MonthRange months, Set<YearMonth> covered) {
    double[] series = new double[months.length()];
    for (int m = 0; m < series.length; m++) {
      series[m] = covered.contains(months.monthAt(m)) ? 0.0 : Double.NaN;
    }
    return series;
  }

  private static double[][] zeroed(int regions, MonthRange months, Set<YearMonth> covered) {
    double[] template = zeroed(months, covered);
    double[][] values = new double[regions][];
    for (int r = 0; r < regions; r++) {
      values[r] = Arrays.copyOf(template, template.length);
    }
    return values;
  }
}
