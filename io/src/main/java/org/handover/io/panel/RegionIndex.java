package org.handover.io.panel;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;
import org.handover.engine.theater.Theater;

/**
 * A temporary table mapping each region name to its row in the panel, so aggregation queries return
 * integers: fetching millions of strings over JDBC costs several times the aggregation.
 */
final class RegionIndex implements AutoCloseable {
  static final String TABLE = "handover_panel_region_index";

  private final Connection connection;

  private RegionIndex(Connection connection) {
    this.connection = connection;
  }

  static RegionIndex create(Connection c, Theater theater) throws SQLException {
    try (Statement s = c.createStatement()) {
      s.execute(
          "CREATE OR REPLACE TEMP TABLE "
              + TABLE
              + " (region VARCHAR PRIMARY KEY, idx INTEGER NOT NULL)");
    }
    try (DuckDBAppender appender =
        c.unwrap(DuckDBConnection.class).createAppender("temp", "main", TABLE)) {
      for (int r = 0; r < theater.size(); r++) {
        appender.beginRow().append(theater.regions().get(r).name()).append(r).endRow();
      }
    }
    return new RegionIndex(c);
  }

  /**
   * {@code list_position([...], column) - 1}: the 0-based index of a value among a few names, as
   * SQL.
   */
  static String position(List<String> names, String column) {
    if (names.isEmpty()) {
      return "-1";
    }
    StringBuilder sb = new StringBuilder("list_position([");
    for (int i = 0; i < names.size(); i++) {
      sb.append(i == 0 ? "" : ", ")
          .append('\'')
          .append(names.get(i).replace("'", "''"))
          .append('\'');
    }
    return sb.append("], ").append(column).append(") - 1").toString();
  }

  @Override
  public void close() throws SQLException {
    try (Statement s = connection.createStatement()) {
      s.execute("DROP TABLE IF EXISTS " + TABLE);
    }
  }
}
