package org.handover.io.imports.events;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.handover.io.imports.ControlCharacters;
import org.handover.io.imports.StrictNumber;
import org.handover.io.imports.events.csv.CsvHeader;
import org.handover.io.imports.events.mapping.DateParts;
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

  /**
   * The largest fatality figure one event may carry. The deadliest single events on record (e.g.
   * the Rwandan massacres, Srebrenica, the bombing of Dresden) are counted in the tens of
   * thousands; a figure a hundredfold beyond that is a typing or unit error, and left in it would
   * swamp every sum, rate and verdict it reaches. docs/importing-events.md gives the reasoning.
   */
  static final double MAX_FATALITIES = 1_000_000;

  static final String TOO_MANY_FATALITIES =
      "fatality figure above "
          + String.format(Locale.ROOT, "%,d", (long) MAX_FATALITIES)
          + ", the plausible maximum for one event";

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

  /**
   * CREATE TEMP TABLE ev_typed AS ...: converted fields plus the problem code (0 = fine), whether
   * low was capped at high by the mapping, and whether {@code estimates} put the figures in order.
   */
  static String createTyped(EventMapping m, InconsistentEstimates estimates, String readCsv) {
    List<String> raw = new ArrayList<>();
    for (EventField f : EventField.values()) {
      String c = f.column(m);
      // Only ids are trimmed up front (they are compared); elsewhere spaces cost a second try only
      // on failure.
      String constant = m.constants().get(f);
      String value =
          constant != null
              ? quoteLiteral(constant)
              : c == null
                  ? "NULL::VARCHAR"
                  : f == EventField.ID
                      ? "NULLIF(trim(" + quoteIdentifier(c) + "), '')"
                      : quoteIdentifier(c);
      raw.add(value + " AS " + rawName(f));
    }
    String parsed =
        "*, "
            + (m.startParts() == null
                ? date("start_raw", m.dateFormats())
                : date("start", m.startParts(), false))
            + " AS s, "
            + (m.endParts() == null
                ? date("end_raw", m.dateFormats())
                : date("end", m.endParts(), true))
            + " AS e0, "
            + StrictNumber.sql("latitude_raw")
            + " AS lat, "
            + StrictNumber.sql("longitude_raw")
            + " AS lon, "
            + StrictNumber.sql("low_raw")
            + " AS l0, "
            + StrictNumber.sql("best_raw")
            + " AS b0, "
            + StrictNumber.sql("high_raw")
            + " AS h0";
    // a start given as a whole month spans that month unless an end date says otherwise
    String defaultEnd = m.startParts() != null && m.startParts().wholeMonth() ? "last_day(s)" : "s";
    String filled =
        "*, COALESCE(e0, "
            + defaultEnd
            + ") AS e, COALESCE(b0, CASE WHEN l0 IS NOT NULL AND h0 IS NOT NULL"
            + " THEN (l0 + h0) / 2 END, l0, h0) AS b";
    String mappedHigh = "COALESCE(h0, b)";
    String mappedLow =
        m.lowAboveHigh() == LowAboveHigh.CAP_LOW
            ? "CASE WHEN COALESCE(l0, b) > "
                + mappedHigh
                + " THEN "
                + mappedHigh
                + " ELSE COALESCE(l0, b) END"
            : "COALESCE(l0, b)";
    String capped =
        m.lowAboveHigh() == LowAboveHigh.CAP_LOW
            ? "COALESCE(l0 > " + mappedHigh + ", false)"
            : "false";
    // Out of order after the mapping's own repair, in a row that gives its own best figure: the
    // rows a policy other than reject puts in order (a derived best is never trusted to).
    String outOfOrder = "(b0 IS NOT NULL AND (" + mappedLow + " > b OR b > " + mappedHigh + "))";
    String low =
        switch (estimates) {
          case REJECT -> mappedLow;
          case WIDEN ->
              "CASE WHEN "
                  + outOfOrder
                  + " THEN least("
                  + mappedLow
                  + ", b) ELSE "
                  + mappedLow
                  + " END";
          case BEST -> "CASE WHEN " + outOfOrder + " THEN b ELSE " + mappedLow + " END";
        };
    String high =
        switch (estimates) {
          case REJECT -> mappedHigh;
          case WIDEN ->
              "CASE WHEN "
                  + outOfOrder
                  + " THEN greatest("
                  + mappedHigh
                  + ", b) ELSE "
                  + mappedHigh
                  + " END";
          case BEST -> "CASE WHEN " + outOfOrder + " THEN b ELSE " + mappedHigh + " END";
        };
    String adjusted =
        estimates == InconsistentEstimates.REJECT || !m.hasFatalities()
            ? "false"
            : "COALESCE(" + outOfOrder + ", false)";
    return "CREATE TEMP TABLE "
        + TYPED
        + " AS WITH raw AS (SELECT "
        + String.join(", ", raw)
        + " FROM "
        + readCsv
        + "), numbers AS (SELECT "
        + numbers(m)
        + " FROM raw), parsed AS (SELECT "
        + parsed
        + " FROM numbers), filled AS (SELECT "
        + filled
        + " FROM parsed)"
        + " SELECT id_raw AS event_id, s AS start_date, e AS end_date, region_raw, lat AS latitude, lon AS longitude,"
        + " location_raw AS location, "
        + eventType(m)
        + " AS event_type, NULLIF(trim(side_a_raw), '') AS side_a,"
        + " NULLIF(trim(side_b_raw), '') AS side_b, "
        + low
        + " AS deaths_low, b AS deaths_best, "
        + high
        + " AS deaths_high, "
        + problemCase(m, low, high)
        + " AS problem, "
        + capped
        + " AS capped, "
        + adjusted
        + " AS adjusted FROM filled";
  }

  /** The event type as written, or its label when the mapping labels its codes. */
  private static String eventType(EventMapping m) {
    if (m.eventTypeLabels().isEmpty()) {
      return "event_type_raw";
    }
    StringBuilder s = new StringBuilder("CASE trim(event_type_raw)");
    m.eventTypeLabels()
        .forEach(
            (code, label) ->
                s.append(" WHEN ")
                    .append(quoteLiteral(code))
                    .append(" THEN ")
                    .append(quoteLiteral(label)));
    return s.append(" ELSE event_type_raw END").toString();
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

  /**
   * The date parts as integers (NULL when not 1 to 4 digits, or absent), so that a bad part is
   * named by the checks and never reaches make_date.
   */
  private static String numbers(EventMapping m) {
    StringBuilder s = new StringBuilder("*");
    if (m.startParts() == null && m.endParts() == null) {
      return s.toString();
    }
    for (String side : new String[] {"start", "end"}) {
      for (String part : new String[] {"year", "month", "day"}) {
        String raw = side + "_" + part + "_raw";
        s.append(", CASE WHEN regexp_full_match(trim(")
            .append(raw)
            .append("), '[0-9]{1,")
            .append(part.equals("year") ? 4 : 2)
            .append("}') THEN CAST(trim(")
            .append(raw)
            .append(") AS INTEGER) END AS ")
            .append(side)
            .append("_")
            .append(part);
      }
    }
    return s.toString();
  }

  /** Days in month {@code side_month} of year {@code side_year}. */
  private static String daysInMonth(String side) {
    String y = side + "_year";
    String mo = side + "_month";
    return "CASE WHEN "
        + mo
        + " = 2 THEN CASE WHEN ("
        + y
        + " % 4 = 0 AND "
        + y
        + " % 100 <> 0) OR "
        + y
        + " % 400 = 0 THEN 29 ELSE 28 END WHEN "
        + mo
        + " IN (4, 6, 9, 11) THEN 30 ELSE 31 END";
  }

  private static String validMonth(String side) {
    return side + "_month BETWEEN 1 AND 12";
  }

  private static String validDay(String side) {
    return side + "_day BETWEEN 1 AND " + daysInMonth(side);
  }

  /**
   * A date from year/month/day parts, NULL unless every part is valid; a whole month is its first
   * day, or its last day for an end date.
   */
  static String date(String side, DateParts p, boolean end) {
    String valid = side + "_year IS NOT NULL AND " + validMonth(side);
    if (p.wholeMonth()) {
      String first = "make_date(" + side + "_year, " + side + "_month, 1)";
      return "CASE WHEN " + valid + " THEN " + (end ? "last_day(" + first + ")" : first) + " END";
    }
    return "CASE WHEN "
        + valid
        + " AND "
        + validDay(side)
        + " THEN make_date("
        + side
        + "_year, "
        + side
        + "_month, "
        + side
        + "_day) END";
  }

  /** Rejects a date given in parts: the first bad part, named by its own column. */
  private static void partChecks(StringBuilder s, String side, DateParts p, String given) {
    boolean start = side.equals("start");
    when(
        s,
        given + " AND " + side + "_year IS NULL",
        start ? RejectionReason.BAD_START_YEAR : RejectionReason.BAD_END_YEAR);
    when(
        s,
        given + " AND (" + side + "_month IS NULL OR NOT " + validMonth(side) + ")",
        start ? RejectionReason.BAD_START_MONTH : RejectionReason.BAD_END_MONTH);
    if (!p.wholeMonth()) {
      when(
          s,
          given + " AND (" + side + "_day IS NULL OR NOT " + validDay(side) + ")",
          start ? RejectionReason.BAD_START_DAY : RejectionReason.BAD_END_DAY);
    }
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
      case START_YEAR -> "start_year_raw";
      case START_MONTH -> "start_month_raw";
      case START_DAY -> "start_day_raw";
      case END_YEAR -> "end_year_raw";
      case END_MONTH -> "end_month_raw";
      case END_DAY -> "end_day_raw";
      case SIDE_A -> "side_a_raw";
      case SIDE_B -> "side_b_raw";
    };
  }

  private static String problemCase(EventMapping m, String low, String high) {
    String min = "DATE '" + MIN_DATE + "'";
    String max = "DATE '" + MAX_DATE + "'";
    StringBuilder s = new StringBuilder("CASE");
    if (m.id() != null) {
      when(s, "id_raw IS NULL", RejectionReason.MISSING_ID);
      when(s, controlIn("id_raw"), RejectionReason.CONTROL_IN_ID);
    }
    if (EventField.REGION.column(m) != null) {
      when(s, controlIn("region_raw"), RejectionReason.CONTROL_IN_REGION);
    }
    when(
        s,
        "s IS NULL AND (start_raw IS NULL OR trim(start_raw) = '')",
        RejectionReason.MISSING_START);
    if (m.startParts() != null) {
      partChecks(s, "start", m.startParts(), "true");
    }
    when(s, "s IS NULL", RejectionReason.BAD_START);
    if (m.endParts() != null) {
      // an end is given when any of its parts is; all empty means the start's day or month
      String given =
          Stream.of("end_year_raw", "end_month_raw", "end_day_raw")
              .map(r -> "COALESCE(trim(" + r + "), '') <> ''")
              .collect(Collectors.joining(" OR ", "(", ")"));
      partChecks(s, "end", m.endParts(), given);
    } else if (m.endDate() != null) {
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
        s,
        m.deathsLow(),
        "low_raw",
        "l0",
        RejectionReason.BAD_LOW,
        RejectionReason.NEGATIVE_LOW,
        RejectionReason.TOO_LARGE_LOW);
    figure(
        s,
        m.deathsBest(),
        "best_raw",
        "b0",
        RejectionReason.BAD_BEST,
        RejectionReason.NEGATIVE_BEST,
        RejectionReason.TOO_LARGE_BEST);
    figure(
        s,
        m.deathsHigh(),
        "high_raw",
        "h0",
        RejectionReason.BAD_HIGH,
        RejectionReason.NEGATIVE_HIGH,
        RejectionReason.TOO_LARGE_HIGH);
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
      RejectionReason negative,
      RejectionReason tooLarge) {
    if (column != null) {
      when(s, raw + " IS NOT NULL AND (" + value + " IS NULL OR NOT isfinite(" + value + "))", bad);
      when(s, value + " < 0", negative);
      when(s, value + " > " + (long) MAX_FATALITIES, tooLarge);
    }
  }

  private static String controlIn(String raw) {
    return "COALESCE(regexp_matches("
        + raw
        + ", "
        + quoteLiteral(ControlCharacters.SQL_CLASS)
        + "), false)";
  }

  private static void when(StringBuilder s, String condition, RejectionReason p) {
    s.append(" WHEN ").append(condition).append(" THEN ").append(p.code());
  }
}
