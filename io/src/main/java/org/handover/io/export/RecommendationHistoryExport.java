package org.handover.io.export;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;
import org.handover.engine.provenance.Provenance;
import org.handover.io.files.FileAccess;
import org.handover.io.files.OutputGuard;
import org.handover.io.store.StoreException;

/**
 * Writes every region's standing in every month (conditions met, recommendation, decided status;
 * see {@link #COLUMNS}) as one table to CSV and Parquet, with the provenance beside it as JSON.
 * Each row names the illustrative inputs the conditions rest on, so a copied spreadsheet keeps the
 * warning.
 */
public final class RecommendationHistoryExport {
  /** The columns, in order. */
  public static final List<String> COLUMNS;

  static {
    List<String> all = new ArrayList<>(List.of("region", "month"));
    all.addAll(AssessmentExport.STANDING_COLUMNS);
    all.add("illustrative_inputs");
    COLUMNS = List.copyOf(all);
  }

  private static final String TABLE =
      """
      CREATE TABLE recommendation_history (
        region VARCHAR, month VARCHAR, conditions_met_stage VARCHAR, recommendation VARCHAR, recommended_stage VARCHAR,
        recommendation_since VARCHAR, recommendation_months INTEGER, status_stage VARCHAR, status_since VARCHAR,
        status_decision VARCHAR, illustrative_inputs VARCHAR)""";

  private RecommendationHistoryExport() {}

  /**
   * {@code <name>.csv} and/or {@code <name>.parquet}, one row per region and month of {@code
   * standings}, regions in the theater's order within each month, and {@code
   * <name>.provenance.json}.
   *
   * @param provenance the provenance of the evaluation: the status note is added to it
   */
  public static AssessmentExport.Written write(
      Standings standings,
      Provenance provenance,
      Path directory,
      String name,
      Set<Exporter.Format> formats,
      OutputGuard guard) {
    List<Path> tables = new ArrayList<>();
    long rows = 0;
    String illustrative = String.join("; ", provenance.illustrative());
    try {
      Files.createDirectories(directory);
    } catch (IOException e) {
      throw FileAccess.failed("create the folder", directory, e);
    }
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:")) {
      try (Statement s = c.createStatement()) {
        s.execute(TABLE);
      }
      try (DuckDBAppender appender =
          c.unwrap(DuckDBConnection.class).createAppender("main", "recommendation_history")) {
        for (YearMonth month : standings.months()) {
          for (Standings.Standing st : standings.at(month)) {
            List<Object> row = new ArrayList<>(List.of(st.region().name(), month.toString()));
            row.addAll(AssessmentExport.standingCells(st));
            row.add(illustrative);
            AssessmentExport.append(appender, row);
            rows++;
          }
        }
      }
      for (Exporter.Format f : EnumSet.copyOf(formats)) {
        Path out = directory.resolve(name + "." + f.extension());
        Exporter.copy(c, "SELECT * FROM recommendation_history", out, f, guard);
        tables.add(out);
      }
    } catch (SQLException e) {
      throw new StoreException("cannot export the recommendation history: " + e.getMessage(), e);
    }
    Path json = directory.resolve(name + ".provenance.json");
    ProvenanceJson.write(standings.provenance(provenance), json, guard);
    return new AssessmentExport.Written(tables, json, rows);
  }
}
