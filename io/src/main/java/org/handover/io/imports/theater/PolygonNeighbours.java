package org.handover.io.imports.theater;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.handover.io.geo.GeoMeasure;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.index.strtree.STRtree;

/**
 * Finds which regions border each other from their polygons, with the length of the shared border.
 *
 * <p>Polygons from real boundary sets rarely share vertices exactly, so two regions count as
 * neighbours when their boundaries come within {@code toleranceDegrees} of each other along more
 * than {@code minSharedKm} (a shared edge, not a corner: "rook" contiguity). The shared border is
 * the length of each region's boundary lying within the tolerance of the other region, averaged
 * over the two directions so the result is symmetric, measured on the sphere.
 */
public final class PolygonNeighbours {
  /** A neighbour pair with {@code a < b} by name. */
  public record Pair(String a, String b, double sharedBorderKm) {}

  private PolygonNeighbours() {}

  /**
   * @param regions region name -> polygon in longitude/latitude degrees
   */
  public static List<Pair> compute(
      Map<String, Geometry> regions, double toleranceDegrees, double minSharedKm) {
    if (!(toleranceDegrees >= 0)) {
      throw new IllegalArgumentException("tolerance must be zero or more, not " + toleranceDegrees);
    }
    Map<String, Geometry> sorted = new TreeMap<>(regions);
    List<String> names = new ArrayList<>(sorted.keySet());
    STRtree index = new STRtree();
    for (String name : names) {
      Envelope e = new Envelope(sorted.get(name).getEnvelopeInternal());
      e.expandBy(toleranceDegrees);
      index.insert(e, name);
    }
    Map<String, Geometry> buffered = new TreeMap<>();
    List<Pair> pairs = new ArrayList<>();
    for (String a : names) {
      Geometry ga = sorted.get(a);
      Envelope search = new Envelope(ga.getEnvelopeInternal());
      search.expandBy(toleranceDegrees);
      @SuppressWarnings("unchecked")
      List<String> candidates = new ArrayList<>(index.query(search));
      candidates.sort(null);
      for (String b : candidates) {
        if (b.compareTo(a) <= 0) {
          continue;
        }
        Geometry gb = sorted.get(b);
        if (!ga.isWithinDistance(gb, toleranceDegrees)) {
          continue;
        }
        Geometry bufA = buffered.computeIfAbsent(a, k -> ga.buffer(toleranceDegrees));
        Geometry bufB = buffered.computeIfAbsent(b, k -> gb.buffer(toleranceDegrees));
        double ab = GeoMeasure.lengthKm(ga.getBoundary().intersection(bufB));
        double ba = GeoMeasure.lengthKm(gb.getBoundary().intersection(bufA));
        double km = (ab + ba) / 2;
        if (km > minSharedKm) {
          pairs.add(new Pair(a, b, km));
        }
      }
    }
    return pairs;
  }
}
