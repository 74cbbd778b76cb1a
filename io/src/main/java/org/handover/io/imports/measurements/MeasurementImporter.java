package org.handover.io.imports.measurements;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.duckdb.DuckDBAppender;
import org.handover.engine.theater.RegionId;
import org.handover.engine.theater.RegionResolver;
import org.handover.io.imports.CsvFile;
import org.handover.io.imports.ImportOption;
import org.handover.io.imports.ImportReport;
import org.handover.io.imports.ImportRun;
import org.handover.io.imports.ImportSpec;
import org.handover.io.imports.Importer;
import org.handover.io.imports.Staging;
import org.handover.io.imports.StrictNumber;
import org.handover.io.panel.PanelLoader;
import org.handover.io.store.Store;
import org.handover.io.store.TheaterReader;

/**
 * Imports measurements from the long CSV format (see {@link MeasurementCsv}): one row per measure,
 * region (blank or "national" for the whole theater), month, and optionally nation and role.
 *
 * <p>Within a file each (measure, region, month, nation, role) may appear once. Across imports the
 * latest wins: rows of earlier imports with the same key are replaced, and the notes say how many.
 */
public final class MeasurementImporter {
  public static final String KIND = "measurements";

  /** Measure names become indicator variable names: lower case identifiers. */
  private static final Pattern MEASURE = Pattern.compile("[a-z][a-z0-9_]*");

  /**
   * The largest magnitude a measurement value may have. Measurements count troops, units, shares or
   * money: even a defence budget in a weak currency stays well below 1e15, so a larger value is a
   * typing or unit error (docs/data-model.md).
   */
  public static final double MAX_MAGNITUDE = 1e15;

  /** Nations and roles become parts of variable names ({@code foreign_troops.role.advise}). */
  private static final Pattern TOKEN = Pattern.compile("[A-Za-z][A-Za-z0-9_]*");

  /**
   * @param illustrative the whole file is illustrative (not real data); a row's own {@code
   *     illustrative} column can only add the flag, never remove it
   */
  public record Options(String theater, boolean illustrative, boolean strict) {
    public Options {
      Objects.requireNonNull(theater, "theater");
    }

    public static Options defaults(String theater) {
      return new Options(theater, false, false);
    }

    public Options illustrative(boolean flag) {
      return new Options(theater, flag, strict);
    }

    public Options strict(boolean s) {
      return new Options(theater, illustrative, s);
    }
  }

  private MeasurementImporter() {}

