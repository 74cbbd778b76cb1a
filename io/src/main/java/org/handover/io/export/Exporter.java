package org.handover.io.export;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.handover.io.csv.CsvCell;
import org.handover.io.files.FileAccess;
import org.handover.io.files.OutputGuard;
import org.handover.io.store.Store;
import org.handover.io.store.StoreException;

/**
 * Writes the store's canonical tables to CSV and Parquet files (one per table and format) with
 * DuckDB's COPY, for analysis elsewhere or for a distributed engine when events outgrow one
 * machine. Rows are ordered, so the same store gives the same files.
 */
public final class Exporter {
  /** Output formats. */
  public enum Format {
    CSV("csv", "(FORMAT CSV, HEADER)"),
    PARQUET("parquet", "(FORMAT PARQUET)");

    private final String extension;
    private final String copyOptions;

    Format(String extension, String copyOptions) {
      this.extension = extension;
      this.copyOptions = copyOptions;
    }

    public String extension() {
      return extension;
    }

    String copyOptions() {
      return copyOptions;
    }
  }

  /** The canonical tables, in the order they are written; each is written as NAME.csv etc. */
  public static final List<String> TABLES =
      List.of(
          "imports",
          "rejections",
          "regions",
          "region_aliases",
          "neighbours",
          "events",
          "measurements",
          "decisions");

  /**
   * @param theater only this theater's rows; empty: every theater in the store
   * @param geometry keep the regions' GeoJSON geometry text (it can be large) in the regions table
   * @param outputs what may be written (by default: no existing file is replaced)
   * @param tables the {@link #TABLES} to write (by default all; may be none)
   */
  public record Options(
      Optional<String> theater,
      boolean geometry,
      Set<Format> formats,
      OutputGuard outputs,
      Set<String> tables) {
    public Options {
      Objects.requireNonNull(theater, "theater");
      Objects.requireNonNull(outputs, "outputs");
      formats = Set.copyOf(formats);
      if (formats.isEmpty()) {
        throw new IllegalArgumentException("choose at least one export format");
      }
      tables = Set.copyOf(tables);
      for (String t : tables) {
        if (!TABLES.contains(t)) {
          throw new IllegalArgumentException("unknown table '" + t + "'; tables: " + TABLES);
        }
      }
    }

    /** Every theater, every table, geometry left out, CSV and Parquet. */
    public static Options defaults() {
      return new Options(
          Optional.empty(),
          false,
          EnumSet.allOf(Format.class),
          OutputGuard.of(false),
          Set.copyOf(TABLES));
    }

    public Options forTheater(String name) {
      return new Options(Optional.of(name), geometry, formats, outputs, tables);
    }

    public Options withGeometry(boolean keep) {
      return new Options(theater, keep, formats, outputs, tables);
    }

    public Options withFormats(Set<Format> f) {
      return new Options(theater, geometry, f, outputs, tables);
    }

    public Options withOutputs(OutputGuard guard) {
      return new Options(theater, geometry, formats, guard, tables);
    }

    /** Only these of the {@link #TABLES} (any order; they are written in the usual order). */
    public Options onlyTables(Set<String> names) {
      return new Options(theater, geometry, formats, outputs, names);
    }
  }

  private Exporter() {}

