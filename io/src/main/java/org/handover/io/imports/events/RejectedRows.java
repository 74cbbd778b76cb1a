package org.handover.io.imports.events;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import java.io.StringWriter;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.LongStream;
import org.handover.io.imports.Rejection;
import org.handover.io.imports.events.RecordLocator.Found;

/**
 * Collects what the staging pass found wrong or noteworthy, with physical lines and original fields:
 * records DuckDB could not split into the header's columns, rows with a {@link Problem}, rows whose low
 * figure was capped, and repeated ids.
 */
final class RejectedRows {
  /** A rejected row with the original fields it had in the file (for the rejects file). */
  record Row(Rejection rejection, List<String> fields) {}

  /** Everything found, lines 1-based and physical. */
  record Findings(List<Row> rows, List<Long> cappedLines, Map<Long, Long> repeatedIdLines) {}

  private RejectedRows() {}

  static Findings collect(Connection c, EventMapping m, CsvHeader header, SourceText text, String fileName,
      Map<Long, Long> repeats) throws SQLException {
    List<Row> rows = new ArrayList<>(malformed(c, m, text, fileName));
    Set<Long> skipped = new HashSet<>();
    rows.forEach(r -> skipped.add(r.rejection().line()));
    Map<Long, Problem> problems = new LinkedHashMap<>();
    List<Long> capped = new ArrayList<>();
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT rowid, problem, capped FROM " + EventSql.TYPED
            + " WHERE problem > 0 OR capped ORDER BY rowid")) {
      while (rs.next()) {
        if (rs.getInt(2) > 0) {
          problems.put(rs.getLong(1), Problem.ofCode(rs.getInt(2)));
        } else {
          capped.add(rs.getLong(1));
        }
      }
    }
    long[] wanted = LongStream.concat(LongStream.concat(problems.keySet().stream().mapToLong(Long::longValue),
            capped.stream().mapToLong(Long::longValue)),
        LongStream.concat(repeats.keySet().stream().mapToLong(Long::longValue),
            repeats.values().stream().mapToLong(Long::longValue))).distinct().toArray();
    Map<Long, Found> found = RecordLocator.locate(text.utf8(), m.delimiter(), header.line(), wanted, skipped);
    for (Map.Entry<Long, Problem> e : problems.entrySet()) {
      Found f = found.get(e.getKey());
      Problem p = e.getValue();
      String column = p.field().column(m);
      String value = valueOf(header, f.fields(), column);
      String reason = p == Problem.DUPLICATE_ID
          ? "duplicate id: first seen at line " + found.get(repeats.get(e.getKey())).line()
          : p.reason(m, field -> valueOf(header, f.fields(), field.column(m)));
      rows.add(new Row(new Rejection(fileName, f.line(), column, value, reason, csvLine(f.fields(), m.delimiter())),
          f.fields()));
    }
    rows.sort(Comparator.comparingLong(r -> r.rejection().line()));
    Map<Long, Long> repeatedLines = new TreeMap<>();
    repeats.forEach((row, first) -> repeatedLines.put(found.get(row).line(), found.get(first).line()));
    return new Findings(rows, capped.stream().map(r -> found.get(r).line()).sorted().toList(), repeatedLines);
  }

  /** Records DuckDB rejected while splitting the file (wrong number of fields, bad quoting, bad bytes). */
  private static List<Row> malformed(Connection c, EventMapping m, SourceText text, String fileName) throws SQLException {
    Map<Long, String[]> byOffset = new TreeMap<>();
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT line_byte_position, error_type, error_message, csv_line, column_name FROM "
            + EventSql.REJECTS + " ORDER BY line_byte_position, column_idx")) {
      while (rs.next()) {
        byOffset.putIfAbsent(rs.getLong(1), new String[] {rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5)});
      }
    }
    long[] offsets = byOffset.keySet().stream().mapToLong(Long::longValue).toArray();
    long[] lines = RecordLocator.linesAt(text.utf8(), offsets);
    List<Row> out = new ArrayList<>();
    int i = 0;
    for (String[] e : byOffset.values()) {
      String raw = e[2] == null ? "" : e[2];
      List<String> fields = raw.isEmpty() ? List.of()
          : CsvReader.builder().fieldSeparator(m.delimiter()).allowMissingFields(true).allowExtraFields(true)
              .ofSingleCsvRecord(raw).getFields();
      String reason = "malformed CSV record (" + e[0].toLowerCase(java.util.Locale.ROOT) + "): " + e[1];
      out.add(new Row(new Rejection(fileName, lines[i++], e[3], "", reason, raw), fields));
    }
    return out;
  }

  private static String valueOf(CsvHeader header, List<String> fields, String column) {
    int i = column == null ? -1 : header.indexOf(column);
    return i >= 0 && i < fields.size() ? fields.get(i) : "";
  }

  static String csvLine(List<String> fields, char delimiter) {
    StringWriter out = new StringWriter();
    try (CsvWriter w = CsvWriter.builder().fieldSeparator(delimiter).lineDelimiter(LineDelimiter.LF).build(out)) {
      w.writeRecord(fields);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    String s = out.toString();
    return s.endsWith("\n") ? s.substring(0, s.length() - 1) : s;
  }
}