  public static ImportReport importFile(Store store, Path file, Options options) {
    CsvFile csv = CsvFile.read(file);
    String monthCol = csv.column(MeasurementCsv.MONTH + "|date");
    String regionCol = csv.column(MeasurementCsv.REGION);
    String measureCol = csv.column(MeasurementCsv.MEASURE);
    String valueCol = csv.column(MeasurementCsv.VALUE);
    Optional<String> nationCol = csv.findColumn(MeasurementCsv.NATION);
    Optional<String> roleCol = csv.findColumn(MeasurementCsv.ROLE);
    Optional<String> noteCol = csv.findColumn(MeasurementCsv.NOTE);
    Optional<String> illustrativeCol = csv.findColumn(MeasurementCsv.ILLUSTRATIVE);
    Map<String, Object> opts = new LinkedHashMap<>();
    opts.put("illustrative", options.illustrative());
    opts.put("columns", csv.header());
    ImportRun run = ImportRun.start(store, options.theater(), KIND, file, opts);
    RegionResolver resolver = new TheaterReader(store).resolver(options.theater());
    boolean noRegions = resolver.regions().isEmpty();

    List<Measurement> accepted = new ArrayList<>();
    Map<String, Long> firstLine = new HashMap<>();
    for (CsvFile.Row row : csv.rows()) {
      String monthText = row.get(monthCol);
      YearMonth month = parseMonth(monthText);
      if (month == null) {
        run.reject(row, monthCol, monthText, "month must be YYYY-MM or YYYY-MM-DD");
        continue;
      }
      String measure = row.get(measureCol);
      if (!MEASURE.matcher(measure).matches()) {
        run.reject(
            row,
            measureCol,
            measure,
            measure.isEmpty()
                ? "measure is blank"
                : "measure must be a lower-case name of letters, digits and '_' starting with a letter (it becomes a variable name)");
        continue;
      }
      if (PanelLoader.RESERVED_NAMES.contains(measure)) {
        run.reject(row, measureCol, measure, reservedReason(measure));
        continue;
      }
      String valueText = row.get(valueCol);
      double value;
      try {
        value = StrictNumber.parse(valueText);
      } catch (NumberFormatException e) {
        run.reject(
            row,
            valueCol,
            valueText,
            valueText.isEmpty()
                ? "value is blank"
                : "value is not a number (" + StrictNumber.RULE + ")");
        continue;
      }
      if (!Double.isFinite(value)) {
        run.reject(row, valueCol, valueText, "value must be a finite number");
        continue;
      }
      if (Math.abs(value) > MAX_MAGNITUDE) {
        run.reject(
            row,
            valueCol,
            valueText,
            "value outside the plausible range -1e15 .. 1e15 for a measurement (a typing or unit"
                + " error?)");
        continue;
      }
      String regionText = row.get(regionCol);
      if (run.rejectsControlCharacters(row, regionCol, regionText, "region name")) {
        continue;
      }
      Optional<String> region = Optional.empty();
      if (!regionText.isEmpty() && !regionText.equalsIgnoreCase("national")) {
        Optional<RegionId> id = resolver.resolve(regionText);
        if (id.isEmpty()) {
          if (noRegions) {
            run.reject(
                row,
                regionCol,
                regionText,
                "unknown region '"
                    + regionText
                    + "': theater '"
                    + options.theater()
                    + "' has no regions yet (import regions first, or leave region blank for a national value)");
          } else {
            run.unknownRegion(row, regionCol, regionText, resolver);
          }
          continue;
        }
        region = Optional.of(id.get().name());
      }
      Optional<String> nation = token(run, row, nationCol, "nation");
      Optional<String> role = token(run, row, roleCol, "role");
      if (nation == null || role == null) {
        continue;
      }
      boolean illustrative = options.illustrative();
      if (illustrativeCol.isPresent()) {
        Boolean flag = parseFlag(row.get(illustrativeCol.get()));
        if (flag == null) {
          run.reject(
              row,
              illustrativeCol.get(),
              row.get(illustrativeCol.get()),
              "illustrative must be true or false (or blank)");
          continue;
        }
        illustrative |= flag;
      }
      Measurement m =
          new Measurement(
              measure,
              region,
              month,
              value,
              nation,
              role,
              illustrative,
              noteCol.map(row::get).orElse(""));
      Long first = firstLine.putIfAbsent(m.key(), row.line());
      if (first != null) {
        run.reject(
            row,
            measureCol,
            measure,
            "duplicate: "
                + measure
                + " for "
                + region.orElse("national")
                + " in "
                + month
                + nation.map(n -> ", nation " + n).orElse("")
                + role.map(r -> ", role " + r).orElse("")
                + " is already given on line "
                + first);
        continue;
      }
      accepted.add(m);
    }
    accepted.stream()
        .map(Measurement::month)
        .min(YearMonth::compareTo)
        .ifPresent(
            first ->
                run.note(
                    accepted.size()
                        + " value(s) from "
                        + first
                        + " to "
                        + accepted.stream()
                            .map(Measurement::month)
                            .max(YearMonth::compareTo)
                            .orElseThrow()
                        + (accepted.stream().anyMatch(Measurement::illustrative)
                            ? "; "
                                + accepted.stream().filter(Measurement::illustrative).count()
                                + " illustrative"
                            : "")));
    return run.commit(
        options.strict(),
        csv.rows().size(),
        (c, importId) -> write(c, run, options.theater(), accepted, importId));
  }

