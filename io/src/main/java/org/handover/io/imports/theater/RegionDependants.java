package org.handover.io.imports.theater;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.handover.engine.theater.RegionNames;
import org.handover.io.imports.ImportException;

/**
 * The rows that still name regions a regions import would remove. Removing them would leave those
 * rows pointing at no region (events drop out of every regional series without a word), so the
 * import fails as a whole and says which regions, how many rows of each kind, and how to proceed.
 */
final class RegionDependants {
  /** Kind of dependant -> the query counting its rows by region name (theater is parameter 1). */
  private static final Map<String, String> COUNTS = new TreeMap<>();

  static {
    COUNTS.put("events", "SELECT region, count(*) FROM events WHERE theater = ? GROUP BY region");
    COUNTS.put(
        "measurements",
        "SELECT region, count(*) FROM measurements WHERE theater = ? GROUP BY region");
    COUNTS.put(
        "population",
        "SELECT region, count(*) FROM regions WHERE theater = ? AND population IS NOT NULL"
            + " GROUP BY region");
    COUNTS.put(
        "neighbour pairs",
        "WITH n AS (SELECT region_a, region_b FROM neighbours WHERE theater = ?)"
            + " SELECT r, count(*) FROM (SELECT region_a AS r FROM n"
            + " UNION ALL SELECT region_b FROM n WHERE region_b <> region_a) GROUP BY r");
    COUNTS.put(
        "decisions",
        "SELECT region, count(*) FROM live_decisions WHERE theater = ? GROUP BY region");
  }

  private RegionDependants() {}

  /**
   * Fails when rows of {@code theater} name a region that is not among {@code kept}, the regions of
   * the new file: one the store has now and the file lacks, or one a manifest's rebuild cleared
   * with its earlier regions import while rows from outside the manifest still name it. A decision
   * is read by its region's current name or an alias of it, so one whose name {@code names}
   * (normalised name or alias -> region of the new file) resolves does not count.
   *
   * @throws ImportException naming the regions, the rows of each kind and how to proceed
   */
  static void requireNone(
      Connection c, String fileName, String theater, Set<String> kept, Map<String, String> names)
      throws SQLException {
    Map<String, Map<String, Long>> byRegion = new TreeMap<>();
    for (Map.Entry<String, String> q : COUNTS.entrySet()) {
      try (PreparedStatement ps = c.prepareStatement(q.getValue())) {
        ps.setString(1, theater);
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            String region = rs.getString(1);
            if (region == null || kept.contains(region)) {
              continue;
            }
            if (q.getKey().equals("decisions")
                && names.containsKey(RegionNames.normalise(region))) {
              continue;
            }
            byRegion.computeIfAbsent(region, r -> new TreeMap<>()).put(q.getKey(), rs.getLong(2));
          }
        }
      }
    }
    if (byRegion.isEmpty()) {
      return;
    }
    List<String> listed = new ArrayList<>();
    byRegion.forEach(
        (region, counts) ->
            listed.add(
                region
                    + " ("
                    + counts.entrySet().stream()
                        .map(
                            e ->
                                e.getKey() + ": " + String.format(Locale.ROOT, "%,d", e.getValue()))
                        .collect(Collectors.joining(", "))
                    + ")"));
    throw new ImportException(
        fileName
            + ": the file lacks "
            + byRegion.size()
            + " region(s) of theater '"
            + theater
            + "' that data still refer to: "
            + String.join("; ", listed)
            + ". Nothing was imported. If the file names such a region differently, keep the"
            + " region's name with the renames option (PUBLISHED=NAME; in a manifest, renames:"
            + " under the regions import); if the region is really gone, first re-import the data"
            + " that refer to it against the new regions (in a manifest, put them after the"
            + " regions import and load it again).",
        List.of());
  }
}
