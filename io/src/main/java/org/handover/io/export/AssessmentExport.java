package org.handover.io.export;

import java.io.IOException;
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
import java.util.Optional;
import java.util.Set;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;
import org.handover.engine.assessment.Assessment;
import org.handover.engine.assessment.BenchmarkVerdict;
import org.handover.engine.assessment.ConditionVerdict;
import org.handover.engine.assessment.RegionAssessment;
import org.handover.engine.decision.Recommendation;
import org.handover.engine.provenance.Provenance;
import org.handover.io.files.FileAccess;
import org.handover.io.files.OutputGuard;
import org.handover.io.store.StoreException;

/**
 * Writes assessments as flat rows, one per region, month, condition and benchmark (see {@link
 * #COLUMNS}), to CSV and Parquet, with the provenance beside them as JSON. A value with no data is
 * empty (NULL), never NaN, so other tools read it as missing.
 */
public final class AssessmentExport {
  /** The columns, in order. */
  public static final List<String> COLUMNS =
      List.of(
          "region",
          "month",
          "stage",
          "condition",
          "condition_status",
          "benchmark",
          "indicator",
          "value",
          "threshold",
          "comparison",
          "margin",
          "months_held",
          "held_for",
          "status",
          "illustrative",
          "explanation");

  /**
   * The columns an assessment shown beside the recommendation and the decided status adds after
   * {@link #COLUMNS}: {@code stage} there is the stage whose conditions are met, repeated here by
   * name.
   */
  public static final List<String> STANDING_COLUMNS =
      List.of(
          "conditions_met_stage",
          "recommendation",
          "recommended_stage",
          "recommendation_since",
          "recommendation_months",
          "status_stage",
          "status_since",
          "status_decision");

  private static final String STANDING_TYPES =
      """
      , conditions_met_stage VARCHAR, recommendation VARCHAR, recommended_stage VARCHAR,
        recommendation_since VARCHAR, recommendation_months INTEGER, status_stage VARCHAR, status_since VARCHAR,
        status_decision VARCHAR""";

  private static final String TABLE =
      """
      CREATE TABLE assessment (
        region VARCHAR, month VARCHAR, stage VARCHAR, condition VARCHAR, condition_status VARCHAR,
        benchmark VARCHAR, indicator VARCHAR, value DOUBLE, threshold DOUBLE, comparison VARCHAR, margin DOUBLE,
        months_held INTEGER, held_for INTEGER, status VARCHAR, illustrative BOOLEAN, explanation VARCHAR""";

  /** The files written. */
  public record Written(List<Path> tables, Path provenance, long rows) {}

  private AssessmentExport() {}

  /**
   * One assessment as {@code <name>.csv}, {@code <name>.parquet} and {@code
   * <name>.provenance.json}.
   */
  public static Written write(
      Assessment assessment, Path directory, String name, Set<Exporter.Format> formats) {
    return write(List.of(assessment), directory, name, formats);
  }

  /**
   * Several assessments (e.g. one per month) as one table. They must share their provenance, which
   * is written once.
   */
  public static Written write(
      List<Assessment> assessments, Path directory, String name, Set<Exporter.Format> formats) {
    return write(assessments, null, directory, name, formats, OutputGuard.of(false));
  }

