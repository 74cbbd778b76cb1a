package org.handover.io.imports.theater;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

/**
 * A temporary table filled through DuckDB's appender, for bulk inserts, upserts and updates: a
 * JDBC batch runs one statement per row, which costs seconds for thousands of regions.
 */
public final class Staging implements AutoCloseable {
  private final Connection connection;
  private final String table;

  private Staging(Connection connection, String table) {
    this.connection = connection;
    this.table = table;
  }

  /** Creates (or empties) temporary table {@code table} with {@code columns}, e.g. "region VARCHAR, population DOUBLE". */
  static Staging create(Connection c, String table, String columns) throws SQLException {
    try (Statement s = c.createStatement()) {
      s.execute("CREATE OR REPLACE TEMP TABLE " + table + " (" + columns + ")");
    }
    return new Staging(c, table);
  }

  String table() {
    return table;
  }

  DuckDBAppender appender() throws SQLException {
    joinTransaction(connection);
    return connection.unwrap(DuckDBConnection.class).createAppender("temp", "main", table);
  }

  /** An appender into a table of the store itself, inside the connection's open transaction if there is one. */
  public static DuckDBAppender appender(Connection c, String table) throws SQLException {
    joinTransaction(c);
    return c.unwrap(DuckDBConnection.class).createAppender("main", table);
  }

  /**
   * DuckDB's JDBC driver begins the transaction at the first statement after setAutoCommit(false);
   * an appender used before any statement appends outside it, and a rollback would not undo it.
   */
  private static void joinTransaction(Connection c) throws SQLException {
    if (!c.getAutoCommit()) {
      try (Statement s = c.createStatement()) {
        s.execute("SELECT 1");
      }
    }
  }

  int execute(String sql) throws SQLException {
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
