package org.handover.io.imports.events;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;
import org.handover.engine.theater.GridCell;
import org.handover.engine.theater.RegionId;
import org.handover.engine.theater.RegularGrid;

/**
 * Places the staged events of a grid theater in its cells by arithmetic ({@link
 * RegularGrid#cellAt}), no polygon test: each distinct point once, into {@value
 * RegionAssigner#POINTS}. A point outside the grid's extent, or in a cell the theater does not
 * keep, rejects its rows ({@link RejectionReason#OUTSIDE_GRID}, {@link
 * RejectionReason#CELL_NOT_IN_THEATER}), reported with file, line and field like every rejection.
 */
final class GridPlacement {
  static final String OUTSIDE = "ev_outside";

  /** Rows placed, and rows rejected for each reason, in {@code grid} (described). */
  record Placed(String grid, long rows, long outsideRows, long notKeptRows) {}

  private GridPlacement() {}

  static Placed place(Connection c, RegularGrid grid, List<RegionId> regions) throws SQLException {
    Set<String> kept = new HashSet<>();
    regions.forEach(r -> kept.add(r.name()));
    try (Statement s = c.createStatement()) {
      s.execute("CREATE TEMP TABLE " + OUTSIDE + " (lat DOUBLE, lon DOUBLE, problem INTEGER)");
    }
    long placed = 0;
    long outside = 0;
    long notKept = 0;
    try (Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT latitude, longitude, count(*) FROM "
                    + EventSql.TYPED
                    + " WHERE problem = 0 AND latitude IS NOT NULL GROUP BY latitude, longitude");
        DuckDBAppender points =
            c.unwrap(DuckDBConnection.class).createAppender("temp", "main", RegionAssigner.POINTS);
        DuckDBAppender rejected =
            c.unwrap(DuckDBConnection.class).createAppender("temp", "main", OUTSIDE)) {
      while (rs.next()) {
        double lat = rs.getDouble(1);
        double lon = rs.getDouble(2);
        long rows = rs.getLong(3);
        Optional<GridCell> cell = grid.cellAt(lat, lon);
        if (cell.isPresent() && kept.contains(cell.get().name())) {
          points.beginRow().append(lat).append(lon).append(cell.get().name()).endRow();
          placed += rows;
          continue;
        }
        RejectionReason why =
            cell.isEmpty() ? RejectionReason.OUTSIDE_GRID : RejectionReason.CELL_NOT_IN_THEATER;
        rejected.beginRow().append(lat).append(lon).append(why.code()).endRow();
        if (cell.isEmpty()) {
          outside += rows;
        } else {
          notKept += rows;
        }
      }
    }
    try (Statement s = c.createStatement()) {
      s.execute(
          "UPDATE "
              + EventSql.TYPED
              + " t SET problem = o.problem FROM "
              + OUTSIDE
              + " o WHERE t.latitude = o.lat AND t.longitude = o.lon AND t.problem = 0");
    }
    return new Placed(grid.toString(), placed, outside, notKept);
  }
}