  /** Why a measure may not be called {@code measure}, one of the panel's own variable names. */
  static String reservedReason(String measure) {
    return "measure name '"
        + measure
        + "' is reserved: the panel already has a variable of that name (reserved: "
        + String.join(", ", PanelLoader.RESERVED_NAMES)
        + "); give the measurement another name";
  }

  /** "2007-06" or "2007-06-15" -> 2007-06; null when neither. */
  static YearMonth parseMonth(String text) {
    try {
      if (text.length() == 7) {
        return YearMonth.parse(text);
      }
      if (text.length() == 10) {
        return YearMonth.from(LocalDate.parse(text));
      }
    } catch (DateTimeParseException e) {
      return null;
    }
    return null;
  }

  private static Boolean parseFlag(String text) {
    return switch (text.toLowerCase(Locale.ROOT)) {
      case "", "false", "no", "0" -> Boolean.FALSE;
      case "true", "yes", "1" -> Boolean.TRUE;
      default -> null;
    };
  }

  /** The optional nation or role; null (after rejecting) when malformed. */
  private static Optional<String> token(
      ImportRun run, CsvFile.Row row, Optional<String> column, String what) {
    if (column.isEmpty() || row.get(column.get()).isEmpty()) {
      return Optional.empty();
    }
    String t = row.get(column.get());
    if (!TOKEN.matcher(t).matches()) {
      run.reject(
          row,
          column.get(),
          t,
          what + " must be letters, digits and '_' starting with a letter (e.g. US, UK, advise)");
      return null;
    }
    return Optional.of(t);
  }

  private static long write(
      Connection c, ImportRun run, String theater, List<Measurement> rows, long importId)
      throws SQLException {
    try (DuckDBAppender appender = Staging.appender(c, "measurements")) {
      for (Measurement m : rows) {
        appender.beginRow().append(theater).append(m.measure());
        appendOptional(appender, m.region());
        appender.append(m.month().atDay(1)).append(m.value());
        appendOptional(appender, m.nation());
        appendOptional(appender, m.role());
        appender.append(m.illustrative());
        appendOptional(appender, Optional.of(m.note()).filter(s -> !s.isEmpty()));
        appender.append(importId).endRow();
      }
    }
    try (PreparedStatement ps =
        c.prepareStatement(
            """
        DELETE FROM measurements m
        WHERE m.theater = ? AND m.import_id <> ?
          AND EXISTS (SELECT 1 FROM measurements n
                      WHERE n.import_id = ? AND n.measure = m.measure AND n.month = m.month
                        AND n.region IS NOT DISTINCT FROM m.region AND n.nation IS NOT DISTINCT FROM m.nation
                        AND n.role IS NOT DISTINCT FROM m.role)""")) {
      ps.setString(1, theater);
      ps.setLong(2, importId);
      ps.setLong(3, importId);
      int replaced = ps.executeUpdate();
      if (replaced > 0) {
        run.note(
            "replaced "
                + replaced
                + " value(s) from earlier imports with the same measure, region, month, nation and role");
      }
    }
    return rows.size();
  }

  private static void appendOptional(DuckDBAppender appender, Optional<String> value)
      throws SQLException {
    if (value.isPresent()) {
      appender.append(value.get());
    } else {
      appender.appendNull();
    }
  }

  static final ImportOption ILLUSTRATIVE =
      ImportOption.of(
          "illustrative",
          "true: the whole file is illustrative, not real data (a row's own illustrative column can only add the flag)");

  /** This importer as the registry runs it. */
  public static Importer importer() {
    return Importer.of(KIND, List.of(ILLUSTRATIVE), MeasurementImporter::run);
  }

  private static ImportReport run(Store store, String theater, ImportSpec spec) {
    Options o =
        Options.defaults(theater)
            .illustrative(spec.flag(ILLUSTRATIVE))
            .strict(spec.flag(ImportOption.STRICT));
    return importFile(store, spec.file(), o);
  }
}
