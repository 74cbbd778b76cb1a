package org.handover.engine.theater;

import java.util.Objects;
import java.util.Optional;

/**
 * A region of a theater: a governorate, province or district.
 *
 * @param parent the enclosing region in a hierarchy, if any
 * @param population residents, if known (NaN when not)
 * @param code an external code such as ISO 3166-2 or a P-code, if known
 */
public record Region(
    RegionId id, Optional<RegionId> parent, double population, Optional<String> code) {
  public Region {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(parent, "parent");
    Objects.requireNonNull(code, "code");
  }

  public static Region named(String name) {
    return new Region(RegionId.of(name), Optional.empty(), Double.NaN, Optional.empty());
  }

  public Region withPopulation(double residents) {
    return new Region(id, parent, residents, code);
  }

  public String name() {
    return id.name();
  }
}
