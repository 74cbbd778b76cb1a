package org.handover.io.imports.theater;

import java.util.List;
import org.handover.engine.theater.RegionResolver;
import org.handover.io.imports.ImportException;
import org.handover.io.store.Store;
import org.handover.io.store.TheaterReader;

/** The theater's regions an import resolves names against: they must have been imported first. */
final class KnownRegions {
  private KnownRegions() {}

  /**
   * Fails with a clear message when the theater has no regions yet (population, neighbours, aliases
   * need them).
   */
  static RegionResolver require(Store store, String theater, String what) {
    if (store.count("SELECT count(*) FROM regions WHERE theater = ?", theater) == 0) {
      throw new ImportException(
          "theater '" + theater + "' has no regions: import regions (GeoJSON) before " + what,
          List.of());
    }
    return new TheaterReader(store).resolver(theater);
  }
}