  /**
   * Several assessments as one table, each row with the region's recommendation and decided status
   * in its month ({@link #STANDING_COLUMNS}); the provenance says where the status comes from.
   */
  public static Written write(
      List<Assessment> assessments,
      Standings standings,
      Path directory,
      String name,
      Set<Exporter.Format> formats,
      OutputGuard guard) {
    if (assessments.isEmpty()) {
      throw new IllegalArgumentException("nothing to export: no assessments");
    }
    Provenance first = assessments.get(0).provenance();
    for (Assessment a : assessments) {
      if (!a.provenance().equals(first)) {
        throw new IllegalArgumentException(
            "assessments as of "
                + assessments.get(0).asOf()
                + " and "
                + a.asOf()
                + " have different provenance: export them separately");
      }
    }
    try {
      Files.createDirectories(directory);
    } catch (IOException e) {
      throw FileAccess.failed("create the folder", directory, e);
    }
    List<Path> tables = new ArrayList<>();
    long rows = 0;
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:")) {
      try (Statement s = c.createStatement()) {
        s.execute(TABLE + (standings == null ? "" : STANDING_TYPES) + ")");
      }
      try (DuckDBAppender appender =
          c.unwrap(DuckDBConnection.class).createAppender("main", "assessment")) {
        for (Assessment a : assessments) {
          for (List<Object> row : standings == null ? rows(a) : rows(a, standings)) {
            append(appender, row);
            rows++;
          }
        }
      }
      for (Exporter.Format f : EnumSet.copyOf(formats)) {
        Path out = directory.resolve(name + "." + f.extension());
        Exporter.copy(c, "SELECT * FROM assessment", out, f, guard);
        tables.add(out);
      }
    } catch (SQLException e) {
      throw new StoreException("cannot export the assessment: " + e.getMessage(), e);
    }
    Path json = directory.resolve(name + ".provenance.json");
    ProvenanceJson.write(standings == null ? first : standings.provenance(first), json, guard);
    return new Written(tables, json, rows);
  }

  /**
   * The assessment as typed rows in {@link #COLUMNS} order: text, {@code Double} (null for no
   * data), {@code Integer} and {@code Boolean}. The one definition of an assessment row, for every
   * format.
   */
  public static List<List<Object>> rows(Assessment a) {
    List<List<Object>> out = new ArrayList<>();
    for (RegionAssessment r : a.regions()) {
      for (ConditionVerdict cv : r.conditions()) {
        for (BenchmarkVerdict bv : cv.benchmarks()) {
          out.add(row(r, cv, bv));
        }
      }
    }
    return out;
  }

  private static List<Object> row(RegionAssessment r, ConditionVerdict cv, BenchmarkVerdict bv) {
    return Arrays.asList(
        r.region().name(),
        r.month().toString(),
        r.stage().id(),
        cv.condition().id(),
        cv.status().label(),
        bv.benchmark().id(),
        bv.benchmark().indicator(),
        number(bv.value()),
        number(bv.threshold()),
        bv.benchmark().comparison().symbol(),
        number(bv.margin()),
        bv.monthsHeld(),
        bv.benchmark().heldFor(),
        bv.status().label(),
        bv.illustrative(),
        bv.explanation());
  }

  /**
   * {@link #rows(Assessment)} with {@link #STANDING_COLUMNS} after each: the region's standing in
   * the month.
   */
  public static List<List<Object>> rows(Assessment a, Standings standings) {
    List<List<Object>> out = new ArrayList<>();
    for (RegionAssessment r : a.regions()) {
      List<Object> standing = standingCells(standings.at(r.region(), r.month()));
      for (ConditionVerdict cv : r.conditions()) {
        for (BenchmarkVerdict bv : cv.benchmarks()) {
          List<Object> row = new ArrayList<>(row(r, cv, bv));
          row.addAll(standing);
          out.add(row);
        }
      }
    }
    return out;
  }

  /**
   * The {@link #STANDING_COLUMNS} cells of one region-month; the status cells are null where
   * undecided.
   */
  public static List<Object> standingCells(Standings.Standing s) {
    Recommendation rec = s.recommendation();
    Optional<Standings.Status> st = s.status();
    return Arrays.asList(
        s.conditionsMet(),
        s.recommendationLabel(),
        rec.recommended().id(),
        rec.since().toString(),
        rec.months(),
        st.map(Standings.Status::stage).orElse(null),
        st.map(x -> x.since().toString()).orElse(null),
        st.map(Standings.Status::decision).orElse(null));
  }

  private static Double number(double v) {
    return Double.isNaN(v) ? null : v;
  }

  static void append(DuckDBAppender a, List<Object> row) throws SQLException {
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
