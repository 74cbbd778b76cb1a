package org.handover.engine.theater;

import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Maps the names sources use for regions ("Dhi Quar", "Arbil", "Al-Anbar") to a theater's canonical
 * region ids, through normalisation and explicit aliases; suggests the closest names when a name is
 * unknown so the user can add an alias.
 */
public final class RegionResolver {
  private final Map<String, RegionId> byNormalisedName;
  private final Set<RegionId> regions;

  private RegionResolver(Map<String, RegionId> byNormalisedName, Set<RegionId> regions) {
    this.byNormalisedName = Map.copyOf(byNormalisedName);
    this.regions = Set.copyOf(regions);
  }

  /**
   * @param regions canonical names
   * @param aliases alias -> canonical name; an alias that names an unknown region is an error
   */
  public static RegionResolver of(List<RegionId> regions, Map<String, RegionId> aliases) {
    Map<String, RegionId> map = new HashMap<>();
    for (RegionId r : regions) {
      map.put(RegionNames.normalise(r.name()), r);
    }
    for (Map.Entry<String, RegionId> a : aliases.entrySet()) {
      if (!regions.contains(a.getValue())) {
        throw new IllegalArgumentException(
            "alias '" + a.getKey() + "' points at unknown region '" + a.getValue() + "'");
      }
      RegionId previous = map.putIfAbsent(RegionNames.normalise(a.getKey()), a.getValue());
      if (previous != null && !previous.equals(a.getValue())) {
        throw new IllegalArgumentException(
            "alias '" + a.getKey() + "' is ambiguous: " + previous + " or " + a.getValue());
      }
    }
    return new RegionResolver(map, new LinkedHashSet<>(regions));
  }

  public Optional<RegionId> resolve(String name) {
    if (name == null || name.isBlank()) {
      return Optional.empty();
    }
    return Optional.ofNullable(byNormalisedName.get(RegionNames.normalise(name)));
  }

  /** Up to {@code n} known names (canonical or alias) closest to {@code name}, closest first. */
  public List<String> closest(String name, int n) {
    String key = RegionNames.normalise(name);
    record Scored(int distance, String key, RegionId region) {}
    // Each distance is computed once, not at every comparison of the sort (thousands of regions).
    return byNormalisedName.entrySet().stream()
        .map(e -> new Scored(EditDistance.between(key, e.getKey()), e.getKey(), e.getValue()))
        .sorted(Comparator.comparingInt(Scored::distance).thenComparing(Scored::key))
        .map(s -> s.region().name())
        .distinct()
        .limit(n)
        .toList();
  }

  public Set<RegionId> regions() {
    return regions;
  }
}
