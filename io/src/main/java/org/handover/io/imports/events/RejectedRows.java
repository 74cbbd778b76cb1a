package org.handover.io.imports.events;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import org.handover.io.imports.Rejection;
import org.handover.io.imports.events.csv.CsvHeader;
import org.handover.io.imports.events.csv.RecordIndex;
import org.handover.io.imports.events.csv.RecordLocator;
import org.handover.io.imports.events.csv.RecordLocator.Found;
import org.handover.io.imports.events.mapping.EventMapping;

/**
 * Collects what the staging pass found wrong or noteworthy, with physical lines and original
 * fields: records DuckDB could not split into the header's columns, rows with a {@link
 * RejectionReason}, rows whose low figure was capped or whose figures a policy put in order,
 * repeated ids, and the lines of any other rows the caller wants to name (snapped points).
 */
final class RejectedRows {
  /** A rejected row with the original fields it had in the file (for the rejects file). */
  record Row(Rejection rejection, List<String> fields) {}

  /**
   * Everything found, lines 1-based and physical; dataRecords = records after the header, as the
   * index counts them.
   *
   * @param adjustedRows rows whose out-of-order figures the import's policy put in order
   * @param adjustedLines the lines of the first {@value #LISTED} of them
   * @param lines the line of each staging row the caller asked for
   */
  record RowAccount(
      List<Row> rows,
      List<Long> cappedLines,
      Map<Long, Long> repeatedIdLines,
      long dataRecords,
      long adjustedRows,
      List<Long> adjustedLines,
      Map<Long, Long> lines) {}

  /** Adjusted rows whose lines are looked up (a policy may adjust millions of rows). */
  static final int LISTED = 50;

  private RejectedRows() {}

  static RowAccount collect(
      Connection c,
      EventMapping m,
      CsvHeader header,
      RecordIndex index,
      String fileName,
      Map<Long, Long> repeats,
      long[] alsoLocate)
      throws SQLException {
    Map<Long, String[]> byOffset = new TreeMap<>();
    try (Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT line_byte_position, error_type, error_message, csv_line, column_name FROM "
                    + EventSql.REJECTS
                    + " ORDER BY line_byte_position, column_idx")) {
      while (rs.next()) {
        byOffset.putIfAbsent(
            rs.getLong(1),
            new String[] {rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5)});
      }
    }
    RecordLocator locator =
        new RecordLocator(
            index,
            m.delimiter(),
            header.line(),
            byOffset.keySet().stream().mapToLong(Long::longValue).toArray());
    List<Row> rows = new ArrayList<>(malformed(locator, byOffset, fileName));
    Map<Long, RejectionReason> problems = new LinkedHashMap<>();
    List<Long> capped = new ArrayList<>();
    List<Long> adjusted = new ArrayList<>();
    long adjustedRows = 0;
    try (Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT rowid, problem, capped, adjusted FROM "
                    + EventSql.TYPED
                    + " WHERE problem > 0 OR capped OR adjusted ORDER BY rowid")) {
      while (rs.next()) {
        if (rs.getInt(2) > 0) {
          problems.put(rs.getLong(1), RejectionReason.ofCode(rs.getInt(2)));
        } else {
          if (rs.getBoolean(3)) {
            capped.add(rs.getLong(1));
          }
          if (rs.getBoolean(4)) {
            adjustedRows++;
            if (adjusted.size() < LISTED) {
              adjusted.add(rs.getLong(1));
            }
          }
        }
      }
    }
    long[] wanted =
        LongStream.concat(
                LongStream.concat(
                    problems.keySet().stream().mapToLong(Long::longValue),
                    LongStream.concat(
                        capped.stream().mapToLong(Long::longValue),
                        adjusted.stream().mapToLong(Long::longValue))),
                LongStream.concat(
                    LongStream.concat(
                        repeats.keySet().stream().mapToLong(Long::longValue),
                        repeats.values().stream().mapToLong(Long::longValue)),
                    LongStream.of(alsoLocate)))
            .distinct()
            .toArray();
    Map<Long, Found> found = locator.locate(wanted);
    for (Map.Entry<Long, RejectionReason> e : problems.entrySet()) {
      Found f = found.get(e.getKey());
      RejectionReason p = e.getValue();
      String column = p.field().column(m);
      String value = valueOf(header, f.fields(), column);
      String reason =
          p == RejectionReason.DUPLICATE_ID
              ? "duplicate id: first seen at line " + found.get(repeats.get(e.getKey())).line()
              : p.reason(m, field -> valueOf(header, f.fields(), field.column(m)));
      rows.add(
          new Row(new Rejection(fileName, f.line(), column, value, reason, f.text()), f.fields()));
    }
    rows.sort(Comparator.comparingLong(r -> r.rejection().line()));
    Map<Long, Long> repeatedLines = new TreeMap<>();
    repeats.forEach(
        (row, first) -> repeatedLines.put(found.get(row).line(), found.get(first).line()));
    return new RowAccount(
        rows,
        capped.stream().map(r -> found.get(r).line()).sorted().toList(),
        repeatedLines,
        locator.dataRecords(),
        adjustedRows,
        adjusted.stream().map(r -> found.get(r).line()).sorted().toList(),
        LongStream.of(alsoLocate)
            .boxed()
            .collect(
                Collectors.toMap(r -> r, r -> found.get(r).line(), (x, y) -> x, TreeMap::new)));
  }

  /**
   * Records DuckDB rejected while splitting the file (wrong number of fields, bad quoting, bad
   * bytes).
   */
  private static List<Row> malformed(
      RecordLocator locator, Map<Long, String[]> byOffset, String fileName) {
    List<Row> out = new ArrayList<>();
    for (Map.Entry<Long, String[]> e : byOffset.entrySet()) {
      Found f = locator.atOffset(e.getKey());
      String[] error = e.getValue();
      String reason =
          "malformed CSV record (" + error[0].toLowerCase(Locale.ROOT) + "): " + error[1];
      String raw = f != null ? f.text() : error[2] == null ? "" : error[2];
      out.add(
          new Row(
              new Rejection(fileName, f == null ? 0 : f.line(), error[3], "", reason, raw),
              f == null ? List.of(raw) : f.fields()));
    }
    return out;
  }

  private static String valueOf(CsvHeader header, List<String> fields, String column) {
    int i = column == null ? -1 : header.indexOf(column);
    return i >= 0 && i < fields.size() ? fields.get(i) : "";
  }
}
