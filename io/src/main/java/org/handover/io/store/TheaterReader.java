package org.handover.io.store;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.handover.engine.decision.Basis;
import org.handover.engine.decision.DecisionKind;
import org.handover.engine.decision.Ledger;
import org.handover.engine.decision.LedgerEntry;
import org.handover.engine.theater.Neighbour;
import org.handover.engine.theater.Region;
import org.handover.engine.theater.RegionId;
import org.handover.engine.theater.RegionResolver;
import org.handover.engine.theater.RegularGrid;
import org.handover.engine.theater.Theater;

/**
 * Everything the store knows about its theaters, read back: the theater itself, the resolver for
 * the names sources use, the boundaries, the settings its manifest recorded, and the record every
 * import left. Every read of these tables outside an import goes through here, so the command line
 * writes no SQL.
 */
public final class TheaterReader {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Store store;

  public TheaterReader(Store store) {
    this.store = store;
  }

  /** One row of the imports table. */
  public record ImportRecord(
      long importId,
      String theater,
      String kind,
      String fileName,
      String status,
      long rowsRead,
      long rowsImported,
      long rowsRejected,
      long rowsUnassigned,
      String sha256) {}

  /** One row an import rejected, with the file it came from. */
  public record RejectedRow(
      String fileName, long line, String field, String value, String reason) {}

