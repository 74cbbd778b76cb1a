package org.handover.engine.theater;

import java.util.Objects;

/** The canonical name of a region within its theater ("Basra", "Dhi Qar"). */
public record RegionId(String name) implements Comparable<RegionId> {
  public RegionId {
    Objects.requireNonNull(name, "name");
    if (name.isBlank()) {
      throw new IllegalArgumentException("region name is blank");
    }
  }

  public static RegionId of(String name) {
    return new RegionId(name.strip());
  }

  @Override
  public int compareTo(RegionId o) {
    return name.compareTo(o.name);
  }

  @Override
  public String toString() {
    return name;
  }
}
