package org.handover.engine.indicator;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.handover.engine.panel.Panel;
import org.handover.engine.theater.RegionId;
import org.handover.engine.time.MonthRange;

/**
 * An expression's values over a span of months, described overall (every chosen region-month) and
 * region by region.
 *
 * @param byRegion in the order the regions were asked for
 */
public record Description(
    String expression,
    MonthRange span,
    Distribution overall,
    Map<RegionId, Distribution> byRegion) {
  public Description {
    byRegion = Collections.unmodifiableMap(new LinkedHashMap<>(byRegion));
  }

  /**
   * Evaluates {@code expression} over {@code panel} and describes it over {@code span} (which must
   * lie inside the panel's months) for {@code regions} (all of the theater's when empty).
   *
   * @throws ExpressionException with the column, when the expression is bad
   */
  public static Description of(
      Panel panel, String expression, MonthRange span, List<RegionId> regions) {
    double[][] values = IndicatorCalculator.evaluate(panel, expression);
    List<RegionId> chosen =
        regions.isEmpty() ? panel.theater().regions().stream().map(r -> r.id()).toList() : regions;
    int from = panel.months().offsetOf(span.first());
    int to = panel.months().offsetOf(span.last()) + 1;
    Map<RegionId, Distribution> byRegion = new LinkedHashMap<>();
    double[] all = new double[chosen.size() * (to - from)];
    int at = 0;
    for (RegionId region : chosen) {
      double[] row = Arrays.copyOfRange(values[panel.theater().indexOf(region)], from, to);
      byRegion.put(region, Distribution.of(row));
      System.arraycopy(row, 0, all, at, row.length);
      at += row.length;
    }
    return new Description(expression, span, Distribution.of(all), byRegion);
  }
}
