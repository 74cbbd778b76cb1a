package org.handover.io.imports.events;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.handover.io.imports.events.csv.CsvHeader;
import org.handover.io.imports.events.mapping.EventField;
import org.handover.io.imports.events.mapping.EventMapping;
import org.handover.io.imports.events.mapping.EventMapping.LowAboveHigh;

/**
 * The SQL that reads an event file into a typed staging table inside DuckDB: one parallel pass that
 * parses, converts and validates every row (the first problem of a row becomes its {@link
 * RejectionReason} code). Rows keep the file's order, so a staging rowid is the index of the record
 * among the records DuckDB accepted.
 */
final class EventSql {
  /** Dates outside this range are typing errors, not events. */
  static final LocalDate MIN_DATE = LocalDate.of(1900, 1, 1);

  static final LocalDate MAX_DATE = LocalDate.of(2099, 12, 31);

  /**
   * Formats DuckDB's own date cast reads (faster than strptime, and it also takes "2012-01-05
   * 00:00:00.000").
   */
  static final Set<String> ISO_FORMATS =
      Set.of("%Y-%m-%d", "%Y-%m-%d %H:%M:%S", "%Y-%m-%d %H:%M:%S.%g");

  static final String TYPED = "ev_typed";
  static final String REJECTS = "ev_csv_rejects";
  static final String SCANS = "ev_csv_scans";

  private EventSql() {}

  static String quoteIdentifier(String name) {
    return '"' + name.replace("\"", "\"\"") + '"';
  }

  static String quoteLiteral(String value) {
    return '\'' + value.replace("'", "''") + '\'';
  }

  /** read_csv over {@code csv} (UTF-8) with the given header, every column as text, no sniffing. */
  static String readCsv(Path csv, List<String> header, long headerLine, char delimiter) {
    Map<String, String> columns = new LinkedHashMap<>();
    for (String h : CsvHeader.uniqueNames(header)) {
      columns.put(h, "VARCHAR");
    }
    String cols =
        columns.keySet().stream()
            .map(h -> quoteLiteral(h) + ": 'VARCHAR'")
            .collect(Collectors.joining(", "));
    return "read_csv("
        + quoteLiteral(csv.toAbsolutePath().toString())
        + ", columns = {"
        + cols
        + "}, header = true"
        + ", skip = "
        + (headerLine - 1)
        + ", auto_detect = false, delim = "
        + quoteLiteral(String.valueOf(delimiter))
        + ", quote = '\"', escape = '\"', store_rejects = true, rejects_table = '"
        + REJECTS
        + "', rejects_scan = '"
        + SCANS
        + "')";
  }

  /** CREATE TEMP TABLE ev_typed AS ...: converted fields plus the problem code (0 = fine). */
  static String createTyped(EventMapping m, String readCsv) {
    List<String> raw = new ArrayList<>();
    for (EventField f : EventField.values()) {
      String c = f.column(m);
      // Only ids are trimmed up front (they are compared); elsewhere spaces cost a second try only
      // on failure.
      String value =
          c == null
              ? "NULL::VARCHAR"
              : f == EventField.ID
                  ? "NULLIF(trim(" + quoteIdentifier(c) + "), '')"
                  : quoteIdentifier(c);
      raw.add(value + " AS " + rawName(f));
    }
    String parsed =
        "*, "
            + date("start_raw", m.dateFormats())
            + " AS s, "
            + date("end_raw", m.dateFormats())
            + " AS e0, TRY_CAST(latitude_raw AS DOUBLE) AS lat, TRY_CAST(longitude_raw AS DOUBLE) AS lon,"
            + " TRY_CAST(low_raw AS DOUBLE) AS l0, TRY_CAST(best_raw AS DOUBLE) AS b0, TRY_CAST(high_raw AS DOUBLE) AS h0";
    String filled =
        "*, COALESCE(e0, s) AS e, COALESCE(b0, CASE WHEN l0 IS NOT NULL AND h0 IS NOT NULL"
            + " THEN (l0 + h0) / 2 END, l0, h0) AS b";
    String high = "COALESCE(h0, b)";
    String low =
        m.lowAboveHigh() == LowAboveHigh.CAP_LOW
            ? "CASE WHEN COALESCE(l0, b) > " + high + " THEN " + high + " ELSE COALESCE(l0, b) END"
            : "COALESCE(l0, b)";
    String capped =
        m.lowAboveHigh() == LowAboveHigh.CAP_LOW ? "COALESCE(l0 > " + high + ", false)" : "false";
    return "CREATE TEMP TABLE "
        + TYPED
        + " AS WITH raw AS (SELECT "
        + String.join(", ", raw)
        + " FROM "
        + readCsv
        + "), parsed AS (SELECT "
        + parsed
        + " FROM raw), filled AS (SELECT "
        + filled
        + " FROM parsed)"
        + " SELECT id_raw AS event_id, s AS start_date, e AS end_date, region_raw, lat AS latitude, lon AS longitude,"
        + " location_raw AS location, event_type_raw AS event_type, "
        + low
        + " AS deaths_low, b AS deaths_best, "
        + high
        + " AS deaths_high, "
        + problemCase(m, low, high)
        + " AS problem, "
        + capped
        + " AS capped FROM filled";
  }

