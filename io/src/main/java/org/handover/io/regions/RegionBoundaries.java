package org.handover.io.regions;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.handover.io.store.Store;
import org.handover.io.store.StoreException;

/** A theater's region boundaries as stored, as one GeoJSON FeatureCollection whose {@code name} is the region. */
public final class RegionBoundaries {
  private static final ObjectMapper JSON = new ObjectMapper();

  private RegionBoundaries() {}

  public static String featureCollection(Store store, String theater) {
    ObjectNode fc = JSON.createObjectNode().put("type", "FeatureCollection");
    ArrayNode features = fc.putArray("features");
    try (PreparedStatement ps = store.connection().prepareStatement(
        "SELECT region, code, geometry FROM regions WHERE theater = ? AND geometry IS NOT NULL ORDER BY region")) {
      ps.setString(1, theater);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          ObjectNode f = features.addObject().put("type", "Feature");
          ObjectNode props = f.putObject("properties").put("name", rs.getString(1));
          if (rs.getString(2) != null) {
            props.put("code", rs.getString(2));
          }
          f.set("geometry", JSON.readTree(rs.getString(3)));
        }
      }
      return JSON.writeValueAsString(fc);
    } catch (SQLException e) {
      throw new StoreException("cannot read the boundaries of theater " + theater + ": " + e.getMessage(), e);
    } catch (IOException e) {
      throw new UncheckedIOException("a stored boundary of theater " + theater + " is not valid GeoJSON", e);
    }
  }
}
