package org.handover.io.imports;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

/**
 * A temporary table filled through DuckDB's appender, for bulk inserts, upserts and updates: a JDBC
 * batch runs one statement per row, which costs seconds for thousands of regions.
 */
public final class Staging implements AutoCloseable {
  private final Connection connection;
  private final String table;

  private Staging(Connection connection, String table) {
    this.connection = connection;
    this.table = table;
  }

  /**
   * Creates (or empties) temporary table {@code table} with {@code columns}, e.g. "region VARCHAR,
   * population DOUBLE".
   */
  public static Staging create(Connection c, String table, String columns) throws SQLException {
    try (Statement s = c.createStatement()) {
      s.execute("CREATE OR REPLACE TEMP TABLE " + table + " (" + columns + ")");
    }
    return new Staging(c, table);
  }

  public String table() {
    return table;
  }

  public DuckDBAppender appender() throws SQLException {
    return connection.unwrap(DuckDBConnection.class).createAppender("temp", "main", table);
  }

  /**
   * An appender into a table of the store itself. Inside {@code Store.inTransaction} it is part of
   * the transaction (the store begins it before any write, see there).
   */
  public static DuckDBAppender appender(Connection c, String table) throws SQLException {
    return c.unwrap(DuckDBConnection.class).createAppender("main", table);
  }

  public int execute(String sql) throws SQLException {
    try (Statement s = connection.createStatement()) {
      return s.executeUpdate(sql);
    }
  }

  @Override
  public void close() throws SQLException {
    try (Statement s = connection.createStatement()) {
      s.execute("DROP TABLE IF EXISTS " + table);
    }
  }
}
