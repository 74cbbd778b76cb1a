package org.handover.io.panel;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.handover.engine.panel.Panel;
import org.handover.engine.panel.Variable;
import org.handover.engine.panel.VariableKind;
import org.handover.engine.theater.Theater;
import org.handover.engine.time.MonthRange;

/**
 * One panel variable per measurement: {@code <measure>} per region (summed over nations and roles),
 * {@code <measure>.nation.<nation>} and {@code <measure>.role.<role>} breakdowns when the rows
 * carry them, and {@code national_<measure>} (with the same breakdowns) for national rows,
 * broadcast to every region. A month without a value is NaN: nothing is interpolated here (the
 * indicator language has carry_forward and interpolate for that).
 */
final class MeasurementSeries {
  static final String TOTAL = "";
  static final String NATION = "nation";
  static final String ROLE = "role";

  /**
   * A variable, what feeds it and whether any of that is illustrative.
   *
   * @param breakdown TOTAL, NATION or ROLE; {@code part} is the nation or role
   */
  record Spec(
      String measure,
      boolean national,
      String breakdown,
      String part,
      boolean illustrative,
      Set<String> files) {
    String name() {
      return (national ? "national_" : "")
          + measure
          + (breakdown.isEmpty() ? "" : "." + breakdown + "." + part);
    }
  }

  private MeasurementSeries() {}

