package org.handover.engine.theater;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A country or mission area: its regions (in a stable order) and which of them border each other.
 */
public final class Theater {
  private final String name;
  private final List<Region> regions;
  private final Map<RegionId, Integer> index;
  private final List<Neighbour> neighbours;

  private Theater(String name, List<Region> regions, List<Neighbour> neighbours) {
    this.name = name;
    List<Region> sorted = new ArrayList<>(regions);
    sorted.sort((x, y) -> x.id().compareTo(y.id()));
    this.regions = List.copyOf(sorted);
    Map<RegionId, Integer> idx = new LinkedHashMap<>();
    for (int i = 0; i < this.regions.size(); i++) {
      if (idx.put(this.regions.get(i).id(), i) != null) {
        throw new IllegalArgumentException("region listed twice: " + this.regions.get(i).id());
      }
    }
    this.index = Collections.unmodifiableMap(idx);
    for (Neighbour n : neighbours) {
      if (!idx.containsKey(n.a()) || !idx.containsKey(n.b())) {
        throw new IllegalArgumentException("neighbour pair names an unknown region: " + n);
      }
    }
    this.neighbours = List.copyOf(neighbours);
  }

  public static Theater of(String name, List<Region> regions, List<Neighbour> neighbours) {
    return new Theater(name, regions, neighbours);
  }

  public String name() {
    return name;
  }

  /** Regions sorted by name; a region's position here is its row in every panel of this theater. */
  public List<Region> regions() {
    return regions;
  }

  public int size() {
    return regions.size();
  }

  public int indexOf(RegionId id) {
    Integer i = index.get(id);
    if (i == null) {
      throw new IllegalArgumentException("unknown region in theater " + name + ": " + id);
    }
    return i;
  }

  public Optional<Region> find(RegionId id) {
    Integer i = index.get(id);
    return i == null ? Optional.empty() : Optional.of(regions.get(i));
  }

  public List<Neighbour> neighbours() {
    return neighbours;
  }

  /** For each region (by index) the indices of its neighbours. */
  public int[][] adjacency() {
    List<List<Integer>> lists = new ArrayList<>();
    for (int i = 0; i < regions.size(); i++) {
      lists.add(new ArrayList<>());
    }
    for (Neighbour n : neighbours) {
      int a = indexOf(n.a());
      int b = indexOf(n.b());
      lists.get(a).add(b);
      lists.get(b).add(a);
    }
    int[][] adj = new int[regions.size()][];
    for (int i = 0; i < adj.length; i++) {
      adj[i] = lists.get(i).stream().sorted().distinct().mapToInt(Integer::intValue).toArray();
    }
    return adj;
  }
}
