package org.handover.io.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The embedded DuckDB database holding the canonical tables (see schema.sql). No server: one file.
 * All writes go through {@link #inTransaction}, so an import either lands whole or not at all.
 */
public final class Store implements AutoCloseable {
  private final Path file;
  private final Connection connection;

  private Store(Path file, Connection connection) {
    this.file = file;
    this.connection = connection;
  }

  /**
   * Opens (creating if needed) the database at {@code file}; {@code null} opens an in-memory store.
   */
  public static Store open(Path file) {
    try {
      String url;
      if (file == null) {
        url = "jdbc:duckdb:";
      } else {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
          Files.createDirectories(parent);
        }
        url = "jdbc:duckdb:" + file.toAbsolutePath();
      }
      Connection c = DriverManager.getConnection(url);
      Store store = new Store(file, c);
      store.createSchema();
      return store;
    } catch (SQLException e) {
      throw new StoreException("cannot open store " + file + ": " + e.getMessage(), e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static Store inMemory() {
    return open(null);
  }

  public Path file() {
    return file;
  }

  /** The raw connection, for reads. Writes belong in {@link #inTransaction}. */
  public Connection connection() {
    return connection;
  }

  /** Runs {@code work} in one transaction: commits when it returns, rolls back when it throws. */
  public <T> T inTransaction(SqlWork<T> work) {
    try {
      connection.setAutoCommit(false);
      // DuckDB's driver begins the transaction lazily, at the first statement: an appender used
      // before any statement would commit on its own and escape a rollback. Begin it now.
      try (Statement begin = connection.createStatement()) {
        begin.execute("SELECT 1");
      }
      try {
        T result = work.run(connection);
        connection.commit();
        return result;
      } catch (SQLException | RuntimeException e) {
        connection.rollback();
        throw e;
      } finally {
        connection.setAutoCommit(true);
      }
    } catch (SQLException e) {
      throw new StoreException("store transaction failed: " + e.getMessage(), e);
    }
  }

  /** Names of the theaters that have regions in this store. */
  public List<String> theaters() {
    return strings("SELECT DISTINCT theater FROM regions ORDER BY theater");
  }

  /** Read through {@link TheaterReader}, which types the value. */
  Optional<String> setting(String theater, TheaterSetting key) {
    List<String> v =
        strings(
            "SELECT value FROM theater_settings WHERE theater = ? AND key = ?", theater, key.key());
    return v.isEmpty() ? Optional.empty() : Optional.of(v.get(0));
  }

  public void putSetting(String theater, TheaterSetting key, String value) {
    inTransaction(
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement("INSERT OR REPLACE INTO theater_settings VALUES (?, ?, ?)")) {
            ps.setString(1, theater);
            ps.setString(2, key.key());
            ps.setString(3, value);
            return ps.executeUpdate();
          }
        });
  }

  public long nextImportId() {
    try (Statement s = connection.createStatement();
        ResultSet rs = s.executeQuery("SELECT nextval('import_ids')")) {
      rs.next();
      return rs.getLong(1);
    } catch (SQLException e) {
      throw new StoreException("cannot allocate an import id: " + e.getMessage(), e);
    }
  }

  public List<String> strings(String sql, Object... params) {
    try (PreparedStatement ps = connection.prepareStatement(sql)) {
      for (int i = 0; i < params.length; i++) {
        ps.setObject(i + 1, params[i]);
      }
      try (ResultSet rs = ps.executeQuery()) {
        List<String> out = new ArrayList<>();
        while (rs.next()) {
          out.add(rs.getString(1));
        }
        return out;
      }
    } catch (SQLException e) {
      throw new StoreException("query failed: " + sql + ": " + e.getMessage(), e);
    }
  }

  public long count(String sql, Object... params) {
    try (PreparedStatement ps = connection.prepareStatement(sql)) {
      for (int i = 0; i < params.length; i++) {
        ps.setObject(i + 1, params[i]);
      }
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    } catch (SQLException e) {
      throw new StoreException("query failed: " + sql + ": " + e.getMessage(), e);
    }
  }

  private void createSchema() throws SQLException {
    String ddl;
    try (InputStream in =
        Objects.requireNonNull(Store.class.getResourceAsStream("schema.sql"), "schema.sql")) {
      ddl = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    try (Statement s = connection.createStatement()) {
      for (String statement : ddl.replaceAll("(?m)--.*$", "").split(";")) {
        if (!statement.isBlank()) {
          s.execute(statement);
        }
      }
    }
  }

  @Override
  public void close() {
    try {
      connection.close();
    } catch (SQLException e) {
      throw new StoreException("cannot close store " + file + ": " + e.getMessage(), e);
    }
  }
}