  /**
   * Writes the canonical tables the options choose (by default every one) into {@code directory}
   * (created if needed); returns the files written, in order. A table not chosen is not queried.
   */
  public static List<Path> exportTables(Store store, Path directory, Options options) {
    try {
      Files.createDirectories(directory);
    } catch (IOException e) {
      throw FileAccess.failed("create the folder", directory, e);
    }
    String where = options.theater().map(t -> " WHERE theater = " + literal(t)).orElse("");
    String importFilter =
        options
            .theater()
            .map(
                t ->
                    " WHERE import_id IN (SELECT import_id FROM imports WHERE theater = "
                        + literal(t)
                        + ")")
            .orElse("");
    Map<String, String> queries = new LinkedHashMap<>();
    queries.put("imports", "SELECT * FROM imports" + where + " ORDER BY import_id");
    queries.put(
        "rejections",
        "SELECT * FROM rejections" + importFilter + " ORDER BY import_id, line, field");
    queries.put(
        "regions",
        "SELECT theater, region, parent, code, population, population_year, "
            + (options.geometry() ? "geometry, " : "")
            + "import_id FROM regions"
            + where
            + " ORDER BY theater, region");
    queries.put(
        "region_aliases", "SELECT * FROM region_aliases" + where + " ORDER BY theater, alias");
    queries.put(
        "neighbours", "SELECT * FROM neighbours" + where + " ORDER BY theater, region_a, region_b");
    if (options.tables().contains("events")) {
      queries.put(
          "events",
          "SELECT *"
              + (anySides(store, where) ? "" : " EXCLUDE (side_a, side_b)")
              + " FROM events"
              + where
              + " ORDER BY theater, source, start_date, end_date, event_id, region, import_id");
    }
    queries.put(
        "measurements",
        "SELECT * FROM measurements"
            + where
            + " ORDER BY theater, measure, region NULLS FIRST, month, nation NULLS FIRST, role NULLS FIRST, import_id");
    // the live ledger: entries of a manifest import that a later version superseded stay in the
    // store with their import, but are no longer part of the theater's ledger
    queries.put(
        "decisions",
        "SELECT * EXCLUDE (seq, place) FROM live_decisions" + where + " ORDER BY theater, seq");
    queries.keySet().retainAll(options.tables());
    List<Path> written = new ArrayList<>();
    Connection c = store.connection();
    for (Map.Entry<String, String> q : queries.entrySet()) {
      for (Format f : EnumSet.copyOf(options.formats())) {
        Path out = directory.resolve(q.getKey() + "." + f.extension());
        copy(c, q.getValue(), out, f, options.outputs());
        written.add(out);
      }
    }
    return written;
  }

  /**
   * Whether any exported event names a side: the optional side columns are exported only then, so
   * sources without actors keep the table they always had.
   */
  private static boolean anySides(Store store, String where) {
    return store.count(
            "SELECT count(*) FROM (SELECT 1 FROM events"
                + (where.isEmpty() ? " WHERE" : where + " AND")
                + " (side_a IS NOT NULL OR side_b IS NOT NULL) LIMIT 1)")
        > 0;
  }

  /**
   * COPY ({@code query}) TO {@code out} through {@code guard}: DuckDB writes the file. In CSV, text
   * columns are neutralised against formula injection ({@link CsvCell}); numbers and Parquet stay
   * as they are.
   */
  static void copy(Connection c, String query, Path out, Format format, OutputGuard guard) {
    guard.write(
        out,
        file -> {
          try (Statement s = c.createStatement()) {
            String rows = format == Format.CSV ? neutralised(s, query) : query;
            s.execute(
                "COPY ("
                    + rows
                    + ") TO "
                    + literal(file.toAbsolutePath().toString())
                    + " "
                    + format.copyOptions());
          } catch (SQLException e) {
            throw new StoreException("cannot write " + out + ": " + e.getMessage(), e);
          }
        });
  }

  /**
   * {@code query} with each text (VARCHAR) column passed through {@link CsvCell#sql}, in the same
   * order and under the same names; the column types decide, so numbers are never touched.
   */
  private static String neutralised(Statement s, String query) throws SQLException {
    List<String> columns = new ArrayList<>();
    boolean text = false;
    try (ResultSet r = s.executeQuery("DESCRIBE " + query)) {
      while (r.next()) {
        String quoted = "\"" + r.getString("column_name").replace("\"", "\"\"") + "\"";
        if (r.getString("column_type").equals("VARCHAR")) {
          columns.add(CsvCell.sql(quoted) + " AS " + quoted);
          text = true;
        } else {
          columns.add(quoted);
        }
      }
    }
    return text ? "SELECT " + String.join(", ", columns) + " FROM (" + query + ")" : query;
  }

  /** A SQL string literal (COPY takes no parameters). */
  static String literal(String text) {
    return "'" + text.replace("'", "''") + "'";
  }
}
