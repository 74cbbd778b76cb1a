package org.handover.io.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The embedded DuckDB database holding the canonical tables (see schema.sql). No server: one file.
 * All writes go through {@link #inTransaction}, so an import either lands whole or not at all.
 */
public final class Store implements AutoCloseable {
  private static final Pattern SCHEMA_OBJECT =
      Pattern.compile("CREATE (?:TABLE|SEQUENCE) IF NOT EXISTS (\\w+)");

  private final Path file;
  private final Connection connection;

  private Store(Path file, Connection connection) {
    this.file = file;
    this.connection = connection;
  }

  /**
   * Opens (creating if needed) the database at {@code file} for reading and writing; {@code null}
   * opens an in-memory store. Only one process at a time can hold a database this way.
   */
  public static Store open(Path file) {
    if (file == null) {
      return connect(null, false);
    }
    requireDatabaseFile(file);
    try {
      Path parent = file.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return connect(file, false);
  }

  /**
   * Opens the existing database at {@code file} for reading only: any number of processes can read
   * it at once, and a read-only file or folder is no obstacle. A database written by an earlier
   * version that lacks a table of today's schema is completed first (the one write).
   */
  public static Store openReadOnly(Path file) {
    requireDatabaseFile(file);
    if (!Files.exists(file)) {
      throw new StoreException(
          "no database "
              + file
              + ": create it with 'handover example --db "
              + file
              + "' or 'handover import --db "
              + file
              + " --manifest FILE'");
    }
    Store store = connect(file, true);
    if (store.schemaComplete()) {
      return store;
    }
    store.close();
    open(file).close();
    return connect(file, true);
  }

  /**
   * Whether {@code file} is a database Handover made: a DuckDB file (by its header) holding
   * Handover's imports and regions tables. Anything else is not Handover's to replace.
   */
  public static boolean isHandoverDatabase(Path file) {
    if (!Files.isRegularFile(file)) {
      return false;
    }
    byte[] head = new byte[12];
    try (InputStream in = Files.newInputStream(file)) {
      if (in.readNBytes(head, 0, head.length) < head.length
          || !new String(head, 8, 4, StandardCharsets.US_ASCII).equals("DUCK")) {
        return false;
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
    try (Store store = connect(file, true)) {
      return store.count(
              "SELECT count(*) FROM duckdb_tables() WHERE database_name = current_database() "
                  + "AND schema_name = 'main' AND table_name IN ('imports', 'regions')")
          == 2;
    }
  }

  /**
   * A database is a regular file: a device or FIFO would block or never end, and a folder is none.
   */
  private static void requireDatabaseFile(Path file) {
    if (Files.exists(file) && !Files.isRegularFile(file)) {
      throw new StoreException(
          "cannot open database "
              + file
              + ": it is "
              + (Files.isDirectory(file) ? "a folder" : "a device, FIFO or socket")
              + ", not a regular file; give a database file with --db FILE");
    }
  }

  private static Store connect(Path file, boolean readOnly) {
    String url = file == null ? "jdbc:duckdb:" : "jdbc:duckdb:" + file.toAbsolutePath();
    Properties properties = new Properties();
    if (readOnly) {
      properties.setProperty("duckdb.read_only", "true");
    }
    Connection c;
    try {
      c = DriverManager.getConnection(url, properties);
    } catch (SQLException e) {
      throw StoreLock.explain(file, readOnly, e)
          .orElseGet(
              () -> new StoreException("cannot open store " + file + ": " + e.getMessage(), e));
    }
    Store store = new Store(file, c);
    if (!readOnly) {
      try {
        store.createSchema();
      } catch (SQLException e) {
        store.close();
        throw new StoreException("cannot open store " + file + ": " + e.getMessage(), e);
      }
      store.removeStaleCopies();
    }
    return store;
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
        try {
          connection.rollback();
        } catch (SQLException rollback) {
          // the failure that made the rollback necessary is the one to report
          e.addSuppressed(rollback);
        }
        throw e;
      } finally {
        try {
          connection.setAutoCommit(true);
        } catch (SQLException ignored) {
          // a connection that cannot leave the transaction fails its next use, with its reason
        }
      }
    } catch (SQLException e) {
      throw StoreWriteFailure.of(file, e)
          .orElseGet(() -> new StoreException("store transaction failed: " + e.getMessage(), e));
    }
  }

  /**
   * Runs {@code work} on a copy of this store, then makes the copy's tables and sequences this
   * store's in one transaction. If {@code work} throws (bad input or a bug) or the process dies,
   * this store is exactly as it was: for work made of several transactions that must land together,
   * e.g. every import of a manifest. Each transaction inside {@code work} runs as it would on this
   * store (an import that needs its staging tables committed still gets that).
   */
  public <T> T throughCopy(Function<Store, T> work) {
    Path dir;
    try {
      Path parent = file == null ? null : file.toAbsolutePath().getParent();
      if (parent == null) {
        dir = Files.createTempDirectory("handover-copy-");
      } else {
        String prefix = "." + file.getFileName() + ".copy-";
        removeStaleCopies(parent, prefix);
        dir = Files.createTempDirectory(parent, prefix);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot make a working copy of the store", e);
    }
    Path copyFile = dir.resolve("copy.duckdb");
    try {
      String live = quote(strings("SELECT current_database()").get(0));
      String attach = "ATTACH " + literal(copyFile.toString()) + " AS handover_copy";
      execute(attach, "COPY FROM DATABASE " + live + " TO handover_copy", "DETACH handover_copy");
      T result;
      try (Store copy = open(copyFile)) {
        result = work.apply(copy);
      }
      execute(attach + " (READ_ONLY)");
      try {
        inTransaction(c -> replaceContents(c, live));
      } finally {
        execute("DETACH handover_copy");
      }
      return result;
    } finally {
      deleteQuietly(dir);
    }
  }

  /**
   * Deletes the working copies a killed process left beside this store, now that this process holds
   * it for writing: a process killed after its copy's contents landed but before the copy was
   * deleted leaves one behind. Not being able to list the folder only leaves them for later.
   */
  private void removeStaleCopies() {
    Path parent = file == null ? null : file.toAbsolutePath().getParent();
    if (parent == null) {
      return;
    }
    try {
      removeStaleCopies(parent, "." + file.getFileName() + ".copy-");
    } catch (IOException | SecurityException e) {
      // The copies are only disk space; the store itself is whole either way.
    }
  }

  /**
   * Deletes the working copies of this store that a killed process left beside it (a copy is
   * deleted when its work ends, however it ends, unless the process dies). Only a process holding
   * the store for writing makes copies, and this one holds it now, so every copy named after it is
   * a dead process's.
   */
  private static void removeStaleCopies(Path parent, String prefix) throws IOException {
    try (DirectoryStream<Path> stale = Files.newDirectoryStream(parent, prefix + "*")) {
      for (Path copy : stale) {
        if (Files.isDirectory(copy, LinkOption.NOFOLLOW_LINKS)) {
          deleteQuietly(copy);
        }
      }
    }
  }

  /** Every table's rows and every sequence's position, from the attached copy. */
  private static Void replaceContents(Connection c, String live) throws SQLException {
    List<String> tables = new ArrayList<>();
    List<String[]> sequences = new ArrayList<>();
    try (Statement s = c.createStatement()) {
      try (ResultSet rs =
          s.executeQuery(
              "SELECT table_name FROM duckdb_tables() WHERE database_name = 'handover_copy'"
                  + " AND schema_name = 'main' ORDER BY table_name")) {
        while (rs.next()) {
          tables.add(rs.getString(1));
        }
      }
      try (ResultSet rs =
          s.executeQuery(
              "SELECT sequence_name, last_value, start_value, increment_by FROM duckdb_sequences()"
                  + " WHERE database_name = 'handover_copy' AND schema_name = 'main'")) {
        while (rs.next()) {
          long next = rs.getObject(2) == null ? rs.getLong(3) : rs.getLong(2) + rs.getLong(4);
          sequences.add(new String[] {rs.getString(1), Long.toString(next), rs.getString(4)});
        }
      }
      for (String t : tables) {
        String table = live + ".main." + quote(t);
        s.execute(
            "CREATE TABLE IF NOT EXISTS "
                + table
                + " AS FROM handover_copy.main."
                + quote(t)
                + " LIMIT 0");
        s.execute("DELETE FROM " + table);
        s.execute("INSERT INTO " + table + " BY NAME SELECT * FROM handover_copy.main." + quote(t));
      }
      // A sequence cannot be set: it is made anew where the copy's would continue.
      for (String[] q : sequences) {
        String sequence = live + ".main." + quote(q[0]);
        s.execute("DROP SEQUENCE IF EXISTS " + sequence);
        s.execute("CREATE SEQUENCE " + sequence + " START " + q[1] + " INCREMENT BY " + q[2]);
      }
    }
    return null;
  }

  private void execute(String... statements) {
    try (Statement s = connection.createStatement()) {
      for (String sql : statements) {
        s.execute(sql);
      }
    } catch (SQLException e) {
      throw StoreWriteFailure.of(file, e)
          .orElseGet(() -> new StoreException("cannot copy the store: " + e.getMessage(), e));
    }
  }

  private static String quote(String identifier) {
    return '"' + identifier.replace("\"", "\"\"") + '"';
  }

  private static String literal(String text) {
    return "'" + text.replace("'", "''") + "'";
  }

  /** Deletes a working copy's folder and all in it (the copy, its log, DuckDB's spill files). */
  private static void deleteQuietly(Path folder) {
    try (Stream<Path> files = Files.walk(folder)) {
      for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    } catch (IOException | UncheckedIOException e) {
      // a leftover harms nothing: the next working copy of this store deletes it
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

  /**
   * Sets ({@code value} not null) or forgets {@code key} for {@code theater} inside the caller's
   * transaction, for a setting that must land with the data it describes (a grid with its cells).
   */
  public static void putSetting(Connection c, String theater, TheaterSetting key, String value)
      throws SQLException {
    try (PreparedStatement del =
        c.prepareStatement("DELETE FROM theater_settings WHERE theater = ? AND key = ?")) {
      del.setString(1, theater);
      del.setString(2, key.key());
      del.executeUpdate();
    }
    if (value != null) {
      try (PreparedStatement ps =
          c.prepareStatement("INSERT INTO theater_settings VALUES (?, ?, ?)")) {
        ps.setString(1, theater);
        ps.setString(2, key.key());
        ps.setString(3, value);
        ps.executeUpdate();
      }
    }
  }

  /** Forgets {@code key} for {@code theater}, e.g. when its manifest no longer names a set. */
  public void removeSetting(String theater, TheaterSetting key) {
    inTransaction(
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement("DELETE FROM theater_settings WHERE theater = ? AND key = ?")) {
            ps.setString(1, theater);
            ps.setString(2, key.key());
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
      throw StoreWriteFailure.of(file, e)
          .orElseGet(
              () -> new StoreException("cannot allocate an import id: " + e.getMessage(), e));
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

  /** Whether every table and sequence of schema.sql exists (a read-only store cannot add them). */
  private boolean schemaComplete() {
    Set<String> have =
        new HashSet<>(
            strings(
                "SELECT table_name FROM duckdb_tables() WHERE database_name = current_database() "
                    + "AND schema_name = 'main' UNION ALL SELECT sequence_name FROM duckdb_sequences() "
                    + "WHERE database_name = current_database() AND schema_name = 'main'"));
    Matcher m = SCHEMA_OBJECT.matcher(ddl());
    while (m.find()) {
      if (!have.contains(m.group(1))) {
        return false;
      }
    }
    return true;
  }

  private static String ddl() {
    try (InputStream in =
        Objects.requireNonNull(Store.class.getResourceAsStream("schema.sql"), "schema.sql")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).replaceAll("(?m)--.*$", "");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void createSchema() throws SQLException {
    try (Statement s = connection.createStatement()) {
      for (String statement : ddl().split(";")) {
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