  /**
   * Regions with population and code, and neighbour pairs.
   *
   * @throws StoreException when the store has no regions for {@code theater} (naming the theaters
   *     it has)
   */
  public Theater theater(String theater) {
    List<Region> regions = new ArrayList<>();
    List<Neighbour> neighbours = new ArrayList<>();
    try {
      try (PreparedStatement ps =
          store
              .connection()
              .prepareStatement(
                  "SELECT region, parent, code, population FROM regions WHERE theater = ? ORDER BY region")) {
        ps.setString(1, theater);
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            double population = rs.getDouble(4);
            if (rs.wasNull()) {
              population = Double.NaN;
            }
            String parent = rs.getString(2);
            regions.add(
                new Region(
                    RegionId.of(rs.getString(1)),
                    parent == null ? Optional.empty() : Optional.of(RegionId.of(parent)),
                    population,
                    Optional.ofNullable(rs.getString(3))));
          }
        }
      }
      try (PreparedStatement ps =
          store
              .connection()
              .prepareStatement(
                  "SELECT region_a, region_b, shared_border_km FROM neighbours WHERE theater = ? ORDER BY region_a, region_b")) {
        ps.setString(1, theater);
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            double km = rs.getDouble(3);
            neighbours.add(
                new Neighbour(
                    RegionId.of(rs.getString(1)),
                    RegionId.of(rs.getString(2)),
                    rs.wasNull() ? Double.NaN : km));
          }
        }
      }
    } catch (SQLException e) {
      throw new StoreException("cannot read theater " + theater + ": " + e.getMessage(), e);
    }
    if (regions.isEmpty()) {
      List<String> known = store.theaters();
      throw new StoreException(
          "no regions for theater '"
              + theater
              + "' in the store"
              + (known.isEmpty()
                  ? ": import regions first"
                  : " (theaters: " + String.join(", ", known) + ")"));
    }
    return Theater.of(theater, regions, neighbours);
  }

  /** The theater's canonical region names, in order. */
  public List<RegionId> regionIds(String theater) {
    return store
        .strings("SELECT region FROM regions WHERE theater = ? ORDER BY region", theater)
        .stream()
        .map(RegionId::of)
        .toList();
  }

  /** Every stored alias with its region, in alias order. */
  public Map<String, RegionId> aliases(String theater) {
    Map<String, RegionId> aliases = new LinkedHashMap<>();
    try (PreparedStatement ps =
        store
            .connection()
            .prepareStatement(
                "SELECT alias, region FROM region_aliases WHERE theater = ? ORDER BY alias")) {
      ps.setString(1, theater);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          aliases.put(rs.getString(1), RegionId.of(rs.getString(2)));
        }
      }
    } catch (SQLException e) {
      throw new StoreException(
          "cannot read aliases of theater " + theater + ": " + e.getMessage(), e);
    }
    return aliases;
  }

  /** Resolves names to the theater's regions through normalisation and the stored aliases. */
  public RegionResolver resolver(String theater) {
    return RegionResolver.of(regionIds(theater), aliases(theater));
  }

  /** Each region that has a boundary, with it as GeoJSON, in region order. */
  public Map<RegionId, String> geometries(String theater) {
    Map<RegionId, String> geometries = new LinkedHashMap<>();
    try (PreparedStatement ps =
        store
            .connection()
            .prepareStatement(
                "SELECT region, geometry FROM regions WHERE theater = ? ORDER BY region")) {
      ps.setString(1, theater);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          String geometry = rs.getString(2);
          if (geometry != null && !geometry.isBlank()) {
            geometries.put(RegionId.of(rs.getString(1)), geometry);
          }
        }
      }
    } catch (SQLException e) {
      throw new StoreException(
          "cannot read the boundaries of theater " + theater + ": " + e.getMessage(), e);
    }
    return geometries;
  }

  /**
   * The theater's region boundaries as one GeoJSON FeatureCollection whose {@code name} is the
   * region.
   */
  public String boundaries(String theater) {
    ObjectNode fc = JSON.createObjectNode().put("type", "FeatureCollection");
    ArrayNode features = fc.putArray("features");
    try (PreparedStatement ps =
        store
            .connection()
            .prepareStatement(
                "SELECT region, code, geometry FROM regions WHERE theater = ? AND geometry IS NOT NULL ORDER BY region")) {
      ps.setString(1, theater);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          ObjectNode f = features.addObject().put("type", "Feature");
          ObjectNode props = f.putObject("properties").put("name", rs.getString(1));
          if (rs.getString(2) != null) {
            props.put("code", rs.getString(2));
          }
          f.set("geometry", JSON.readTree(rs.getString(3)));
        }
      }
      return JSON.writeValueAsString(fc);
    } catch (SQLException e) {
      throw new StoreException(
          "cannot read the boundaries of theater " + theater + ": " + e.getMessage(), e);
    } catch (IOException e) {
      throw new UncheckedIOException(
          "a stored boundary of theater " + theater + " is not valid GeoJSON", e);
    }
  }

  /** The benchmark set the theater's manifest named, if it was loaded from one. */
  public Optional<Path> benchmarkSet(String theater) {
    return store.setting(theater, TheaterSetting.BENCHMARK_SET).map(Path::of);
  }

  /** The grid whose cells are the theater's regions, if they were imported as a grid. */
  public Optional<RegularGrid> grid(String theater) {
    return store.setting(theater, TheaterSetting.GRID).map(GridSetting::parse);
  }

  /** The first month forecast models may learn from, if the theater's manifest set one. */
  public Optional<YearMonth> forecastFitFrom(String theater) {
    return store.setting(theater, TheaterSetting.FORECAST_FIT_FROM).map(YearMonth::parse);
  }

  /**
   * The theater's ledger of REAL decisions: what the parties actually decided, in the order
   * recorded.
   */
  public Ledger ledger(String theater) {
    return ledger(theater, DecisionKind.REAL);
  }

  /**
   * The theater's ledger of {@code kind} (planned and simulated decisions are kept apart from real
   * ones).
   */
  public Ledger ledger(String theater, DecisionKind kind) {
    List<LedgerEntry> entries = new ArrayList<>();
    RegionResolver names = resolver(theater);
    try (PreparedStatement ps =
        store
            .connection()
            .prepareStatement(
                "SELECT id, region, part, from_stage, to_stage, announced, effective, decided_by, agreed_by, source, note, "
                    + "basis_set, basis_version, basis_sha256, basis_as_of, supersedes FROM live_decisions "
                    + "WHERE theater = ? AND kind = ? ORDER BY place, seq")) {
      ps.setString(1, theater);
      ps.setString(2, kind.name());
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          String agreed = rs.getString(9);
          Optional<Basis> basis =
              rs.getString(12) == null
                  ? Optional.empty()
                  : Optional.of(
                      Basis.of(
                          rs.getString(12),
                          rs.getString(13),
                          rs.getString(14),
                          YearMonth.from(rs.getDate(15).toLocalDate())));
          entries.add(
              new LedgerEntry(
                  rs.getString(1),
                  kind,
                  region(names, rs.getString(2)),
                  Optional.ofNullable(rs.getString(3)),
                  Optional.ofNullable(rs.getString(4)),
                  rs.getString(5),
                  Optional.ofNullable(rs.getDate(6)).map(d -> d.toLocalDate()),
                  rs.getDate(7).toLocalDate(),
                  rs.getString(8),
                  agreed.isEmpty() ? List.of() : Arrays.asList(agreed.split("; ")),
                  rs.getString(10),
                  rs.getString(11),
                  basis,
                  Optional.ofNullable(rs.getString(16))));
        }
      }
    } catch (SQLException e) {
      throw new StoreException(
          "cannot read the decisions of theater " + theater + ": " + e.getMessage(), e);
    }
    return Ledger.of(kind, entries);
  }

  /**
   * An entry's region by its current name: a region renamed since the entry was recorded (a
   * manifest's renames) keeps its earlier name as an alias.
   */
  private static RegionId region(RegionResolver names, String recorded) {
    return names.regions().contains(RegionId.of(recorded))
        ? RegionId.of(recorded)
        : names.resolve(recorded).orElse(RegionId.of(recorded));
  }

  /**
   * Where each of the theater's decisions came from ('import N' or 'recorded with handover
   * decide'), by id.
   */
  public Map<String, String> decisionOrigins(String theater) {
    Map<String, String> origins = new LinkedHashMap<>();
    try (PreparedStatement ps =
        store
            .connection()
            .prepareStatement(
                "SELECT id, origin FROM live_decisions WHERE theater = ? ORDER BY place, seq")) {
      ps.setString(1, theater);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          origins.put(rs.getString(1), rs.getString(2));
        }
      }
    } catch (SQLException e) {
      throw new StoreException(
          "cannot read the decisions of theater " + theater + ": " + e.getMessage(), e);
    }
    return origins;
  }

  /** Every import record, committed or failed, in the order they were made. */
  public List<ImportRecord> imports() {
    List<ImportRecord> out = new ArrayList<>();
    try (PreparedStatement ps =
            store
                .connection()
                .prepareStatement(
                    "SELECT import_id, theater, kind, file_name, status, rows_read, rows_imported, rows_rejected, rows_unassigned, sha256 "
                        + "FROM imports ORDER BY import_id");
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        out.add(
            new ImportRecord(
                rs.getLong(1),
                rs.getString(2),
                rs.getString(3),
                rs.getString(4),
                rs.getString(5),
                rs.getLong(6),
                rs.getLong(7),
                rs.getLong(8),
                rs.getLong(9),
                rs.getString(10)));
      }
    } catch (SQLException e) {
      throw new StoreException("cannot read the import records: " + e.getMessage(), e);
    }
    return out;
  }

  /** The rows import {@code importId} rejected, by line and field. */
  public List<RejectedRow> rejections(long importId) {
    List<RejectedRow> out = new ArrayList<>();
    try (PreparedStatement ps =
        store
            .connection()
            .prepareStatement(
                "SELECT i.file_name, r.line, r.field, r.value, r.reason FROM rejections r JOIN imports i USING (import_id) "
                    + "WHERE import_id = ? ORDER BY r.line, r.field")) {
      ps.setLong(1, importId);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(
              new RejectedRow(
                  rs.getString(1),
                  rs.getLong(2),
                  rs.getString(3),
                  rs.getString(4),
                  rs.getString(5)));
        }
      }
    } catch (SQLException e) {
      throw new StoreException(
          "cannot read the rejections of import " + importId + ": " + e.getMessage(), e);
    }
    return out;
  }
}
