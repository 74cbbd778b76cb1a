package org.handover.io.imports.events;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;
import org.handover.engine.theater.RegionId;
import org.handover.engine.theater.RegionResolver;
import org.handover.engine.theater.RegularGrid;
import org.handover.io.imports.events.mapping.EventMapping;
import org.handover.io.imports.events.mapping.EventMapping.RegionFrom;

/**
 * Assigns regions to the staged events without touching them one by one: the distinct region names
 * (a few thousand at most) are resolved in Java, through the theater's names and aliases or a place
 * gazetteer, into a small table {@value #NAMES}; the distinct coordinates of rows still without a
 * region are located in the regions' polygons into {@value #POINTS}. The insert then joins both.
 */
final class RegionAssigner {
  static final String NAMES = "ev_names";
  static final String POINTS = "ev_points";
  static final String SNAPS = "ev_snaps";

  /**
   * A distinct point in no region polygon, with the nearest region and its distance.
   *
   * @param region null (and km NaN) for a point beyond the tolerance: its nearest region is only
   *     looked for when its line is listed
   * @param rows the rows at this point that were still without a region
   */
  record Snap(double lat, double lon, RegionId region, double km, long rows) {
    boolean measured() {
      return region != null;
    }
  }

  /**
   * What snapping did: the points within the tolerance went to their nearest region, the others
   * stayed without a region.
   */
  record Snapping(double toleranceKm, List<Snap> snapped, List<Snap> beyond, PointLocator locator) {
    long snappedRows() {
      return snapped.stream().mapToLong(Snap::rows).sum();
    }

    long beyondRows() {
      return beyond.stream().mapToLong(Snap::rows).sum();
    }

    /** The largest distance of a snapped point, in km (0 when none was snapped). */
    double largestKm() {
      return snapped.stream().mapToDouble(Snap::km).max().orElse(0);
    }
  }

  /**
   * How the rows were assigned; unknown names map to their row counts. Also carries the accepted
   * rows' count and date range, read in the same pass.
   *
   * @param byPoint rows placed by the polygon their point lies in
   * @param snapping what snapping points outside every polygon did, or null when not asked for
   */
  record Assignment(
      long byName,
      long byPoint,
      long unassigned,
      Map<String, Long> unknownNames,
      long explicitlyNone,
      long noPlaceFound,
      boolean pointsAvailable,
      long accepted,
      LocalDate first,
      LocalDate last,
      Snapping snapping,
      GridPlacement.Placed grid) {}

  private RegionAssigner() {}

