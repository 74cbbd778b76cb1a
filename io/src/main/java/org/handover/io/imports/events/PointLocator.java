package org.handover.io.imports.events;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.handover.engine.theater.RegionId;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.index.strtree.STRtree;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.geojson.GeoJsonReader;

/**
 * Finds the region a point (latitude, longitude) lies in, from the regions' GeoJSON geometries: an
 * STR-tree over the bounding boxes, then an exact test on prepared geometries. A point on a shared
 * border, or in overlapping polygons, goes to the first region by name, so the result is
 * reproducible.
 */
final class PointLocator {
  private record Area(RegionId region, PreparedGeometry shape) {}

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

  /** Number of regions with a geometry. */
  int size() {
    return size;
  }
}
