package org.handover.io.imports.theater;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.handover.engine.theater.Adjacency;
import org.handover.engine.theater.GridCell;
import org.handover.engine.theater.RegularGrid;
import org.handover.io.geo.GeoMeasure;

/**
 * The neighbour pairs of a grid theater's cells by adjacency ({@link RegularGrid#neighbours}),
 * among the cells it keeps: no polygon is read. The shared border is the common edge on the sphere:
 * along a meridian for cells side by side, along a parallel for cells one above the other, 0 km for
 * cells that meet only at a corner (queen adjacency).
 */
final class GridNeighbours {
  private GridNeighbours() {}

  /**
   * @param regions the theater's region names, each a cell of {@code grid}
   * @return pairs with {@code a < b} by name
   * @throws IllegalArgumentException naming a region that is not a cell of the grid
   */
  static List<PolygonNeighbours.Pair> compute(
      RegularGrid grid, Collection<String> regions, Adjacency adjacency) {
    Set<Long> kept = new HashSet<>();
    List<GridCell> cells = new ArrayList<>();
    for (String name : regions) {
      Optional<GridCell> cell = grid.findByName(name);
      if (cell.isEmpty()) {
        throw new IllegalArgumentException(
            "region '" + name + "' is not a cell of the theater's " + grid);
      }
      kept.add(cell.get().id());
      cells.add(cell.get());
    }
    List<PolygonNeighbours.Pair> pairs = new ArrayList<>();
    for (GridCell a : cells) {
      for (GridCell b : grid.neighbours(a, adjacency)) {
        if (kept.contains(b.id()) && a.name().compareTo(b.name()) < 0) {
          pairs.add(new PolygonNeighbours.Pair(a.name(), b.name(), sharedKm(a, b)));
        }
      }
    }
    pairs.sort((x, y) -> x.a().equals(y.a()) ? x.b().compareTo(y.b()) : x.a().compareTo(y.a()));
    return pairs;
  }

  private static double sharedKm(GridCell a, GridCell b) {
    double r = GeoMeasure.EARTH_RADIUS_KM;
    if (a.row() == b.row()) {
      return r * Math.toRadians(a.north() - a.south());
    }
    if (a.col() == b.col()) {
      double latitude = a.row() < b.row() ? a.north() : a.south();
      return r * Math.cos(Math.toRadians(latitude)) * Math.toRadians(a.east() - a.west());
    }
    return 0;
  }
}
