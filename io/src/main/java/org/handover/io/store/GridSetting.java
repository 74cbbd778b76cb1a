package org.handover.io.store;

import java.math.BigDecimal;
import org.handover.engine.theater.GridExtent;
import org.handover.engine.theater.RegularGrid;

/** How a theater's grid is kept in its settings: "SIZE S,W,N,E", e.g. "0.5 -90,-180,90,180". */
public final class GridSetting {
  private GridSetting() {}

  public static String format(RegularGrid grid) {
    return grid.size().toPlainString() + " " + grid.extent();
  }

  static RegularGrid parse(String value) {
    String[] parts = value.strip().split(" ", 2);
    if (parts.length != 2) {
      throw new StoreException("the stored grid setting '" + value + "' is not 'SIZE S,W,N,E'");
    }
    try {
      return RegularGrid.of(new BigDecimal(parts[0]), GridExtent.parse(parts[1]));
    } catch (IllegalArgumentException e) {
      throw new StoreException("the stored grid setting '" + value + "': " + e.getMessage(), e);
    }
  }
}
