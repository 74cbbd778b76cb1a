package org.handover.app.report.page;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.handover.engine.theater.Region;
import org.handover.engine.theater.RegionId;
import org.handover.engine.theater.Theater;
import org.locationtech.jts.algorithm.Orientation;
import org.locationtech.jts.algorithm.construct.MaximumInscribedCircle;
import org.locationtech.jts.coverage.CoverageSimplifier;
import org.locationtech.jts.coverage.CoverageValidator;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.geojson.GeoJsonReader;
import org.locationtech.jts.simplify.TopologyPreservingSimplifier;

/**
 * The boundary of every region, ready to inline in a map: matched to the theater by the feature
 * property {@code name}, simplified to what a page-sized map can show (as a coverage, so shared
 * borders stay shared), rounded, and wound clockwise as Vega's spherical geometry (d3-geo) requires
 * (a counter-clockwise ring would fill the whole globe but the region).
 */
public final class RegionShapes {
  /**
   * Simplification tolerance as a share of the theater's larger extent: well under a pixel of a 600
   * px map.
   */
  static final double TOLERANCE_SHARE = 1.0 / 1500;

  private final List<ObjectNode> geometries;
  private final List<double[]> labelPoints;
  private final List<String> leftOut;
  private final String method;

  private RegionShapes(
      List<ObjectNode> geometries,
      List<double[]> labelPoints,
      List<String> leftOut,
      String method) {
    this.geometries = List.copyOf(geometries);
    this.labelPoints = List.copyOf(labelPoints);
    this.leftOut = List.copyOf(leftOut);
    this.method = method;
  }

  /** Reads {@code geoJson}; fails naming any region of the theater without a feature. */
  public static RegionShapes of(String geoJson, Theater theater) {
    Map<String, Geometry> byName = read(geoJson);
    List<String> missing =
        theater.regions().stream().map(Region::name).filter(n -> !byName.containsKey(n)).toList();
    if (!missing.isEmpty()) {
      throw new IllegalArgumentException(
          "the region boundaries (GeoJSON) have no feature with property name = "
              + missing
              + "; names present: "
              + new TreeSet<>(byName.keySet()));
    }
    Geometry[] coverage =
        theater.regions().stream().map(r -> byName.get(r.name())).toArray(Geometry[]::new);
    Envelope extent = new Envelope();
    for (Geometry g : coverage) {
      extent.expandToInclude(g.getEnvelopeInternal());
    }
    double tolerance = Math.max(extent.getWidth(), extent.getHeight()) * TOLERANCE_SHARE;
    Geometry[] simple;
    String how;
    if (CoverageValidator.isValid(coverage)) {
      simple = CoverageSimplifier.simplify(coverage, tolerance);
      how = "as a coverage (JTS CoverageSimplifier, shared borders kept shared)";
    } else {
      simple = new Geometry[coverage.length];
      for (int i = 0; i < coverage.length; i++) {
        simple[i] = TopologyPreservingSimplifier.simplify(coverage[i], tolerance);
      }
      how =
          "region by region (JTS TopologyPreservingSimplifier; the boundaries are not a clean coverage)";
    }
    int decimals = Math.max(0, (int) Math.ceil(-Math.log10(tolerance / 4)));
    List<ObjectNode> out = new ArrayList<>();
    List<double[]> labels = new ArrayList<>();
    for (int i = 0; i < simple.length; i++) {
      Geometry g = simple[i].isEmpty() ? coverage[i] : simple[i];
      out.add(geometry(g, decimals));
      labels.add(labelPoint(coverage[i], tolerance, decimals));
    }
    List<String> extra =
        byName.keySet().stream()
            .filter(n -> theater.find(RegionId.of(n)).isEmpty())
            .sorted()
            .toList();
    String method =
        "Boundaries simplified "
            + how
            + " with a tolerance of "
            + Format.number(tolerance)
            + " coordinate units and rounded to "
            + decimals
            + " decimals."
            + (extra.isEmpty()
                ? ""
                : " Features outside the theater left off the map: "
                    + String.join(", ", extra)
                    + ".");
    return new RegionShapes(out, labels, extra, method);
  }

  /** The GeoJSON geometry of the region at {@code index} in theater order. */
  public ObjectNode geometry(int index) {
    return geometries.get(index);
  }

  /**
   * Where the region's name goes on the map: the centre of its largest inscribed circle (lon, lat).
   */
  public double[] labelPoint(int index) {
    return labelPoints.get(index).clone();
  }

