package org.handover.io.imports.events;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.handover.engine.theater.RegionId;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.CoordinateSequenceFilter;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.index.strtree.STRtree;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.geojson.GeoJsonReader;
import org.locationtech.jts.operation.distance.DistanceOp;
import org.locationtech.jts.operation.distance.IndexedFacetDistance;

/**
 * Finds the region a point (latitude, longitude) lies in, from the regions' GeoJSON geometries: an
 * STR-tree over the bounding boxes, then an exact test on prepared geometries. A point on a shared
 * border, or in overlapping polygons, goes to the first region by name, so the result is
 * reproducible.
 *
 * <p>For a point in no polygon, {@link #nearest} finds the nearest region and its distance in km:
 * the candidate polygons are projected onto a plane tangent at the point (equirectangular, x scaled
 * by the cosine of the point's latitude), JTS finds the nearest point of each there, and the
 * distance to that point is the great-circle distance ({@link SnapDistance#km}). Within {@value
 * SnapDistance#MAX_KM} km the plane's distortion moves the distance by less than 0.1%; farther it
 * is an estimate.
 */
final class PointLocator {
  /** A region's polygons, prepared for containment, with a facet index for distances (lazily). */
  private static final class Area {
    private final RegionId region;
    private final PreparedGeometry shape;
    private IndexedFacetDistance facets;

    Area(RegionId region, PreparedGeometry shape) {
      this.region = region;
      this.shape = shape;
    }

    RegionId region() {
      return region;
    }

    PreparedGeometry shape() {
      return shape;
    }

    /** Distances in degrees to the polygons' edges (built on first use: few imports snap). */
    IndexedFacetDistance facets() {
      if (facets == null) {
        facets = new IndexedFacetDistance(shape.getGeometry());
      }
      return facets;
    }
  }

  /** The nearest region to a point and how far it is, in km. */
  record Nearest(RegionId region, double km) {}

  /** km per degree of latitude, at least (on the meridian at the equator). */
  private static final double KM_PER_DEGREE_LAT_MIN = 110.574;

  /** km per degree of longitude at the equator. */
  private static final double KM_PER_DEGREE_LON_EQUATOR = 111.320;

  /** Two regions whose distances differ by less than this (1 mm) are equally near. */
  private static final double TIE_KM = 1e-6;

  private final STRtree index = new STRtree();
  private final GeometryFactory factory = new GeometryFactory();
  private final int size;

  private PointLocator(List<Area> areas) {
    for (Area a : areas) {
      index.insert(a.shape().getGeometry().getEnvelopeInternal(), a);
    }
    index.build();
    this.size = areas.size();
  }

  /**
   * @param geometries region -> GeoJSON geometry text, as stored in regions.geometry
   */
  static PointLocator of(Map<RegionId, String> geometries) {
    GeoJsonReader reader = new GeoJsonReader();
    List<Area> areas =
        geometries.entrySet().stream()
            .sorted(Map.Entry.comparingByKey())
            .map(
                e ->
                    new Area(
                        e.getKey(),
                        PreparedGeometryFactory.prepare(parse(reader, e.getKey(), e.getValue()))))
            .toList();
    return new PointLocator(areas);
  }

  private static Geometry parse(GeoJsonReader reader, RegionId region, String json) {
    try {
      return reader.read(json);
    } catch (ParseException e) {
      throw new IllegalArgumentException(
          "region " + region + ": its geometry is not valid GeoJSON: " + e.getMessage(), e);
    }
  }

  Optional<RegionId> locate(double latitude, double longitude) {
    Point p = factory.createPoint(new Coordinate(longitude, latitude));
    @SuppressWarnings("unchecked")
    List<Area> hits = index.query(p.getEnvelopeInternal());
    return hits.stream()
        .filter(a -> a.shape().covers(p))
        .map(Area::region)
        .min(Comparator.naturalOrder());
  }

  /**
   * The region nearest to a point, by great-circle distance to the nearest point of its polygons;
   * equally near regions go to the first by name. Meant for points in no polygon (for a point
   * inside one the distance is 0). Empty only when no region has a geometry.
   */
  Optional<Nearest> nearest(double latitude, double longitude) {
    if (size == 0) {
      return Optional.empty();
    }
    double radiusKm = 1;
    while (true) {
      Envelope box = around(latitude, longitude, radiusKm);
      Optional<Nearest> best = nearestIn(box, latitude, longitude);
      // Every polygon within radiusKm meets the box, so a best within it is the nearest of all.
      if (best.isPresent() && (best.get().km() <= radiusKm || box.contains(WORLD))) {
        return best;
      }
      radiusKm = best.isPresent() ? best.get().km() * (1 + 1e-9) : radiusKm * 4;
    }
  }

