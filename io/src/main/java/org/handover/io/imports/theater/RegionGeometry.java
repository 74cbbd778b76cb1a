package org.handover.io.imports.theater;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Locale;
import java.util.Optional;
import org.handover.io.geo.GeoMeasure;
import org.handover.io.imports.ImportRun;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygonal;
import org.locationtech.jts.geom.util.GeometryFixer;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.geojson.GeoJsonReader;
import org.locationtech.jts.io.geojson.GeoJsonWriter;
import org.locationtech.jts.operation.valid.IsValidOp;
import org.locationtech.jts.operation.valid.TopologyValidationError;

/**
 * Checks a region feature's geometry with JTS: present, readable, not empty, polygonal, in
 * longitude/latitude degrees and valid; optionally repairs an invalid polygon with GeometryFixer.
 */
final class RegionGeometry {
  private RegionGeometry() {}

  /** The feature's geometry as GeoJSON text, or empty after rejecting it with the reason. */
  static Optional<String> check(
      ImportRun run, RegionFeatures.Feature f, String where, String raw, boolean repair) {
    GeoJsonReader reader = new GeoJsonReader();
    String field = "features[" + f.index() + "].geometry";
    JsonNode node = f.geometry();
    if (node == null || node.isNull()) {
      run.reject(f.line(), field, "", where + ": the feature has no geometry", raw);
      return Optional.empty();
    }
    Geometry g;
    try {
      g = reader.read(node.toString());
    } catch (ParseException | RuntimeException e) {
      run.reject(
          f.line(),
          field,
          node.path("type").asText(),
          where + ": unreadable geometry: " + e.getMessage(),
          raw);
      return Optional.empty();
    }
    if (g.isEmpty()) {
      run.reject(f.line(), field, g.getGeometryType(), where + ": the geometry is empty", raw);
      return Optional.empty();
    }
    if (!(g instanceof Polygonal)) {
      run.reject(
          f.line(),
          field,
          g.getGeometryType(),
          where + ": a region needs a Polygon or MultiPolygon, not a " + g.getGeometryType(),
          raw);
      return Optional.empty();
    }
    for (Coordinate c : g.getCoordinates()) {
      if (!(Math.abs(c.x) <= 180 && Math.abs(c.y) <= 90)) {
        run.reject(
            f.line(),
            field,
            c.x + " " + c.y,
            where
                + ": coordinates are not longitude/latitude in degrees "
                + "(GeoJSON is WGS84, RFC 7946); reproject the file",
            raw);
        return Optional.empty();
      }
    }
    TopologyValidationError error = new IsValidOp(g).getValidationError();
    if (error == null) {
      return Optional.of(node.toString());
    }
    String problem =
        error.getMessage() + " at " + error.getCoordinate().x + " " + error.getCoordinate().y;
    if (!repair) {
      run.reject(
          f.line(),
          field,
          g.getGeometryType(),
          where
              + ": invalid geometry: "
              + problem
              + " (fix the file, or import with the repair option to fix it with JTS GeometryFixer)",
          raw);
      return Optional.empty();
    }
    Geometry fixed = GeometryFixer.fix(g);
    if (fixed.isEmpty() || !(fixed instanceof Polygonal)) {
      run.reject(
          f.line(),
          field,
          g.getGeometryType(),
          where
              + ": invalid geometry ("
              + problem
              + ") that GeometryFixer could not repair into polygons",
          raw);
      return Optional.empty();
    }
    run.note(
        where
            + ": invalid geometry ("
            + problem
            + ") repaired with JTS GeometryFixer; area "
            + String.format(Locale.ROOT, "%.1f", GeoMeasure.areaKm2(g))
            + " -> "
            + String.format(Locale.ROOT, "%.1f", GeoMeasure.areaKm2(fixed))
            + " km2");
    GeoJsonWriter writer = new GeoJsonWriter();
    writer.setEncodeCRS(false);
    return Optional.of(writer.write(fixed));
  }
}
