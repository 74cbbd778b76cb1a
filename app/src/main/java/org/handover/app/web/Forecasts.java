package org.handover.app.web;

import java.time.YearMonth;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.handover.app.workspace.ForecastRun;
import org.handover.engine.forecast.Forecast;
import org.handover.engine.outlook.OutlookResult;

/**
 * Every region's forecast and the outlook as of a month, with the command line's defaults (12
 * months, 1,000 paths, seed 42; outlook 36 months): each month's is computed on first use (a few
 * seconds) and kept while the loaded state lasts, for the API's JSON and the region page's charts
 * alike.
 */
final class Forecasts {
  private final StateHolder state;
  private final Map<YearMonth, Forecast> forecasts = new ConcurrentHashMap<>();
  private final Map<YearMonth, OutlookResult> outlooks = new ConcurrentHashMap<>();
  private TheaterState cachedFor;

  Forecasts(StateHolder state) {
    this.state = state;
  }

  /**
   * The loaded state, the results kept being forgotten when it has changed (an import, a decision).
   */
  synchronized TheaterState current() {
    TheaterState s = state.get();
    if (s != cachedFor) {
      forecasts.clear();
      outlooks.clear();
      cachedFor = s;
    }
    return s;
  }

  private static ForecastRun run(TheaterState s) {
    return ForecastRun.of(s.workspace(), ForecastRun.DEFAULT_VARIABLE, s.forecastFitFrom());
  }

  /** Every region's forecast from the month after {@code m}, as {@code handover forecast}. */
  Forecast forecast(TheaterState s, YearMonth m) {
    return forecasts.computeIfAbsent(
        m,
        k ->
            run(s)
                .forecast(
                    m,
                    ForecastRun.FORECAST_HORIZON,
                    ForecastRun.DEFAULT_PATHS,
                    ForecastRun.DEFAULT_SEED));
  }

  /** The outlook from the month after {@code m}, as {@code handover outlook}. */
  OutlookResult outlook(TheaterState s, YearMonth m) {
    return outlooks.computeIfAbsent(
        m,
        k ->
            run(s)
                .outlook(
                    m,
                    ForecastRun.OUTLOOK_HORIZON,
                    ForecastRun.DEFAULT_PATHS,
                    ForecastRun.DEFAULT_SEED,
                    ForecastRun.DEFAULT_LOOKBACK));
  }
}
