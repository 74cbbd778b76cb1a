package org.handover.io.imports.events;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.handover.engine.theater.RegionId;
import org.handover.io.regions.RegionResolver;

/** A theater's regions as the event importers need them: names, aliases and geometries, read from the store. */
record TheaterRegions(List<RegionId> regions, Map<String, RegionId> aliases, Map<RegionId, String> geometries) {

  static TheaterRegions load(Connection c, String theater) throws SQLException {
    List<RegionId> regions = new ArrayList<>();
    Map<RegionId, String> geometries = new LinkedHashMap<>();
    try (PreparedStatement ps = c.prepareStatement(
        "SELECT region, geometry FROM regions WHERE theater = ? ORDER BY region")) {
      ps.setString(1, theater);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          RegionId r = RegionId.of(rs.getString(1));
          regions.add(r);
          if (rs.getString(2) != null && !rs.getString(2).isBlank()) {
            geometries.put(r, rs.getString(2));
          }
        }
      }
    }
    Map<String, RegionId> aliases = new HashMap<>();
    try (PreparedStatement ps = c.prepareStatement("SELECT alias, region FROM region_aliases WHERE theater = ?")) {
      ps.setString(1, theater);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          aliases.put(rs.getString(1), RegionId.of(rs.getString(2)));
        }
      }
    }
    return new TheaterRegions(List.copyOf(regions), Map.copyOf(aliases), geometries);
  }

  RegionResolver resolver() {
    return RegionResolver.of(regions, aliases);
  }

  /** Canonical names and aliases, each with its region. */
  Map<String, RegionId> knownNames() {
    Map<String, RegionId> names = new HashMap<>(aliases);
    regions.forEach(r -> names.put(r.name(), r));
    return names;
  }

  PointLocator pointLocator() {
    return PointLocator.of(geometries);
  }
}
