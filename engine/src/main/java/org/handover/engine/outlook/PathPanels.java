package org.handover.engine.outlook;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.handover.engine.panel.Panel;
import org.handover.engine.panel.Variable;
import org.handover.engine.panel.VariableKind;
import org.handover.engine.time.MonthRange;

/**
 * Builds the panel of each sample path over only the months an outlook needs: the history window
 * before the origin and the forecast months. The inputs that are not forecast are continued once
 * (scheduled values, else last value carried forward) and shared by every path; each path supplies
 * only the forecast variable's values.
 */
public final class PathPanels {
  private final Panel base;
  private final Variable forecast;
  private final double[][] forecastHistory;
  private final int historyMonths;
  private final List<InputTreatment> treatments;

  private PathPanels(
      Panel base,
      Variable forecast,
      double[][] forecastHistory,
      int historyMonths,
      List<InputTreatment> treatments) {
    this.base = base;
    this.forecast = forecast;
    this.forecastHistory = forecastHistory;
    this.historyMonths = historyMonths;
    this.treatments = List.copyOf(treatments);
  }

  /**
   * @param lookback months of history each path carries before the origin (fewer if the data start
   *     later)
   */
  public static PathPanels of(
      Panel panel, String variable, YearMonth origin, int horizon, int lookback) {
    MonthRange data = panel.months();
    int o = data.offsetOf(origin);
    if (o < 1 || o > data.length()) {
      throw new IllegalArgumentException(
          "origin " + origin + " must follow at least one month of data (" + data + ")");
    }
    YearMonth first = origin.minusMonths(lookback);
    if (first.isBefore(data.first())) {
      first = data.first();
    }
    MonthRange axis = MonthRange.of(first, origin.plusMonths(horizon - 1));
    int history = axis.offsetOf(origin);
    int shift = data.offsetOf(first);
    Variable fv =
        panel
            .variable(variable)
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        "no variable named '" + variable + "' to forecast"));
    Panel base = Panel.empty(panel.theater(), axis);
    List<InputTreatment> treatments = new ArrayList<>();
    treatments.add(
        new InputTreatment(
            variable, InputTreatment.Kind.FORECAST, 0, "simulated on every sample path"));
    for (String name : panel.names()) {
      if (name.equals(variable)) {
        continue;
      }
      Variable v = panel.variable(name).orElseThrow();
      double[][] src = panel.values(name);
      double[][] out = new double[src.length][axis.length()];
      for (int r = 0; r < src.length; r++) {
        double last = Double.NaN;
        for (int m = 0; m < axis.length(); m++) {
          int s = m + shift;
          double x = s >= 0 && s < src[r].length ? src[r][s] : Double.NaN;
          if (m >= history && Double.isNaN(x)) {
            x = last;
          }
          out[r][m] = x;
          if (!Double.isNaN(x)) {
            last = x;
          }
        }
      }
      base = base.with(v, out);
      treatments.add(treatment(v, scheduledMonths(src, shift, history, axis.length())));
    }
    double[][] fh = new double[panel.regionCount()][history];
    double[][] src = panel.values(variable);
    for (int r = 0; r < fh.length; r++) {
      System.arraycopy(src[r], shift, fh[r], 0, history);
    }
    return new PathPanels(base, fv, fh, history, treatments);
  }

  private static InputTreatment treatment(Variable v, int scheduled) {
    if (v.kind() == VariableKind.ATTRIBUTE) {
      return new InputTreatment(
          v.name(), InputTreatment.Kind.CONSTANT, 0, "a region attribute, the same every month");
    }
    if (scheduled > 0) {
      return new InputTreatment(
          v.name(),
          InputTreatment.Kind.SCHEDULED,
          scheduled,
          "scheduled values after the origin in "
              + scheduled
              + " region-months; gaps keep the previous value");
    }
    return new InputTreatment(
        v.name(),
        InputTreatment.Kind.CARRIED_FORWARD,
        0,
        "no values after the origin: the last value stays");
  }

  /** Region-months after the origin with a value in the data. */
  private static int scheduledMonths(double[][] src, int shift, int history, int months) {
    int n = 0;
    for (double[] row : src) {
      for (int m = history; m < months; m++) {
        int s = m + shift;
        if (s >= 0 && s < row.length && !Double.isNaN(row[s])) {
          n++;
        }
      }
    }
    return n;
  }

  public MonthRange axis() {
    return base.months();
  }

  /** Months of history before the origin on {@link #axis()}: the origin's offset. */
  public int historyMonths() {
    return historyMonths;
  }

  public List<InputTreatment> treatments() {
    return treatments;
  }

  /** A column for the forecast variable with the history filled in, for one worker to reuse. */
  public double[][] newForecastColumn() {
    double[][] col = new double[forecastHistory.length][axis().length()];
    for (int r = 0; r < col.length; r++) {
      System.arraycopy(forecastHistory[r], 0, col[r], 0, historyMonths);
    }
    return col;
  }

  /**
   * The panel of one path: the shared inputs plus {@code column}, whose future part the caller has
   * filled.
   */
  public Panel pathPanel(double[][] column) {
    Variable simulated =
        new Variable(
            forecast.name(),
            VariableKind.SIMULATED,
            forecast.illustrative(),
            forecast.description() + " (history, then one forecast sample path)");
    return base.with(simulated, column);
  }

  /**
   * The history alone (months before the origin), for the stage each region is in at the origin.
   */
  public Panel historyPanel() {
    MonthRange past = MonthRange.of(axis().first(), axis().monthAt(historyMonths - 1));
    return base.reindex(past).with(forecast, forecastHistory);
  }
}
