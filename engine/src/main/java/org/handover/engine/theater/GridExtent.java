package org.handover.engine.theater;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The rectangle of latitude and longitude a regular grid covers, in degrees, edges given as
 * decimals ("29.5") so that whether they fall on cell edges is decided exactly. West is less than
 * east: an extent across the antimeridian is not supported (use the global extent and keep the
 * cells wanted).
 */
public record GridExtent(BigDecimal south, BigDecimal west, BigDecimal north, BigDecimal east) {
  private static final BigDecimal LAT = BigDecimal.valueOf(90);
  private static final BigDecimal LON = BigDecimal.valueOf(180);

  /** The whole globe: -90 to 90 latitude, -180 to 180 longitude. */
  public static final GridExtent GLOBAL = new GridExtent(LAT.negate(), LON.negate(), LAT, LON);

  public GridExtent {
    Objects.requireNonNull(south, "south");
    Objects.requireNonNull(west, "west");
    Objects.requireNonNull(north, "north");
    Objects.requireNonNull(east, "east");
    if (south.compareTo(LAT.negate()) < 0 || north.compareTo(LAT) > 0) {
      throw new IllegalArgumentException(
          "extent " + text(south, west, north, east) + ": latitudes must lie in -90 to 90");
    }
    if (west.compareTo(LON.negate()) < 0 || east.compareTo(LON) > 0) {
      throw new IllegalArgumentException(
          "extent " + text(south, west, north, east) + ": longitudes must lie in -180 to 180");
    }
    if (south.compareTo(north) >= 0 || west.compareTo(east) >= 0) {
      throw new IllegalArgumentException(
          "extent "
              + text(south, west, north, east)
              + ": south must be below north and west below east (S,W,N,E; an extent across"
              + " the antimeridian is not supported)");
    }
  }

  /**
   * "S,W,N,E" in degrees, e.g. "29,38.5,37.5,48.5"; an error names the part that is wrong.
   *
   * @throws IllegalArgumentException when the text is not four decimal numbers in that order
   */
  public static GridExtent parse(String text) {
    String[] parts = text.split(",", -1);
    if (parts.length != 4) {
      throw new IllegalArgumentException(
          "extent '" + text + "' is not four numbers S,W,N,E (south, west, north, east)");
    }
    BigDecimal[] edges = new BigDecimal[4];
    for (int i = 0; i < 4; i++) {
      String part = parts[i].strip();
      if (!part.matches("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)")) {
        throw new IllegalArgumentException(
            "extent '" + text + "': '" + part + "' is not a decimal number of degrees");
      }
      edges[i] = new BigDecimal(part);
    }
    return new GridExtent(edges[0], edges[1], edges[2], edges[3]);
  }

  public boolean isGlobal() {
    return equals(GLOBAL);
  }

  /** West at -180 and east at 180: the first and last columns are neighbours across 180. */
  public boolean spansAllLongitudes() {
    return west.compareTo(LON.negate()) == 0 && east.compareTo(LON) == 0;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof GridExtent e
        && south.compareTo(e.south) == 0
        && west.compareTo(e.west) == 0
        && north.compareTo(e.north) == 0
        && east.compareTo(e.east) == 0;
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        south.stripTrailingZeros(),
        west.stripTrailingZeros(),
        north.stripTrailingZeros(),
        east.stripTrailingZeros());
  }

  /** "S,W,N,E", the form {@link #parse} reads. */
  @Override
  public String toString() {
    return text(south, west, north, east);
  }

  private static String text(BigDecimal s, BigDecimal w, BigDecimal n, BigDecimal e) {
    return plain(s) + "," + plain(w) + "," + plain(n) + "," + plain(e);
  }

  static String plain(BigDecimal d) {
    String t = d.stripTrailingZeros().toPlainString();
    return t.equals("-0") ? "0" : t;
  }
}
