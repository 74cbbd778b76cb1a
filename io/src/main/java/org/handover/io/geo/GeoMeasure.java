package org.handover.io.geo;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryCollection;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;

/**
 * Lengths and areas on the sphere for geometries in longitude/latitude degrees (GeoJSON is WGS84,
 * RFC 7946). A spherical Earth (mean radius 6,371.0088 km) is within about 0.5% of the ellipsoid,
 * plenty for shared-border weights and per-km² rates.
 */
public final class GeoMeasure {
  /** IUGG mean Earth radius, km. */
  public static final double EARTH_RADIUS_KM = 6371.0088;

  private GeoMeasure() {}

  /** Great-circle length in km of every line (or polygon ring) in {@code g}; 0 for points. */
  public static double lengthKm(Geometry g) {
    if (g instanceof LineString line) {
      return lineKm(line.getCoordinates());
    }
    if (g instanceof Polygon p) {
      double km = lineKm(p.getExteriorRing().getCoordinates());
      for (int h = 0; h < p.getNumInteriorRing(); h++) {
        km += lineKm(p.getInteriorRingN(h).getCoordinates());
      }
      return km;
    }
    double km = 0;
    if (g instanceof GeometryCollection c) {
      for (int i = 0; i < c.getNumGeometries(); i++) {
        km += lengthKm(c.getGeometryN(i));
      }
    }
    return km;
  }

  /** Area in km² of the polygons in {@code g} (holes subtracted); 0 for lines and points. */
  public static double areaKm2(Geometry g) {
    if (g instanceof Polygon p) {
      double km2 = Math.abs(ringArea(p.getExteriorRing()));
      for (int h = 0; h < p.getNumInteriorRing(); h++) {
        km2 -= Math.abs(ringArea(p.getInteriorRingN(h)));
      }
      return km2;
    }
    double km2 = 0;
    if (g instanceof GeometryCollection c) {
      for (int i = 0; i < c.getNumGeometries(); i++) {
        km2 += areaKm2(c.getGeometryN(i));
      }
    }
    return km2;
  }

  /** Haversine distance in km between two lon/lat points. */
  public static double distanceKm(Coordinate a, Coordinate b) {
    double lat1 = Math.toRadians(a.y);
    double lat2 = Math.toRadians(b.y);
    double dLat = lat2 - lat1;
    double dLon = Math.toRadians(b.x - a.x);
    double h =
        Math.sin(dLat / 2) * Math.sin(dLat / 2)
            + Math.cos(lat1) * Math.cos(lat2) * Math.sin(dLon / 2) * Math.sin(dLon / 2);
    return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
  }

  private static double lineKm(Coordinate[] cs) {
    double km = 0;
    for (int i = 1; i < cs.length; i++) {
      km += distanceKm(cs[i - 1], cs[i]);
    }
    return km;
  }

  /**
   * Signed area of a ring on the sphere (Chamberlain and Duquette, "Some algorithms for polygons on
   * a sphere", JPL 2007): R²/2 · Σ (λ₂ − λ₁)(2 + sin φ₁ + sin φ₂).
   */
  private static double ringArea(LinearRing ring) {
    Coordinate[] cs = ring.getCoordinates();
    double sum = 0;
    for (int i = 1; i < cs.length; i++) {
      Coordinate p1 = cs[i - 1];
      Coordinate p2 = cs[i];
      sum +=
          Math.toRadians(p2.x - p1.x)
              * (2 + Math.sin(Math.toRadians(p1.y)) + Math.sin(Math.toRadians(p2.y)));
    }
    return sum * EARTH_RADIUS_KM * EARTH_RADIUS_KM / 2;
  }
}
