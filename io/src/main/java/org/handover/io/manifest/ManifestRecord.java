package org.handover.io.manifest;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.handover.io.imports.ImportSpec;
import org.handover.io.store.Store;
import org.handover.io.store.StoreException;

/**
 * The store's side of manifest versions: which import is each step's current version, clearing the
 * data of a manifest's imports before it is rebuilt, and keeping the decisions recorded with {@code
 * handover decide} through a rebuild.
 */
final class ManifestRecord {
  /** One step's current version. */
  record Version(int step, int version, long importId, String kind, String inputs) {}

  private ManifestRecord() {}

  static List<Version> current(Store store, String theater) {
    List<Version> out = new ArrayList<>();
    try (PreparedStatement ps =
        store
            .connection()
            .prepareStatement(
                "SELECT step, version, import_id, kind, inputs FROM manifest_steps"
                    + " WHERE theater = ? AND current ORDER BY step")) {
      ps.setString(1, theater);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(
              new Version(
                  rs.getInt(1), rs.getInt(2), rs.getLong(3), rs.getString(4), rs.getString(5)));
        }
      }
    } catch (SQLException e) {
      throw new StoreException("cannot read the manifest steps of " + theater, e);
    }
    return out;
  }

  /**
   * For a theater loaded before manifests were recorded: for each step, the latest committed import
   * of the same kind and file not taken by an earlier step, which the rebuild then supersedes as
   * the step's version 1.
   */
  static List<Optional<Long>> adopt(Store store, String theater, List<ImportSpec> specs) {
    Set<Long> taken = new HashSet<>();
    List<Optional<Long>> out = new ArrayList<>();
    for (ImportSpec spec : specs) {
      List<String> ids =
          store.strings(
              "SELECT CAST(import_id AS VARCHAR) FROM imports WHERE theater = ? AND kind = ?"
                  + " AND status = 'committed'"
                  + (spec.file() == null ? "" : " AND file_name = ?")
                  + " ORDER BY import_id DESC",
              spec.file() == null
                  ? new Object[] {theater, spec.kind()}
                  : new Object[] {theater, spec.kind(), spec.file().getFileName().toString()});
      Optional<Long> id =
          ids.stream().map(Long::parseLong).filter(i -> !taken.contains(i)).findFirst();
      id.ifPresent(taken::add);
      out.add(id);
    }
    return out;
  }

  /** Committed imports of {@code theater} that are not among {@code manifestImports}. */
  static List<String> outside(Store store, String theater, Collection<Long> manifestImports) {
    List<String> out = new ArrayList<>();
    try (PreparedStatement ps =
        store
            .connection()
            .prepareStatement(
                "SELECT import_id, kind, file_name FROM imports WHERE theater = ?"
                    + " AND status = 'committed' ORDER BY import_id")) {
      ps.setString(1, theater);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          if (!manifestImports.contains(rs.getLong(1))) {
            out.add(
                "import " + rs.getLong(1) + " (" + rs.getString(2) + " " + rs.getString(3) + ")");
          }
        }
      }
    } catch (SQLException e) {
      throw new StoreException("cannot read the imports of " + theater, e);
    }
    return out;
  }

  /**
   * Marks {@code imports} superseded and deletes every row they brought, in every table that
   * records its import, except the decision ledger, which is append-only: its entries of a
   * superseded import stay, out of the live ledger (the {@code live_decisions} view). Until {@link
   * #record}, the theater's decisions recorded with {@code handover decide} are out of it too: they
   * may correct imported entries not yet imported again.
   */
  static void clear(Connection c, String theater, Collection<Long> imports) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("INSERT INTO manifest_rebuilds VALUES (?)")) {
      ps.setString(1, theater);
      ps.executeUpdate();
    }
    if (imports.isEmpty()) {
      return;
    }
    String ids = imports.stream().map(String::valueOf).collect(Collectors.joining(", "));
    try (Statement s = c.createStatement()) {
      s.execute("UPDATE imports SET status = 'superseded' WHERE import_id IN (" + ids + ")");
      List<String> tables = new ArrayList<>();
      try (ResultSet rs =
          s.executeQuery(
              "SELECT table_name FROM duckdb_columns() JOIN duckdb_tables()"
                  + " USING (database_name, schema_name, table_name)"
                  + " WHERE database_name = current_database()"
                  + " AND schema_name = 'main' AND column_name = 'import_id'"
                  + " AND table_name NOT IN ('imports', 'rejections', 'manifest_steps', 'decisions',"
                  + " 'manifest_rebuilds')"
                  + " ORDER BY table_name")) {
        while (rs.next()) {
          tables.add(rs.getString(1));
        }
      }
      for (String t : tables) {
        s.execute("DELETE FROM \"" + t + "\" WHERE import_id IN (" + ids + ")");
      }
    }
  }

  /**
   * Records the new versions as current and supersedes the imports of the versions they replace
   * (and of adopted imports), noting in each record what replaced it.
   */
  static void record(
      Connection c,
      String theater,
      String manifest,
      List<Version> versions,
      Map<Long, String> superseded)
      throws SQLException {
    for (String sql :
        List.of(
            "DELETE FROM manifest_rebuilds WHERE theater = ?",
            "UPDATE manifest_steps SET current = false WHERE theater = ?")) {
      try (PreparedStatement ps = c.prepareStatement(sql)) {
        ps.setString(1, theater);
        ps.executeUpdate();
      }
    }
    Timestamp now = Timestamp.from(Instant.now());
    try (PreparedStatement ps =
        c.prepareStatement("INSERT INTO manifest_steps VALUES (?, ?, ?, ?, ?, ?, true, ?, ?)")) {
      for (Version v : versions) {
        ps.setString(1, theater);
        ps.setInt(2, v.step());
        ps.setInt(3, v.version());
        ps.setLong(4, v.importId());
        ps.setString(5, v.kind());
        ps.setString(6, v.inputs());
        ps.setString(7, manifest);
        ps.setTimestamp(8, now);
        ps.executeUpdate();
      }
    }
    try (PreparedStatement ps =
        c.prepareStatement(
            "UPDATE imports SET"
                + " notes = CASE WHEN notes IS NULL THEN ? ELSE notes || chr(10) || ? END"
                + " WHERE import_id = ?")) {
      for (Map.Entry<Long, String> e : superseded.entrySet()) {
        ps.setString(1, e.getValue());
        ps.setString(2, e.getValue());
        ps.setLong(3, e.getKey());
        ps.executeUpdate();
      }
    }
  }
}
