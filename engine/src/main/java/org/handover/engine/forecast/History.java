package org.handover.engine.forecast;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.handover.engine.panel.Panel;
import org.handover.engine.theater.Region;
import org.handover.engine.theater.RegionId;
import org.handover.engine.time.MonthRange;

/**
 * What a forecaster may see: one variable's values for every region in the months strictly before
 * the forecast origin, and which regions border each other.
 *
 * <p>Every factory copies the months before the origin into fresh arrays, so a model handed a
 * {@code History} has no reference to any later value: in a backtest, looking past the origin is
 * impossible by construction, not by discipline. {@code NaN} means no data.
 *
 * @param variable the forecast variable's name (e.g. {@code deaths_best})
 * @param regions region ids in row order
 * @param months the calendar months of the columns; the origin is the month after the last
 */
public record History(
    String variable,
    List<RegionId> regions,
    MonthRange months,
    double[][] values,
    int[][] adjacency) {

  public History {
    Objects.requireNonNull(variable, "variable");
    regions = List.copyOf(regions);
    Objects.requireNonNull(months, "months");
    Objects.requireNonNull(values, "values");
    Objects.requireNonNull(adjacency, "adjacency");
    if (values.length != regions.size() || adjacency.length != regions.size()) {
      throw new IllegalArgumentException(
          "history of "
              + variable
              + ": "
              + regions.size()
              + " regions but "
              + values.length
              + " rows of values and "
              + adjacency.length
              + " rows of adjacency");
    }
    for (int r = 0; r < values.length; r++) {
      if (values[r].length != months.length()) {
        throw new IllegalArgumentException(
            "history of "
                + variable
                + ": region "
                + regions.get(r)
                + " has "
                + values[r].length
                + " months, expected "
                + months.length());
      }
      for (int n : adjacency[r]) {
        if (n < 0 || n >= regions.size() || n == r) {
          throw new IllegalArgumentException(
              "history of "
                  + variable
                  + ": region "
                  + regions.get(r)
                  + " lists an invalid neighbour index "
                  + n);
        }
      }
    }
  }

  /**
   * The months of {@code counts} before {@code originExclusive}, copied.
   *
   * @param axis the calendar months of the columns of {@code counts}
   */
  public static History truncate(
      String variable,
      List<RegionId> regions,
      double[][] counts,
      int[][] adjacency,
      MonthRange axis,
      int originExclusive) {
    if (originExclusive < 1 || originExclusive > axis.length()) {
      throw new IllegalArgumentException(
          "origin "
              + originExclusive
              + " is outside 1.."
              + axis.length()
              + ": a forecast needs at least one month of history");
    }
    double[][] copy = new double[counts.length][];
    for (int r = 0; r < counts.length; r++) {
      if (counts[r].length != axis.length()) {
        throw new IllegalArgumentException(
            variable
                + ": row "
                + r
                + " has "
                + counts[r].length
                + " months, the axis "
                + axis
                + " has "
                + axis.length());
      }
      copy[r] = Arrays.copyOf(counts[r], originExclusive);
    }
    int[][] adj = new int[adjacency.length][];
    for (int r = 0; r < adjacency.length; r++) {
      adj[r] = adjacency[r].clone();
    }
    MonthRange months = MonthRange.of(axis.first(), axis.monthAt(originExclusive - 1));
    return new History(variable, regions, months, copy, adj);
  }

  /**
   * Regions named {@code r0, r1, ...}: for data that comes without a theater (tests, generated
   * data).
   */
  public static History truncate(
      double[][] counts, int[][] adjacency, MonthRange axis, int originExclusive) {
    List<RegionId> ids = new ArrayList<>();
    for (int r = 0; r < counts.length; r++) {
      ids.add(RegionId.of("r" + r));
    }
    return truncate("y", ids, counts, adjacency, axis, originExclusive);
  }

  /**
   * The panel's {@code variable} in the months before {@code origin}: the data a forecast from
   * {@code origin} may use.
   */
  public static History before(Panel panel, String variable, YearMonth origin) {
    int o = panel.months().offsetOf(origin);
    List<RegionId> ids = panel.theater().regions().stream().map(Region::id).toList();
    return truncate(
        variable, ids, panel.values(variable), panel.theater().adjacency(), panel.months(), o);
  }

  /**
   * The panel's {@code variable} up to and including {@code asOf}: forecasts start the month after.
   */
  public static History through(Panel panel, String variable, YearMonth asOf) {
    return before(panel, variable, asOf.plusMonths(1));
  }

  public int regionCount() {
    return values.length;
  }

  public int monthCount() {
    return months.length();
  }

  /** The first month a forecast from this history predicts. */
  public YearMonth origin() {
    return months.last().plusMonths(1);
  }

  /** The {@code horizon} months from the origin. */
  MonthRange forecastMonths(int horizon) {
    if (horizon < 1) {
      throw new IllegalArgumentException("horizon must be at least 1 month, not " + horizon);
    }
    return MonthRange.of(origin(), origin().plusMonths(horizon - 1));
  }

  /** The largest value seen in any region and month ({@code 0} when there is none). */
  public double maxValue() {
    double max = 0;
    for (double[] row : values) {
      for (double v : row) {
        if (v > max) {
          max = v;
        }
      }
    }
    return max;
  }
}
