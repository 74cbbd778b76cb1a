package org.handover.engine.theater;

import java.util.Objects;

/** Two regions sharing a border, with its length in km (NaN when unknown). */
public record Neighbour(RegionId a, RegionId b, double sharedBorderKm) {
  public Neighbour {
    Objects.requireNonNull(a, "a");
    Objects.requireNonNull(b, "b");
    if (a.equals(b)) {
      throw new IllegalArgumentException("a region cannot neighbour itself: " + a);
    }
  }

  public boolean touches(RegionId region) {
    return a.equals(region) || b.equals(region);
  }

  public RegionId other(RegionId region) {
    return a.equals(region) ? b : a;
  }
}
