package org.handover.io.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;
import org.handover.engine.assessment.Assessment;
import org.handover.engine.assessment.BenchmarkVerdict;
import org.handover.engine.assessment.ConditionVerdict;
import org.handover.engine.assessment.RegionAssessment;
import org.handover.engine.provenance.Provenance;
import org.handover.io.store.StoreException;

/**
 * Writes assessments as flat rows, one per region, month, condition and benchmark (see
 * {@link #COLUMNS}), to CSV and Parquet, with the provenance beside them as JSON. A value with no
 * data is empty (NULL), never NaN, so other tools read it as missing.
 */
public final class AssessmentExport {
  /** The columns, in order. */
  public static final List<String> COLUMNS = List.of("region", "month", "stage", "condition", "condition_status",
      "benchmark", "indicator", "value", "threshold", "comparison", "margin", "months_held", "held_for", "status",
      "illustrative", "explanation");

  private static final String TABLE = """
      CREATE TABLE assessment (
        region VARCHAR, month VARCHAR, stage VARCHAR, condition VARCHAR, condition_status VARCHAR,
        benchmark VARCHAR, indicator VARCHAR, value DOUBLE, threshold DOUBLE, comparison VARCHAR, margin DOUBLE,
        months_held INTEGER, held_for INTEGER, status VARCHAR, illustrative BOOLEAN, explanation VARCHAR)""";

  /** The files written. */
  public record Written(List<Path> tables, Path provenance, long rows) {}

  private AssessmentExport() {}

  /** One assessment as {@code <name>.csv}, {@code <name>.parquet} and {@code <name>.provenance.json}. */
  public static Written write(Assessment assessment, Path directory, String name, Set<Exporter.Format> formats) {
    return write(List.of(assessment), directory, name, formats);
  }

  /**
   * Several assessments (e.g. one per month) as one table. They must share their provenance, which
   * is written once.
   */
  public static Written write(List<Assessment> assessments, Path directory, String name, Set<Exporter.Format> formats) {
    if (assessments.isEmpty()) {
      throw new IllegalArgumentException("nothing to export: no assessments");
    }
    Provenance provenance = assessments.get(0).provenance();
    for (Assessment a : assessments) {
      if (!a.provenance().equals(provenance)) {
        throw new IllegalArgumentException("assessments as of " + assessments.get(0).asOf() + " and " + a.asOf()
            + " have different provenance: export them separately");
      }
    }
    try {
      Files.createDirectories(directory);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create " + directory, e);
    }
    List<Path> tables = new ArrayList<>();
    long rows = 0;
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:")) {
      try (Statement s = c.createStatement()) {
        s.execute(TABLE);
      }
      try (DuckDBAppender appender = c.unwrap(DuckDBConnection.class).createAppender("main", "assessment")) {
        for (Assessment a : assessments) {
          for (List<Object> row : rows(a)) {
            append(appender, row);
            rows++;
          }
        }
      }
      for (Exporter.Format f : EnumSet.copyOf(formats)) {
        Path out = directory.resolve(name + "." + f.extension());
        Exporter.copy(c, "SELECT * FROM assessment", out, f);
        tables.add(out);
      }
    } catch (SQLException e) {
      throw new StoreException("cannot export the assessment: " + e.getMessage(), e);
    }
    Path json = directory.resolve(name + ".provenance.json");
    ProvenanceJson.write(provenance, json);
    return new Written(tables, json, rows);
  }

  /**
   * The assessment as typed rows in {@link #COLUMNS} order: text, {@code Double} (null for no data),
   * {@code Integer} and {@code Boolean}. The one definition of an assessment row, for every format.
   */
  public static List<List<Object>> rows(Assessment a) {
    List<List<Object>> out = new ArrayList<>();
    for (RegionAssessment r : a.regions()) {
      for (ConditionVerdict cv : r.conditions()) {
        for (BenchmarkVerdict bv : cv.benchmarks()) {
          out.add(Arrays.asList(r.region().name(), r.month().toString(), r.stage().id(), cv.condition().id(),
              cv.status().label(), bv.benchmark().id(), bv.benchmark().indicator(), number(bv.value()),
              number(bv.threshold()), bv.benchmark().comparison().symbol(), number(bv.margin()), bv.monthsHeld(),
              bv.benchmark().heldFor(), bv.status().label(), bv.illustrative(), bv.explanation()));
        }
      }
    }
    return out;
  }

  private static Double number(double v) {
    return Double.isNaN(v) ? null : v;
  }

  private static void append(DuckDBAppender a, List<Object> row) throws SQLException {
    a.beginRow();
    for (Object v : row) {
      if (v == null) {
        a.appendNull();
      } else if (v instanceof String t) {
        a.append(t);
      } else if (v instanceof Double d) {
        a.append(d.doubleValue());
      } else if (v instanceof Integer n) {
        a.append(n.intValue());
      } else if (v instanceof Boolean b) {
        a.append(b.booleanValue());
      } else {
        throw new IllegalStateException("unexpected value in an assessment row: " + v);
      }
    }
    a.endRow();
  }
}
