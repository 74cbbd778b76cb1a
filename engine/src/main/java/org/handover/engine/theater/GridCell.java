package org.handover.engine.theater;

import java.util.Objects;

/**
 * One cell of a {@link RegularGrid}: its id, its row and column on the global grid of its size (row
 * 0 at the south pole, column 0 at longitude -180), its name as a region, and its edges in degrees.
 * A cell holds the points with {@code south <= latitude < north} and {@code west <= longitude <
 * east}; the northernmost row also holds latitude 90 and the easternmost column longitude 180.
 */
public record GridCell(
    long id, int row, int col, String name, double south, double west, double north, double east) {
  public GridCell {
    Objects.requireNonNull(name, "name");
    if (!(south < north) || !(west < east)) {
      throw new IllegalArgumentException("empty cell " + name);
    }
  }

  public RegionId regionId() {
    return RegionId.of(name);
  }

  public double centroidLatitude() {
    return (south + north) / 2;
  }

  public double centroidLongitude() {
    return (west + east) / 2;
  }

  /**
   * The cell as a closed ring of (longitude, latitude) pairs, counter-clockwise from its south-west
   * corner, as GeoJSON polygons are written: {@code [[w,s],[e,s],[e,n],[w,n],[w,s]]}.
   */
  public double[][] ring() {
    return new double[][] {
      {west, south}, {east, south}, {east, north}, {west, north}, {west, south}
    };
  }
}
