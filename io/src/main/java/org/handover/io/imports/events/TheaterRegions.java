package org.handover.io.imports.events;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.handover.engine.theater.RegionId;
import org.handover.engine.theater.RegionResolver;
import org.handover.engine.theater.RegularGrid;
import org.handover.io.store.TheaterReader;

/**
 * A theater's regions as the event importers need them: names, aliases and geometries, read once
 * per import; for a grid theater the grid instead of the geometries (points go to cells by
 * arithmetic).
 */
record TheaterRegions(
    List<RegionId> regions,
    Map<String, RegionId> aliases,
    Map<RegionId, String> geometries,
    Optional<RegularGrid> grid) {

  static TheaterRegions load(TheaterReader reader, String theater) {
    Optional<RegularGrid> grid = reader.grid(theater);
    return new TheaterRegions(
        reader.regionIds(theater),
        reader.aliases(theater),
        grid.isPresent() ? Map.of() : reader.geometries(theater),
        grid);
  }

  RegionResolver resolver() {
    return RegionResolver.of(regions, aliases);
  }

  /** Canonical names and aliases, each with its region. */
  Map<String, RegionId> knownNames() {
    Map<String, RegionId> names = new LinkedHashMap<>(aliases);
    regions.forEach(r -> names.put(r.name(), r));
    return names;
  }

  PointLocator pointLocator() {
    return PointLocator.of(geometries);
  }
}