  /**
   * A date from text: DuckDB's cast for ISO formats, strptime for the others, a trimmed retry last.
   */
  static String date(String raw, List<String> formats) {
    List<String> parts = new ArrayList<>();
    if (formats.stream().anyMatch(ISO_FORMATS::contains)) {
      parts.add("TRY_CAST(" + raw + " AS DATE)");
    }
    List<String> others = formats.stream().filter(f -> !ISO_FORMATS.contains(f)).toList();
    if (!others.isEmpty()) {
      String list =
          others.stream().map(EventSql::quoteLiteral).collect(Collectors.joining(", ", "[", "]"));
      parts.add("try_strptime(" + raw + ", " + list + ")::DATE");
      parts.add("try_strptime(trim(" + raw + "), " + list + ")::DATE");
    }
    return parts.size() == 1 ? parts.get(0) : "COALESCE(" + String.join(", ", parts) + ")";
  }

  static String rawName(EventField f) {
    return switch (f) {
      case ID -> "id_raw";
      case START -> "start_raw";
      case END -> "end_raw";
      case REGION -> "region_raw";
      case LATITUDE -> "latitude_raw";
      case LONGITUDE -> "longitude_raw";
      case LOCATION -> "location_raw";
      case EVENT_TYPE -> "event_type_raw";
      case LOW -> "low_raw";
      case BEST -> "best_raw";
      case HIGH -> "high_raw";
    };
  }

  private static String problemCase(EventMapping m, String low, String high) {
    String min = "DATE '" + MIN_DATE + "'";
    String max = "DATE '" + MAX_DATE + "'";
    StringBuilder s = new StringBuilder("CASE");
    if (m.id() != null) {
      when(s, "id_raw IS NULL", RejectionReason.MISSING_ID);
    }
    when(
        s,
        "s IS NULL AND (start_raw IS NULL OR trim(start_raw) = '')",
        RejectionReason.MISSING_START);
    when(s, "s IS NULL", RejectionReason.BAD_START);
    if (m.endDate() != null) {
      when(
          s, "e0 IS NULL AND end_raw IS NOT NULL AND trim(end_raw) <> ''", RejectionReason.BAD_END);
    }
    when(s, "s < " + min + " OR s > " + max, RejectionReason.START_OUT_OF_RANGE);
    when(s, "e < " + min + " OR e > " + max, RejectionReason.END_OUT_OF_RANGE);
    when(s, "e < s", RejectionReason.END_BEFORE_START);
    if (m.latitude() != null) {
      when(
          s,
          "latitude_raw IS NOT NULL AND (lat IS NULL OR isnan(lat))",
          RejectionReason.BAD_LATITUDE);
      when(s, "lat < -90 OR lat > 90", RejectionReason.LATITUDE_OUT_OF_RANGE);
      when(
          s,
          "longitude_raw IS NOT NULL AND (lon IS NULL OR isnan(lon))",
          RejectionReason.BAD_LONGITUDE);
      when(s, "lon < -180 OR lon > 180", RejectionReason.LONGITUDE_OUT_OF_RANGE);
      when(
          s,
          "latitude_raw IS NULL AND longitude_raw IS NOT NULL",
          RejectionReason.MISSING_LATITUDE);
      when(
          s,
          "latitude_raw IS NOT NULL AND longitude_raw IS NULL",
          RejectionReason.MISSING_LONGITUDE);
    }
    figure(
        s, m.deathsLow(), "low_raw", "l0", RejectionReason.BAD_LOW, RejectionReason.NEGATIVE_LOW);
    figure(
        s,
        m.deathsBest(),
        "best_raw",
        "b0",
        RejectionReason.BAD_BEST,
        RejectionReason.NEGATIVE_BEST);
    figure(
        s,
        m.deathsHigh(),
        "high_raw",
        "h0",
        RejectionReason.BAD_HIGH,
        RejectionReason.NEGATIVE_HIGH);
    if (m.hasFatalities()) {
      when(s, "l0 IS NULL AND b0 IS NULL AND h0 IS NULL", RejectionReason.NO_FATALITIES);
      if (m.deathsLow() != null && m.deathsHigh() != null) {
        when(s, low + " > " + high, RejectionReason.LOW_ABOVE_HIGH);
      }
      when(s, low + " > b", RejectionReason.LOW_ABOVE_BEST);
      when(s, "b > " + high, RejectionReason.BEST_ABOVE_HIGH);
    }
    return s.append(" ELSE 0 END::UTINYINT").toString();
  }

  private static void figure(
      StringBuilder s,
      String column,
      String raw,
      String value,
      RejectionReason bad,
      RejectionReason negative) {
    if (column != null) {
      when(s, raw + " IS NOT NULL AND (" + value + " IS NULL OR NOT isfinite(" + value + "))", bad);
      when(s, value + " < 0", negative);
    }
  }

  private static void when(StringBuilder s, String condition, RejectionReason p) {
    s.append(" WHEN ").append(condition).append(" THEN ").append(p.code());
  }
}