  /** Adds the measurement variables; problems worth knowing go to {@code notes}. */
  // The index is a temporary table the query joins by name: the resource only has to outlive the
  // query.
  @SuppressWarnings("try")
  static Panel add(Panel panel, Connection c, List<String> notes) throws SQLException {
    Theater theater = panel.theater();
    MonthRange months = panel.months();
    Map<String, Spec> specs = catalogue(c, theater.name());
    // A stored measurement under one of the panel's own names (imported before imports refused
    // them) would silently replace that series: it is left out, and said so.
    Map<String, Set<String>> reserved = new TreeMap<>();
    specs
        .values()
        .removeIf(
            s -> {
              if (!PanelLoader.RESERVED_NAMES.contains(s.measure())) {
                return false;
              }
              reserved.computeIfAbsent(s.measure(), k -> new TreeSet<>()).addAll(s.files());
              return true;
            });
    reserved.forEach(
        (measure, files) ->
            notes.add(PanelVocabulary.reservedMeasurement(theater.name(), measure, files)));
    if (specs.isEmpty()) {
      return panel;
    }
    List<String> measures = distinct(specs, TOTAL);
    List<String> nations = distinct(specs, NATION);
    List<String> roles = distinct(specs, ROLE);
    Map<String, double[][]> values = new HashMap<>();
    for (Spec s : specs.values()) {
      double[][] v = new double[s.national() ? 1 : theater.size()][months.length()];
      for (double[] row : v) {
        Arrays.fill(row, Double.NaN);
      }
      values.put(s.name(), v);
    }
    // Integers only come back (measure, nation, role and region as indices): fetching strings costs
    // more than aggregating.
    String sql =
        """
        WITH base AS (
          SELECT %s AS mi, coalesce(x.idx, -1) AS r, CAST(date_diff('month', CAST(? AS DATE), m.month) AS INTEGER) AS mo,
                 m.nation, m.role, m.value
          FROM measurements m LEFT JOIN %s x ON x.region = m.region
          WHERE m.theater = ? AND m.month BETWEEN ? AND ? AND (m.region IS NULL OR x.idx IS NOT NULL)%s
        )
        SELECT 0, mi, -1, r, mo, %s FROM base GROUP BY mi, r, mo"""
                .formatted(
                    RegionIndex.position(measures, "m.measure"),
                    RegionIndex.TABLE,
                    reserved.isEmpty()
                        ? ""
                        : reserved.keySet().stream()
                            .map(n -> "'" + n + "'")
                            .collect(Collectors.joining(", ", " AND m.measure NOT IN (", ")")),
                    EventSeries.exactSum("value"))
            + (nations.isEmpty()
                ? ""
                : "\nUNION ALL SELECT 1, mi, "
                    + RegionIndex.position(nations, "nation")
                    + ", r, mo, "
                    + EventSeries.exactSum("value")
                    + " FROM base WHERE nation IS NOT NULL GROUP BY mi, nation, r, mo")
            + (roles.isEmpty()
                ? ""
                : "\nUNION ALL SELECT 2, mi, "
                    + RegionIndex.position(roles, "role")
                    + ", r, mo, "
                    + EventSeries.exactSum("value")
                    + " FROM base WHERE role IS NOT NULL GROUP BY mi, role, r, mo");
    try (RegionIndex index = RegionIndex.create(c, theater)) {
      try (PreparedStatement ps = c.prepareStatement(sql)) {
        ps.setDate(1, Date.valueOf(months.first().atDay(1)));
        ps.setString(2, theater.name());
        ps.setDate(3, Date.valueOf(months.first().atDay(1)));
        ps.setDate(4, Date.valueOf(months.last().atDay(1)));
        // The arrays of every (national, breakdown, measure, part) by a dense code, so each row is
        // one array lookup.
        int parts = Math.max(1, Math.max(nations.size(), roles.size()));
        double[][][] byCode = new double[2 * 3 * measures.size() * parts][][];
        for (Spec s : specs.values()) {
          int kind = s.breakdown().equals(TOTAL) ? 0 : s.breakdown().equals(NATION) ? 1 : 2;
          int part = kind == 0 ? 0 : (kind == 1 ? nations : roles).indexOf(s.part());
          byCode[
                  code(
                      s.national() ? 1 : 0,
                      kind,
                      measures.indexOf(s.measure()),
                      part,
                      measures.size(),
                      parts)] =
              values.get(s.name());
        }
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            int r = rs.getInt(4);
            double[][] target =
                byCode[
                    code(
                        r < 0 ? 1 : 0,
                        rs.getInt(1),
                        rs.getInt(2),
                        Math.max(0, rs.getInt(3)),
                        measures.size(),
                        parts)];
            target[Math.max(0, r)][rs.getInt(5)] = rs.getDouble(6);
          }
        }
      }
      List<String> strangers = strangers(c, theater.name());
      if (!strangers.isEmpty()) {
        notes.add(PanelVocabulary.measurementStrangers(theater.name(), strangers));
      }
    }
    Panel out = panel;
    for (Spec s : specs.values()) {
      Variable variable = variable(s);
      double[][] v = values.get(s.name());
      out = s.national() ? out.withNational(variable, v[0]) : out.with(variable, v);
    }
    return out;
  }

  private static int code(int national, int kind, int measure, int part, int measures, int parts) {
    return ((national * 3 + kind) * measures + measure) * parts + part;
  }

  /**
   * Every variable the stored measurements give, whatever the month range, with its illustrative
   * flag.
   */
  private static Map<String, Spec> catalogue(Connection c, String theater) throws SQLException {
    Map<String, Spec> specs = new TreeMap<>();
    try (PreparedStatement ps =
        c.prepareStatement(
            """
        SELECT m.measure, m.region IS NULL, m.nation, m.role, bool_or(m.illustrative), string_agg(DISTINCT i.file_name, '\u0001')
        FROM measurements m LEFT JOIN imports i ON i.import_id = m.import_id
        WHERE m.theater = ?
        GROUP BY m.measure, m.region IS NULL, m.nation, m.role""")) {
      ps.setString(1, theater);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          String measure = rs.getString(1);
          boolean national = rs.getBoolean(2);
          boolean illustrative = rs.getBoolean(5);
          Set<String> files =
              new TreeSet<>(
                  rs.getString(6) == null ? List.of() : List.of(rs.getString(6).split("\u0001")));
          merge(specs, new Spec(measure, national, TOTAL, "", illustrative, files));
          if (rs.getString(3) != null) {
            merge(specs, new Spec(measure, national, NATION, rs.getString(3), illustrative, files));
          }
          if (rs.getString(4) != null) {
            merge(specs, new Spec(measure, national, ROLE, rs.getString(4), illustrative, files));
          }
        }
      }
    }
    return specs;
  }

  private static void merge(Map<String, Spec> specs, Spec spec) {
    specs.merge(
        spec.name(),
        spec,
        (a, b) -> {
          Set<String> files = new TreeSet<>(a.files());
          files.addAll(b.files());
          return new Spec(
              a.measure(),
              a.national(),
              a.breakdown(),
              a.part(),
              a.illustrative() || b.illustrative(),
              files);
        });
  }

  /** The sorted distinct measures (TOTAL), nations or roles among the specs. */
  private static List<String> distinct(Map<String, Spec> specs, String breakdown) {
    Set<String> out = new TreeSet<>();
    for (Spec s : specs.values()) {
      if (breakdown.equals(TOTAL)) {
        out.add(s.measure());
      } else if (breakdown.equals(s.breakdown())) {
        out.add(s.part());
      }
    }
    return new ArrayList<>(out);
  }

  private static List<String> strangers(Connection c, String theater) throws SQLException {
    List<String> out = new ArrayList<>();
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT DISTINCT m.region FROM measurements m WHERE m.theater = ? "
                + "AND m.region IS NOT NULL AND m.region NOT IN (SELECT region FROM "
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

  static Variable variable(Spec s) {
    return new Variable(s.name(), VariableKind.MEASUREMENT, s.illustrative(), describe(s));
  }

  private static String describe(Spec s) {
    String scope = s.national() ? "national value, the same in every region" : "per region";
    String detail =
        s.breakdown().isEmpty()
            ? "summed over nations and roles"
            : "only " + s.breakdown() + " " + s.part();
    return (s.illustrative() ? "ILLUSTRATIVE (not real data): " : "")
        + "measurement "
        + s.measure()
        + ", "
        + scope
        + ", "
        + detail
        + "; from "
        + String.join(", ", s.files())
        + "; NaN in months without a value (no interpolation)";
  }
}
