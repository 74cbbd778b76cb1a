package org.handover.io.imports.theater;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.handover.io.geo.GeoMeasure;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.index.strtree.STRtree;
import org.locationtech.jts.operation.relateng.RelateNG;
import org.locationtech.jts.operation.relateng.RelatePredicate;
import org.locationtech.jts.operation.relateng.TopologyPredicate;

/**
 * Finds regions whose polygons overlap. Regions are meant to partition their theater: an event at a
 * point in two regions is assigned to one of them by the order of the file, and areas and per-km²
 * rates count the shared ground twice. Real boundary sets seldom match exactly along a shared
 * border, so an overlap counts only above {@link #MIN_SHARE} of the smaller region's area.
 *
 * <p>Pairs are found with an STR-tree of the polygons' envelopes, then JTS's RelateNG (prepared
 * once per region) tells whether their interiors meet; only such pairs cost an overlay to measure
 * the shared area. Regions that only border each other (the built-in governorates) never do.
 */
public final class RegionOverlaps {
  /** The share of the smaller region's area an intersection must exceed: 0.1%. */
  public static final double MIN_SHARE = 0.001;

  /** Two regions ({@code a < b} by name) sharing {@code km2}, {@code share} of the smaller. */
  public record Overlap(String a, String b, double km2, double share) {
    /** "Anbar and Karbala overlap by 12.3 km² (1.5% of Karbala)". */
    public String describe(String smaller) {
      return a
          + " and "
          + b
          + " overlap by "
          + String.format(Locale.ROOT, "%.1f", km2)
          + " km² ("
          + String.format(Locale.ROOT, "%.1f", share * 100)
          + "% of "
          + smaller
          + ")";
    }
  }

  private RegionOverlaps() {}

  /**
   * The overlapping pairs, ordered by name.
   *
   * @param regions region name -> polygon in longitude/latitude degrees (valid, as imported)
   */
  public static List<Overlap> find(Map<String, Geometry> regions) {
    Map<String, Geometry> sorted = new TreeMap<>(regions);
    STRtree index = new STRtree();
    sorted.forEach((name, g) -> index.insert(g.getEnvelopeInternal(), name));
    Map<String, Double> area = new HashMap<>();
    List<Overlap> out = new ArrayList<>();
    for (Map.Entry<String, Geometry> ea : sorted.entrySet()) {
      String a = ea.getKey();
      Geometry ga = ea.getValue();
      RelateNG prepared = null;
      @SuppressWarnings("unchecked")
      List<String> candidates = new ArrayList<>(index.query(ga.getEnvelopeInternal()));
      candidates.sort(null);
      for (String b : candidates) {
        if (b.compareTo(a) <= 0) {
          continue;
        }
        Geometry gb = sorted.get(b);
        Envelope common = ga.getEnvelopeInternal().intersection(gb.getEnvelopeInternal());
        if (common.isNull() || common.getArea() == 0) {
          continue;
        }
        if (prepared == null) {
          prepared = RelateNG.prepare(ga);
        }
        // bordering regions meet along a line; only interiors in common are an overlap
        if (!prepared.evaluate(gb, interiorsIntersect())) {
          continue;
        }
        double smaller =
            Math.min(
                area.computeIfAbsent(a, k -> GeoMeasure.areaKm2(ga)),
                area.computeIfAbsent(b, k -> GeoMeasure.areaKm2(gb)));
        double km2 = GeoMeasure.areaKm2(ga.intersection(gb));
        if (smaller > 0 && km2 > MIN_SHARE * smaller) {
          out.add(new Overlap(a, b, km2, km2 / smaller));
        }
      }
    }
    return out;
  }

  /**
   * DE-9IM: the interiors have a point in common. A new predicate each time: a predicate keeps the
   * matrix it has evaluated, so a shared one would answer the next pair from the last.
   */
  private static TopologyPredicate interiorsIntersect() {
    return RelatePredicate.matches("T********");
  }

  /** The note an import makes for {@code overlaps}, or none. */
  static List<String> notes(List<Overlap> overlaps, Map<String, Geometry> regions) {
    List<String> notes = new ArrayList<>();
    for (Overlap o : overlaps) {
      String smaller =
          GeoMeasure.areaKm2(regions.get(o.a())) <= GeoMeasure.areaKm2(regions.get(o.b()))
              ? o.a()
              : o.b();
      notes.add(
          "warning: regions overlap: "
              + o.describe(smaller)
              + "; a point in both is assigned to one of them, and areas count the shared ground"
              + " twice");
    }
    return notes;
  }
}
