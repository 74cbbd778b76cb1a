package org.handover.io.imports.theater;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.handover.engine.theater.Neighbour;
import org.handover.engine.theater.Region;
import org.handover.engine.theater.RegionId;
import org.handover.engine.theater.Theater;
import org.handover.io.regions.RegionResolver;
import org.handover.io.store.Store;
import org.handover.io.store.StoreException;

/** Reads a theater (regions with population and code, neighbour pairs) and its name resolver from the store. */
public final class TheaterLoader {
  private TheaterLoader() {}

  /** @throws StoreException when the store has no regions for {@code theater} (naming the theaters it has) */
  public static Theater load(Store store, String theater) {
    List<Region> regions = new ArrayList<>();
    List<Neighbour> neighbours = new ArrayList<>();
    try {
      try (PreparedStatement ps = store.connection().prepareStatement(
          "SELECT region, parent, code, population FROM regions WHERE theater = ? ORDER BY region")) {
        ps.setString(1, theater);
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            double population = rs.getDouble(4);
            if (rs.wasNull()) {
              population = Double.NaN;
            }
            String parent = rs.getString(2);
            regions.add(new Region(RegionId.of(rs.getString(1)),
                parent == null ? Optional.empty() : Optional.of(RegionId.of(parent)), population,
                Optional.ofNullable(rs.getString(3))));
          }
        }
      }
      try (PreparedStatement ps = store.connection().prepareStatement(
          "SELECT region_a, region_b, shared_border_km FROM neighbours WHERE theater = ? ORDER BY region_a, region_b")) {
        ps.setString(1, theater);
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            double km = rs.getDouble(3);
            neighbours.add(new Neighbour(RegionId.of(rs.getString(1)), RegionId.of(rs.getString(2)),
                rs.wasNull() ? Double.NaN : km));
          }
        }
      }
    } catch (SQLException e) {
      throw new StoreException("cannot read theater " + theater + ": " + e.getMessage(), e);
    }
    if (regions.isEmpty()) {
      List<String> known = store.theaters();
      throw new StoreException("no regions for theater '" + theater + "' in the store"
          + (known.isEmpty() ? ": import regions first" : " (theaters: " + String.join(", ", known) + ")"));
    }
    return Theater.of(theater, regions, neighbours);
  }

  /** Resolves names to the theater's regions through normalisation and the stored aliases. */
  public static RegionResolver resolver(Store store, String theater) {
    List<RegionId> regions = store.strings("SELECT region FROM regions WHERE theater = ? ORDER BY region", theater)
        .stream().map(RegionId::of).toList();
    Map<String, RegionId> aliases = new LinkedHashMap<>();
    try (PreparedStatement ps = store.connection().prepareStatement(
        "SELECT alias, region FROM region_aliases WHERE theater = ? ORDER BY alias")) {
      ps.setString(1, theater);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          aliases.put(rs.getString(1), RegionId.of(rs.getString(2)));
        }
      }
    } catch (SQLException e) {
      throw new StoreException("cannot read aliases of theater " + theater + ": " + e.getMessage(), e);
    }
    return RegionResolver.of(regions, aliases);
  }

  /** Fails with a clear message when the theater has no regions yet (population, neighbours, aliases need them). */
  static RegionResolver requireRegions(Store store, String theater, String what) {
    if (store.count("SELECT count(*) FROM regions WHERE theater = ?", theater) == 0) {
      throw new org.handover.io.imports.ImportException("theater '" + theater + "' has no regions: import regions (GeoJSON) before "
          + what, List.of());
    }
    return resolver(store, theater);
  }
}