  public int size() {
    return geometries.size();
  }

  /** Feature names in the boundaries file that are not regions of the theater. */
  public List<String> leftOut() {
    return leftOut;
  }

  /** One sentence for the method notes. */
  public String method() {
    return method;
  }

  private static Map<String, Geometry> read(String geoJson) {
    JsonNode root;
    try {
      root = VegaJson.MAPPER.readTree(geoJson);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(
          "the region boundaries are not valid JSON: " + e.getOriginalMessage(), e);
    }
    if (root == null
        || !"FeatureCollection".equals(root.path("type").asText())
        || !root.path("features").isArray()) {
      throw new IllegalArgumentException(
          "the region boundaries must be a GeoJSON FeatureCollection");
    }
    GeoJsonReader reader = new GeoJsonReader();
    Map<String, Geometry> byName = new LinkedHashMap<>();
    int i = 0;
    for (JsonNode f : root.path("features")) {
      JsonNode name = f.path("properties").path("name");
      if (!name.isTextual() || name.asText().isBlank()) {
        throw new IllegalArgumentException(
            "GeoJSON feature #" + i + " has no text property 'name'");
      }
      String n = name.asText().strip();
      Geometry g;
      try {
        g = reader.read(f.path("geometry").toString());
      } catch (ParseException | RuntimeException e) {
        throw new IllegalArgumentException(
            "GeoJSON feature '" + n + "' (#" + i + "): bad geometry: " + e.getMessage(), e);
      }
      if (!(g instanceof Polygon || g instanceof MultiPolygon)) {
        throw new IllegalArgumentException(
            "GeoJSON feature '"
                + n
                + "' (#"
                + i
                + ") is a "
                + g.getGeometryType()
                + ", not a Polygon or MultiPolygon");
      }
      if (byName.put(n, g) != null) {
        throw new IllegalArgumentException("GeoJSON feature name '" + n + "' appears twice");
      }
      i++;
    }
    return byName;
  }

  private static double[] labelPoint(Geometry g, double tolerance, int decimals) {
    Geometry largest = g.getGeometryN(0);
    for (int k = 1; k < g.getNumGeometries(); k++) {
      if (g.getGeometryN(k).getArea() > largest.getArea()) {
        largest = g.getGeometryN(k);
      }
    }
    Coordinate c = MaximumInscribedCircle.getCenter(largest, tolerance).getCoordinate();
    return new double[] {round(c.x, decimals), round(c.y, decimals)};
  }

  private static ObjectNode geometry(Geometry g, int decimals) {
    ObjectNode out = VegaJson.object();
    if (g instanceof Polygon p) {
      out.put("type", "Polygon");
      out.set("coordinates", polygon(p, decimals));
    } else {
      out.put("type", "MultiPolygon");
      ArrayNode polys = VegaJson.array();
      for (int k = 0; k < g.getNumGeometries(); k++) {
        Geometry part = g.getGeometryN(k);
        if (part instanceof Polygon p && !p.isEmpty()) {
          polys.add(polygon(p, decimals));
        }
      }
      out.set("coordinates", polys);
    }
    return out;
  }

  private static ArrayNode polygon(Polygon p, int decimals) {
    ArrayNode rings = VegaJson.array();
    rings.add(ring(p.getExteriorRing(), true, decimals));
    for (int h = 0; h < p.getNumInteriorRing(); h++) {
      rings.add(ring(p.getInteriorRingN(h), false, decimals));
    }
    return rings;
  }

  /** d3-geo wants exteriors clockwise and holes counter-clockwise (the reverse of RFC 7946). */
  private static ArrayNode ring(LinearRing ring, boolean exterior, int decimals) {
    Coordinate[] c = ring.getCoordinates();
    boolean ccw = Orientation.isCCW(c);
    boolean reverse = exterior == ccw;
    ArrayNode out = VegaJson.array();
    double[] last = null;
    for (int k = 0; k < c.length; k++) {
      Coordinate p = c[reverse ? c.length - 1 - k : k];
      double[] xy = {round(p.x, decimals), round(p.y, decimals)};
      if (last != null && last[0] == xy[0] && last[1] == xy[1]) {
        continue;
      }
      ArrayNode pt = VegaJson.array();
      pt.add(xy[0]);
      pt.add(xy[1]);
      out.add(pt);
      last = xy;
    }
    return out;
  }

  private static double round(double v, int decimals) {
    return BigDecimal.valueOf(v).setScale(decimals, RoundingMode.HALF_EVEN).doubleValue();
  }
}
