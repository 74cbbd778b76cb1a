package org.handover.io.imports.events;

import java.util.List;
import java.util.Locale;
import org.handover.io.imports.ImportException;
import org.handover.io.imports.StrictNumber;

/**
 * Distances on the Earth for snapping points to the nearest region: great-circle distance on the
 * sphere of the Earth's mean radius (IUGG, 6,371.0088 km), which is within 0.5% of the geodesic on
 * the WGS 84 ellipsoid.
 */
final class SnapDistance {
  /** Mean Earth radius in km (IUGG). */
  static final double EARTH_RADIUS_KM = 6371.0088;

  /**
   * The largest snap tolerance: farther than this a point is not "just outside a coarse boundary",
   * and the local plane the nearest point is found in stops being accurate.
   */
  static final double MAX_KM = 100;

  /** The snap_km option's name, for messages. */
  static final String OPTION = "snap_km";

  private SnapDistance() {}

  /** Great-circle distance in km between two points given in degrees (haversine). */
  static double km(double lat1, double lon1, double lat2, double lon2) {
    double p1 = Math.toRadians(lat1);
    double p2 = Math.toRadians(lat2);
    double dp = p2 - p1;
    double dl = Math.toRadians(lon2 - lon1);
    double h =
        Math.sin(dp / 2) * Math.sin(dp / 2)
            + Math.cos(p1) * Math.cos(p2) * Math.sin(dl / 2) * Math.sin(dl / 2);
    return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
  }

  /**
   * Reads the option: km in [0, {@value #MAX_KM}].
   *
   * @throws ImportException naming the option and the value otherwise
   */
  static double parse(String text) {
    double km;
    try {
      km = StrictNumber.parse(text);
    } catch (NumberFormatException e) {
      km = Double.NaN;
    }
    if (!(km >= 0 && km <= MAX_KM)) {
      throw new ImportException(
          "option '"
              + OPTION
              + "' = \""
              + text
              + "\": not a distance; give km from 0 to "
              + (int) MAX_KM
              + " (e.g. 5)",
          List.of());
    }
    return km;
  }

  /** "4.46 km". */
  static String format(double km) {
    return String.format(Locale.ROOT, "%.2f km", km);
  }
}