  /**
   * The nearest region if it is at most {@code km} away, else empty. Cheap for points far from
   * every region: only regions whose boxes come within {@code km} are looked at, and of those only
   * the ones a lower bound (the distance in degrees, scaled by the smallest km per degree in reach)
   * does not already rule out are measured exactly.
   */
  Optional<Nearest> nearestWithin(double latitude, double longitude, double km) {
    Envelope box = around(latitude, longitude, km);
    @SuppressWarnings("unchecked")
    List<Area> candidates = index.query(box);
    if (candidates.isEmpty()) {
      return Optional.empty();
    }
    Point p = factory.createPoint(new Coordinate(longitude, latitude));
    double reachLat = Math.min(89, Math.abs(latitude) + km / KM_PER_DEGREE_LAT_MIN);
    // km per degree in any direction within reach, at least (1% below, for the flat-earth bound)
    double kmPerDegree =
        0.99
            * Math.toRadians(1)
            * SnapDistance.EARTH_RADIUS_KM
            * Math.cos(Math.toRadians(reachLat));
    return candidates.stream()
        .filter(a -> a.facets().distance(p) * kmPerDegree <= km)
        .sorted(Comparator.comparing(Area::region))
        .map(a -> new Nearest(a.region(), km(a, latitude, longitude)))
        .reduce((a, b) -> b.km() < a.km() - TIE_KM ? b : a)
        .filter(n -> n.km() <= km);
  }

  private Optional<Nearest> nearestIn(Envelope box, double latitude, double longitude) {
    @SuppressWarnings("unchecked")
    List<Area> candidates = index.query(box);
    return candidates.stream()
        .sorted(Comparator.comparing(Area::region))
        .map(a -> new Nearest(a.region(), km(a, latitude, longitude)))
        .reduce((a, b) -> b.km() < a.km() - TIE_KM ? b : a);
  }

  private static final Envelope WORLD = new Envelope(-180, 180, -90, 90);

  /**
   * A lon/lat box holding every point within {@code km} of the point (the world when near a pole).
   */
  private static Envelope around(double latitude, double longitude, double km) {
    double dLat = km / KM_PER_DEGREE_LAT_MIN;
    double maxAbsLat = Math.abs(latitude) + dLat;
    if (maxAbsLat >= 89 || km > 5000) {
      return new Envelope(WORLD);
    }
    double dLon = km / (KM_PER_DEGREE_LON_EQUATOR * Math.cos(Math.toRadians(maxAbsLat)));
    if (dLon >= 180) {
      return new Envelope(WORLD);
    }
    // Longitudes wrap at the antimeridian: a box across it becomes the whole width.
    double west = longitude - dLon;
    double east = longitude + dLon;
    if (west < -180 || east > 180) {
      west = -180;
      east = 180;
    }
    return new Envelope(west, east, latitude - dLat, latitude + dLat);
  }

  /** Great-circle km from the point to the nearest point of the area (found in a tangent plane). */
  private static double km(Area area, double latitude, double longitude) {
    double scale = Math.cos(Math.toRadians(latitude));
    Geometry plane = area.shape().getGeometry().copy();
    plane.apply(new ToTangentPlane(latitude, longitude, scale));
    Point origin = plane.getFactory().createPoint(new Coordinate(0, 0));
    Coordinate nearest = DistanceOp.nearestPoints(plane, origin)[0];
    double lat = latitude + Math.toDegrees(nearest.y / SnapDistance.EARTH_RADIUS_KM);
    double lon = longitude + Math.toDegrees(nearest.x / (SnapDistance.EARTH_RADIUS_KM * scale));
    return SnapDistance.km(latitude, longitude, lat, lon);
  }

  /** lon/lat in degrees to km east and north of a point, on the plane tangent there. */
  private static final class ToTangentPlane implements CoordinateSequenceFilter {
    private final double lat0;
    private final double lon0;
    private final double scale;

    ToTangentPlane(double lat0, double lon0, double scale) {
      this.lat0 = lat0;
      this.lon0 = lon0;
      this.scale = scale;
    }

    @Override
    public void filter(CoordinateSequence seq, int i) {
      double dLon = seq.getX(i) - lon0;
      dLon = dLon > 180 ? dLon - 360 : dLon < -180 ? dLon + 360 : dLon;
      seq.setOrdinate(i, 0, Math.toRadians(dLon) * SnapDistance.EARTH_RADIUS_KM * scale);
      seq.setOrdinate(i, 1, Math.toRadians(seq.getY(i) - lat0) * SnapDistance.EARTH_RADIUS_KM);
    }

    @Override
    public boolean isDone() {
      return false;
    }

    @Override
    public boolean isGeometryChanged() {
      return true;
    }
  }

  /** Number of regions with a geometry. */
  int size() {
    return size;
  }
}
