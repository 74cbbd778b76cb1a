package org.handover.io.imports.events;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.handover.engine.theater.RegionId;
import org.handover.engine.theater.RegionResolver;
import org.handover.io.store.TheaterReader;

/**
 * A theater's regions as the event importers need them: names, aliases and geometries, read once
 * per import.
 */
record TheaterRegions(
    List<RegionId> regions, Map<String, RegionId> aliases, Map<RegionId, String> geometries) {

  static TheaterRegions load(TheaterReader reader, String theater) {
    return new TheaterRegions(
        reader.regionIds(theater), reader.aliases(theater), reader.geometries(theater));
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
