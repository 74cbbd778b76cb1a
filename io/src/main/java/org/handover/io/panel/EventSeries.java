package org.handover.io.panel;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.handover.engine.panel.Panel;
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
  static final List<String> NON_EVENT_KINDS =
      List.of("regions", "population", "neighbours", "aliases", "measurements", "decisions");

  static final String[] MEASURES = {"events", "deaths_low", "deaths_best", "deaths_high"};

  /**
   * Each committed event of the theater cut into its months with weight w; {@code %s} after the
   * theater's condition takes more conditions on the events ({@code e.}), e.g. a filter.
   */
  static final String PIECES =
      """
      WITH ev AS (
        SELECT e.source, e.region, e.start_date AS s, greatest(e.end_date, e.start_date) AS t,
               e.deaths_low, e.deaths_best, e.deaths_high
        FROM events e JOIN imports i ON i.import_id = e.import_id AND i.status = 'committed'
        WHERE e.theater = ?%s
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

  /**
   * What the event tables hold for a theater: its sources, and the months each source's imports
   * cover.
   */
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
    String sql =
        """
        WITH per AS (
          SELECT import_id, source, min(start_date) AS f, max(greatest(end_date, start_date)) AS l
          FROM events WHERE theater = ? GROUP BY import_id, source
        )
        SELECT i.import_id,
               CAST(coalesce(i.coverage_first, date_trunc('month', min(per.f))) AS DATE),
               CAST(coalesce(i.coverage_last, date_trunc('month', max(per.l))) AS DATE),
               string_agg(per.source, '\u0001' ORDER BY per.source)
        FROM imports i LEFT JOIN per ON per.import_id = i.import_id
        WHERE i.theater = ? AND i.status = 'committed' AND i.kind NOT IN (%s)
        GROUP BY i.import_id, i.coverage_first, i.coverage_last
        ORDER BY i.import_id"""
            .formatted(
                String.join(", ", NON_EVENT_KINDS.stream().map(k -> "'" + k + "'").toList()));
    Map<String, Set<YearMonth>> bySource = new TreeMap<>();
    Set<YearMonth> all = new TreeSet<>();
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setString(1, theater);
      ps.setString(2, theater);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          Date first = rs.getDate(2);
          Date last = rs.getDate(3);
          if (first == null || last == null) {
            continue;
          }
          List<YearMonth> months = new ArrayList<>();
          for (YearMonth m = YearMonth.from(first.toLocalDate());
              !m.isAfter(YearMonth.from(last.toLocalDate()));
              m = m.plusMonths(1)) {
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

  /** First and last month with an incident, or null when there are none. */
  static MonthRange span(Connection c, String theater) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            """
        SELECT min(e.start_date), max(greatest(e.end_date, e.start_date))
        FROM events e JOIN imports i ON i.import_id = e.import_id AND i.status = 'committed'
        WHERE e.theater = ?""")) {
      ps.setString(1, theater);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        Date first = rs.getDate(1);
        return first == null
            ? null
            : MonthRange.of(
                YearMonth.from(first.toLocalDate()), YearMonth.from(rs.getDate(2).toLocalDate()));
      }
    }
  }

  /**
   * Adds {@code events}, {@code deaths_low/best/high} per region, their national totals ({@code
   * national_*}, including incidents with no region) and, when more than one source is stored, the
   * same per source ({@code <source>.deaths_best}, {@code <source>.national_deaths_best}).
   */
  // The index is a temporary table the query joins by name: the resource only has to outlive the
  // query.
  @SuppressWarnings("try")
  static Panel add(Panel panel, Connection c, Coverage coverage, List<String> notes)
      throws SQLException {
    Theater theater = panel.theater();
    MonthRange months = panel.months();
    List<String> sources = List.copyOf(coverage.bySource().keySet());
    boolean perSource = sources.size() > 1;
    // Slot 0: all sources; slot 1 + i: sources.get(i). Each holds [measure][region][month] and
    // [measure][month].
    int slots = perSource ? 1 + sources.size() : 1;
    List<Set<YearMonth>> covered = new ArrayList<>();
    covered.add(coverage.all());
    sources.forEach(src -> covered.add(coverage.bySource().get(src)));
    double[][][][] regional = new double[slots][MEASURES.length][][];
    double[][][] national = new double[slots][MEASURES.length][];
    for (int slot = 0; slot < slots; slot++) {
      for (int k = 0; k < MEASURES.length; k++) {
        regional[slot][k] = zeroed(theater.size(), months, covered.get(slot));
        national[slot][k] = zeroed(months, covered.get(slot));
      }
    }
    String sql =
        PIECES.formatted("")
            + """
        , agg AS (
          SELECT %s AS slot, grouping(region) AS all_regions, region,
                 CAST(date_diff('month', CAST(? AS DATE), month) AS INTEGER) AS m,
                 %s AS n, %s AS lo, %s AS best, %s AS hi
          FROM pieces
          WHERE month BETWEEN ? AND ?
          GROUP BY GROUPING SETS ((region, month), (month)%s)
        )
        SELECT a.slot, CASE WHEN a.all_regions = 1 THEN -1 ELSE x.idx END, a.m, a.n, a.lo, a.best, a.hi
        FROM agg a LEFT JOIN %s x ON x.region = a.region
        WHERE a.all_regions = 1 OR x.idx IS NOT NULL"""
                .formatted(
                    perSource
                        ? "CASE WHEN grouping(source) = 1 THEN 0 ELSE coalesce("
                            + RegionIndex.position(sources, "source")
                            + " + 1, -1) END"
                        : "0",
                    exactSum("w"),
                    exactSum("w * deaths_low"),
                    exactSum("w * deaths_best"),
                    exactSum("w * deaths_high"),
                    perSource ? ", (source, region, month), (source, month)" : "",
                    RegionIndex.TABLE);
    try (RegionIndex index = RegionIndex.create(c, theater)) {
      try (PreparedStatement ps = c.prepareStatement(sql)) {
        ps.setString(1, theater.name());
        ps.setDate(2, Date.valueOf(months.first().atDay(1)));
        ps.setDate(3, Date.valueOf(months.first().atDay(1)));
        ps.setDate(4, Date.valueOf(months.last().atDay(1)));
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            int slot = rs.getInt(1);
            if (slot < 0) {
              continue; // not reachable: every source with committed events is in the coverage
            }
            int r = rs.getInt(2);
            int m = rs.getInt(3);
            for (int k = 0; k < MEASURES.length; k++) {
              double v = rs.getDouble(4 + k);
              v = rs.wasNull() ? Double.NaN : v; // e.g. a source without low estimates
              if (r < 0) {
                national[slot][k][m] = v;
              } else {
                regional[slot][k][r][m] = v;
              }
            }
          }
        }
      }
      List<String> strangers = strangers(c, theater.name());
      if (!strangers.isEmpty()) {
        notes.add(PanelVocabulary.eventStrangers(theater.name(), strangers));
      }
    }
    Panel out = panel;
    for (int slot = 0; slot < slots; slot++) {
      String source = slot == 0 ? null : sources.get(slot - 1);
      for (int k = 0; k < MEASURES.length; k++) {
        out = out.with(PanelVocabulary.event(MEASURES[k], source, false), regional[slot][k]);
      }
      for (int k = 0; k < MEASURES.length; k++) {
        out = out.withNational(PanelVocabulary.event(MEASURES[k], source, true), national[slot][k]);
      }
    }
    return out;
  }

  /**
   * Region names in the events that the theater does not have (e.g. after its regions were
   * re-imported).
   */
  private static List<String> strangers(Connection c, String theater) throws SQLException {
    List<String> out = new ArrayList<>();
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT DISTINCT e.region FROM events e WHERE e.theater = ? "
                + "AND e.region IS NOT NULL AND e.region NOT IN (SELECT region FROM "
                + RegionIndex.TABLE
                + ") ORDER BY 1")) {
      ps.setString(1, theater);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(rs.getString(1));
        }
      }
    }
    return out;
  }

  /** "ucdp-ged" -> "ucdp_ged.": a source name as it appears in variable names. */
  static String variablePrefix(String source) {
    return source.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_]+", "_") + ".";
  }

  static String describe(String measure, String source, boolean national) {
    String what =
        switch (measure) {
          case "events" -> "incidents";
          case "deaths_low" -> "fatalities, low estimate";
          case "deaths_best" -> "fatalities, best estimate";
          default -> "fatalities, high estimate";
        };
    return what
        + (national ? " in the whole theater (including incidents with no region)" : " per region")
        + " per month, from "
        + (source == null ? "all event sources" : "source " + source)
        + "; multi-day incidents spread evenly by day over the months they cover; 0 in covered months without incidents, "
        + "NaN outside the sources' coverage";
  }

  static double[] zeroed(MonthRange months, Set<YearMonth> covered) {
    double[] series = new double[months.length()];
    for (int m = 0; m < series.length; m++) {
      series[m] = covered.contains(months.monthAt(m)) ? 0.0 : Double.NaN;
    }
    return series;
  }

  static double[][] zeroed(int regions, MonthRange months, Set<YearMonth> covered) {
    double[] template = zeroed(months, covered);
    double[][] values = new double[regions][];
    for (int r = 0; r < regions; r++) {
      values[r] = Arrays.copyOf(template, template.length);
    }
    return values;
  }

  /**
   * Terms at or above this magnitude (or not finite) are left out of the fixed-point sum:
   * DECIMAL(38, 18) holds less than 1e20, so one absurd stored figure (an event with 1e20 deaths,
   * written before imports checked the range, or straight into the table) would otherwise overflow
   * the query and fail the panel of every region. Below it, overflow would take more than 1e11
   * terms in one cell.
   */
  static final String EXACT_LIMIT = "1e9";

  /**
   * A sum that does not depend on the order DuckDB's threads add in: fixed-point with 18 decimals,
   * where addition is exact, so the same inputs give the same bits on every run. Terms of magnitude
   * {@link #EXACT_LIMIT} or more (and NaN, infinities) are added in double precision after sorting,
   * which is also order-free, so such a value reaches its own region-month and no other; without
   * them the result is the fixed-point sum alone, bit for bit.
   */
  static String exactSum(String expression) {
    String x = "(" + expression + ")";
    String exact =
        "CAST(sum(CAST(CASE WHEN abs("
            + x
            + ") < "
            + EXACT_LIMIT
            + " THEN "
            + x
            + " END AS DECIMAL(38, 18))) AS DOUBLE)";
    String large =
        "list_sum(list_sort(list(CAST("
            + x
            + " AS DOUBLE)) FILTER (WHERE NOT (abs("
            + x
            + ") < "
            + EXACT_LIMIT
            + "))))";
    return "coalesce(" + exact + " + " + large + ", " + exact + ", " + large + ")";
  }
}
