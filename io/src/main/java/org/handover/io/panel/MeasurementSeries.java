package org.handover.io.panel;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.handover.engine.panel.Panel;
import org.handover.engine.panel.Variable;
import org.handover.engine.panel.VariableKind;
import org.handover.engine.theater.Theater;
import org.handover.engine.time.MonthRange;

/**
 * One panel variable per measurement: {@code <measure>} per region (summed over nations and
 * roles), {@code <measure>.nation.<nation>} and {@code <measure>.role.<role>} breakdowns when the
 * rows carry them, and {@code national_<measure>} (with the same breakdowns) for national rows,
 * broadcast to every region. A month without a value is NaN: nothing is interpolated here (the
 * indicator language has carry_forward and interpolate for that).
 */
final class MeasurementSeries {
  /** A variable's name, whether it is national, and what feeds it. */
  private record Spec(String name, boolean national, boolean illustrative, Set<String> files, String measure, String part) {}

  private MeasurementSeries() {}

  /** Adds the measurement variables; problems worth knowing go to {@code notes}. */
  static Panel add(Panel panel, Connection c, List<String> notes) throws SQLException {
    Theater theater = panel.theater();
    MonthRange months = panel.months();
    Map<String, Spec> specs = catalogue(c, theater.name());
    if (specs.isEmpty()) {
      return panel;
    }
    Map<String, double[][]> regional = new HashMap<>();
    Map<String, double[]> national = new HashMap<>();
    Map<String, Integer> rowOf = new HashMap<>();
    for (int r = 0; r < theater.size(); r++) {
      rowOf.put(theater.regions().get(r).name(), r);
    }
    Set<String> strangers = new TreeSet<>();
    try (PreparedStatement ps = c.prepareStatement("""
        SELECT measure, region, month, grouping(nation), grouping(role), nation, role, sum(value)
        FROM measurements
        WHERE theater = ? AND month BETWEEN ? AND ?
        GROUP BY GROUPING SETS ((measure, region, month), (measure, region, month, nation), (measure, region, month, role))
        ORDER BY measure, region, month""")) {
      ps.setString(1, theater.name());
      ps.setDate(2, Date.valueOf(months.first().atDay(1)));
      ps.setDate(3, Date.valueOf(months.last().atDay(1)));
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          boolean byNation = rs.getInt(4) == 0;
          boolean byRole = rs.getInt(5) == 0;
          String part = byNation ? part("nation", rs.getString(6)) : byRole ? part("role", rs.getString(7)) : "";
          if (part == null) {
            continue; // rows without a nation (role) feed the total, not a breakdown
          }
          String region = rs.getString(2);
          String name = (region == null ? "national_" : "") + rs.getString(1) + part;
          int m = months.offsetOf(YearMonth.from(rs.getDate(3).toLocalDate()));
          double v = rs.getDouble(8);
          if (region == null) {
            national.computeIfAbsent(name, n -> nans(months.length()))[m] = v;
            continue;
          }
          Integer r = rowOf.get(region);
          if (r == null) {
            strangers.add(region);
            continue;
          }
          regional.computeIfAbsent(name, n -> {
            double[][] values = new double[theater.size()][];
            for (int i = 0; i < values.length; i++) {
              values[i] = nans(months.length());
            }
            return values;
          })[r][m] = v;
        }
      }
    }
    if (!strangers.isEmpty()) {
      notes.add("measurements name regions that are not in theater " + theater.name() + " (left out): " + String.join(", ", strangers));
    }
    Panel out = panel;
    for (Spec s : specs.values()) {
      Variable variable = new Variable(s.name(), VariableKind.MEASUREMENT, s.illustrative(), describe(s));
      if (s.national()) {
        out = out.withNational(variable, national.getOrDefault(s.name(), nans(months.length())));
      } else {
        double[][] values = regional.get(s.name());
        if (values == null) {
          values = new double[theater.size()][];
          Arrays.fill(values, nans(months.length()));
        }
        out = out.with(variable, values);
      }
    }
    return out;
  }

  /** Every variable the stored measurements give, whatever the month range, with its illustrative flag. */
  private static Map<String, Spec> catalogue(Connection c, String theater) throws SQLException {
    Map<String, Spec> specs = new TreeMap<>();
    try (PreparedStatement ps = c.prepareStatement("""
        SELECT m.measure, m.region IS NULL, m.nation, m.role, bool_or(m.illustrative), string_agg(DISTINCT i.file_name, '\u0001')
        FROM measurements m LEFT JOIN imports i ON i.import_id = m.import_id
        WHERE m.theater = ?
        GROUP BY m.measure, m.region IS NULL, m.nation, m.role""")) {
      ps.setString(1, theater);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          boolean national = rs.getBoolean(2);
          String base = (national ? "national_" : "") + rs.getString(1);
          boolean illustrative = rs.getBoolean(5);
          Set<String> files = new TreeSet<>(rs.getString(6) == null ? List.of() : List.of(rs.getString(6).split("\u0001")));
          merge(specs, base, national, illustrative, files, rs.getString(1), "");
          String nation = part("nation", rs.getString(3));
          if (nation != null) {
            merge(specs, base + nation, national, illustrative, files, rs.getString(1), nation);
          }
          String role = part("role", rs.getString(4));
          if (role != null) {
            merge(specs, base + role, national, illustrative, files, rs.getString(1), role);
          }
        }
      }
    }
    return specs;
  }

  private static void merge(Map<String, Spec> specs, String name, boolean national, boolean illustrative, Set<String> files,
      String measure, String part) {
    Spec old = specs.get(name);
    if (old != null) {
      Set<String> all = new TreeSet<>(old.files());
      all.addAll(files);
      specs.put(name, new Spec(name, national, old.illustrative() || illustrative, all, measure, part));
    } else {
      specs.put(name, new Spec(name, national, illustrative, files, measure, part));
    }
  }

  private static String part(String kind, String value) {
    return value == null ? null : "." + kind + "." + value;
  }

  private static String describe(Spec s) {
    String scope = s.national() ? "national value, the same in every region" : "per region";
    String detail = s.part().isEmpty() ? "summed over nations and roles" : "only " + s.part().substring(1).replace('.', ' ');
    return (s.illustrative() ? "ILLUSTRATIVE (not real data): " : "") + "measurement " + s.measure() + ", " + scope + ", "
        + detail + "; from " + String.join(", ", s.files()) + "; NaN in months without a value (no interpolation)";
  }

  private static double[] nans(int n) {
    double[] a = new double[n];
    Arrays.fill(a, Double.NaN);
    return a;
  }
}