  static Assignment assign(
      Connection c, EventMapping m, TheaterRegions theater, Gazetteer gazetteer, Double snapKm)
      throws SQLException {
    RegionResolver resolver = theater.resolver();
    try (Statement s = c.createStatement()) {
      s.execute("CREATE TEMP TABLE " + NAMES + " (raw VARCHAR, region VARCHAR)");
      s.execute("CREATE TEMP TABLE " + POINTS + " (lat DOUBLE, lon DOUBLE, region VARCHAR)");
    }
    Optional<RegularGrid> grid = theater.grid();
    // A grid theater's events go to cells by their point alone, before the rows are counted: a
    // point outside the grid rejects its row. Region names in the file name no cell.
    GridPlacement.Placed placed =
        grid.isPresent() ? GridPlacement.place(c, grid.get(), theater.regions()) : null;
    long byName = 0;
    long explicitlyNone = 0;
    long noPlace = 0;
    Map<String, Long> unknown = new TreeMap<>();
    Map<String, RegionId> resolved = new LinkedHashMap<>();
    long total = 0;
    LocalDate first = null;
    LocalDate last = null;
    try (Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT region_raw, count(*), min(start_date), max(end_date) FROM "
                    + EventSql.TYPED
                    + " WHERE problem = 0 GROUP BY region_raw ORDER BY region_raw")) {
      while (rs.next()) {
        String raw = rs.getString(1);
        long n = rs.getLong(2);
        total += n;
        LocalDate from = rs.getObject(3, LocalDate.class);
        LocalDate to = rs.getObject(4, LocalDate.class);
        first = first == null || from.isBefore(first) ? from : first;
        last = last == null || to.isAfter(last) ? to : last;
        if (raw == null || raw.isBlank() || grid.isPresent()) {
          continue;
        }
        if (isNone(m, raw)) {
          explicitlyNone += n;
          continue;
        }
        Optional<RegionId> region =
            m.regionFrom() == RegionFrom.GAZETTEER
                ? gazetteer.locate(raw)
                : resolveName(resolver, m.regionSuffixes(), raw);
        if (region.isPresent()) {
          resolved.put(raw, region.get());
          byName += n;
        } else if (m.regionFrom() == RegionFrom.GAZETTEER) {
          noPlace += n;
        } else {
          unknown.put(raw, n);
        }
      }
    }
    try (DuckDBAppender a =
        c.unwrap(DuckDBConnection.class).createAppender("temp", "main", NAMES)) {
      for (Map.Entry<String, RegionId> e : resolved.entrySet()) {
        a.beginRow().append(e.getKey()).append(e.getValue().name()).endRow();
      }
    }
    long byPoint = placed == null ? 0 : placed.rows();
    PointLocator locator =
        m.latitude() == null || theater.geometries().isEmpty() ? null : theater.pointLocator();
    Snapping snapping = null;
    long snappedRows = 0;
    if (locator != null) {
      List<Snap> snapped = new ArrayList<>();
      List<Snap> beyond = new ArrayList<>();
      byPoint = locatePoints(c, locator, snapKm, snapped, beyond);
      if (snapKm != null) {
        snapping = new Snapping(snapKm, snapped, beyond, locator);
        snappedRows = snapping.snappedRows();
        byPoint -= snappedRows;
      }
    }
    if (m.regionFrom() == RegionFrom.GAZETTEER) {
      // with the rows whose location is empty
      noPlace = total - byName - byPoint - snappedRows;
    }
    return new Assignment(
        byName,
        byPoint,
        total - byName - byPoint - snappedRows,
        unknown,
        explicitlyNone,
        noPlace,
        locator != null || placed != null,
        total,
        first,
        last,
        snapping,
        placed);
  }

  /**
   * Locates the distinct points of the rows still without a region; with {@code snapKm}, a point in
   * no polygon goes to the nearest region within that distance (into {@code snapped}), else it is
   * noted (in {@code beyond}). Returns the rows placed, snapped included.
   */
  private static long locatePoints(
      Connection c, PointLocator locator, Double snapKm, List<Snap> snapped, List<Snap> beyond)
      throws SQLException {
    long located = 0;
    try (Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT t.latitude, t.longitude, count(*) FROM "
                    + EventSql.TYPED
                    + " t ANTI JOIN "
                    + NAMES
                    + " n ON t.region_raw = n.raw WHERE t.problem = 0 AND t.latitude IS NOT NULL"
                    + " GROUP BY t.latitude, t.longitude");
        DuckDBAppender a =
            c.unwrap(DuckDBConnection.class).createAppender("temp", "main", POINTS)) {
      while (rs.next()) {
        double lat = rs.getDouble(1);
        double lon = rs.getDouble(2);
        Optional<RegionId> region = locator.locate(lat, lon);
        if (region.isEmpty() && snapKm != null) {
          Optional<PointLocator.Nearest> near = locator.nearestWithin(lat, lon, snapKm);
          long rows = rs.getLong(3);
          Snap snap =
              near.map(n -> new Snap(lat, lon, n.region(), n.km(), rows))
                  .orElse(new Snap(lat, lon, null, Double.NaN, rows));
          if (snap.measured() && snap.km() <= snapKm) {
            snapped.add(snap);
            region = Optional.of(snap.region());
          } else {
            beyond.add(snap);
          }
        }
        if (region.isPresent()) {
          a.beginRow().append(lat).append(lon).append(region.get().name()).endRow();
          located += rs.getLong(3);
        }
      }
    }
    return located;
  }

  /**
   * The staging rows at the snapped points and at the points beyond the tolerance, the first {@code
   * perKind} of each by file order, with their point's snap: to name their lines.
   */
  static Map<Long, Snap> rowsOf(Connection c, Snapping snapping, int perKind) throws SQLException {
    Map<String, Snap> byPoint = new LinkedHashMap<>();
    try (Statement s = c.createStatement()) {
      s.execute("CREATE TEMP TABLE " + SNAPS + " (lat DOUBLE, lon DOUBLE, snapped BOOLEAN)");
    }
    try (DuckDBAppender a =
        c.unwrap(DuckDBConnection.class).createAppender("temp", "main", SNAPS)) {
      for (List<Snap> list : List.of(snapping.snapped(), snapping.beyond())) {
        for (Snap p : list) {
          a.beginRow().append(p.lat()).append(p.lon()).append(list == snapping.snapped()).endRow();
          byPoint.put(p.lat() + "," + p.lon(), p);
        }
      }
    }
    Map<Long, Snap> rows = new TreeMap<>();
    try (Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT t.rowid, t.latitude, t.longitude FROM "
                    + EventSql.TYPED
                    + " t JOIN "
                    + SNAPS
                    + " p ON t.latitude = p.lat AND t.longitude = p.lon ANTI JOIN "
                    + NAMES
                    + " n ON t.region_raw = n.raw WHERE t.problem = 0"
                    + " QUALIFY row_number() OVER (PARTITION BY p.snapped ORDER BY t.rowid) <= "
                    + perKind)) {
      while (rs.next()) {
        Snap p = byPoint.get(rs.getDouble(2) + "," + rs.getDouble(3));
        rows.put(
            rs.getLong(1),
            p.measured()
                ? p
                : snapping
                    .locator()
                    .nearest(p.lat(), p.lon())
                    .map(n -> new Snap(p.lat(), p.lon(), n.region(), n.km(), p.rows()))
                    .orElse(p));
      }
    }
    return rows;
  }

  static boolean isNone(EventMapping m, String raw) {
    return m.noRegionValues().stream().anyMatch(v -> v.equalsIgnoreCase(raw.strip()));
  }

  /** {@code raw} without the first of {@code suffixes} it ends with (case-insensitive). */
  static String withoutSuffix(List<String> suffixes, String raw) {
    String lower = raw.strip().toLowerCase(Locale.ROOT);
    for (String suffix : suffixes) {
      String sfx = suffix.toLowerCase(Locale.ROOT);
      if (lower.endsWith(sfx) && lower.length() > sfx.length()) {
        return raw.strip().substring(0, lower.length() - sfx.length());
      }
    }
    return raw.strip();
  }

  /**
   * The region a name denotes: as written, else with an administrative suffix (" governorate")
   * removed.
   */
  static Optional<RegionId> resolveName(
      RegionResolver resolver, List<String> suffixes, String raw) {
    Optional<RegionId> direct = resolver.resolve(raw);
    if (direct.isPresent()) {
      return direct;
    }
    String lower = raw.strip().toLowerCase(Locale.ROOT);
    for (String suffix : suffixes) {
      String sfx = suffix.toLowerCase(Locale.ROOT);
      if (lower.endsWith(sfx) && lower.length() > sfx.length()) {
        Optional<RegionId> stripped =
            resolver.resolve(raw.strip().substring(0, lower.length() - sfx.length()));
        if (stripped.isPresent()) {
          return stripped;
        }
      }
    }
    return Optional.empty();
  }
}
