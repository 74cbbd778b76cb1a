package org.handover.app.workspace;

import java.time.YearMonth;
import java.util.Optional;
import org.handover.engine.HandoverException;
import org.handover.engine.forecast.FittedModel;
import org.handover.engine.forecast.Forecast;
import org.handover.engine.forecast.History;
import org.handover.engine.forecast.evaluation.Backtest;
import org.handover.engine.forecast.evaluation.BacktestOptions;
import org.handover.engine.forecast.evaluation.BacktestResult;
import org.handover.engine.forecast.evaluation.Baselines;
import org.handover.engine.forecast.nb.NegativeBinomialModel;
import org.handover.engine.indicator.IndicatorCalculator;
import org.handover.engine.outlook.Outlook;
import org.handover.engine.outlook.OutlookOptions;
import org.handover.engine.outlook.OutlookResult;
import org.handover.engine.outlook.TransitionRisks;
import org.handover.engine.panel.Panel;
import org.handover.engine.time.MonthRange;

/**
 * Forecasts, outlooks and backtests of a workspace's event variable with the negative-binomial
 * dynamic model (docs/forecast-model.md). "As of" a month means the model sees that month and every
 * month before it, and forecasts from the month after.
 */
public final class ForecastRun {
  /** The event variable forecast by default: monthly deaths (best estimate). */
  public static final String DEFAULT_VARIABLE = "deaths_best";

  /**
   * Months of history kept before the origin when judging each sample path. Long, because
   * indicators may carry sparse measurements forward for years (the Iraq set: up to 60 months).
   */
  public static final int DEFAULT_LOOKBACK = 72;

  /** Sample paths drawn by default. */
  public static final int DEFAULT_PATHS = Forecast.DEFAULT_PATHS;

  /** The seed used by default: the same data and seed give the same result. */
  public static final long DEFAULT_SEED = 42;

  /** Months a forecast looks ahead by default: a year, the range its fan can show with meaning. */
  public static final int FORECAST_HORIZON = 12;

  /**
   * Months an outlook looks ahead by default. Longer than a forecast's year: a region often needs
   * years to meet its next stage, and a shorter horizon leaves its expected month "not within the
   * horizon". The report draws its forecast and its outlook with one horizon, {@link
   * #FORECAST_HORIZON}.
   */
  public static final int OUTLOOK_HORIZON = 36;

  private final Workspace ws;
  private final String variable;
  private final Panel data;

  private ForecastRun(Workspace ws, String variable, Panel data) {
    this.ws = ws;
    this.variable = variable;
    this.data = data;
  }

  /**
   * @param fitFrom first month the models may learn from (the theater's {@code forecast_fit_from},
   *     or the user's); empty: all the data
   */
  public static ForecastRun of(Workspace ws, String variable, Optional<YearMonth> fitFrom) {
    Panel all = ws.loaded().panel();
    if (!all.has(variable)) {
      throw new HandoverException(
          "no variable '"
              + variable
              + "' to forecast (event variables: events, deaths_low, "
              + "deaths_best, deaths_high)");
    }
    Panel data = all;
    if (fitFrom.isPresent()) {
      if (!all.months().contains(fitFrom.get())) {
        throw new HandoverException(
            "fit-from month " + fitFrom.get() + " is outside the data (" + all.months() + ")");
      }
      data = all.reindex(MonthRange.of(fitFrom.get(), all.months().last()));
    }
    return new ForecastRun(ws, variable, data);
  }

  /** The months the models learn from (and the outlook judges). */
  public MonthRange months() {
    return data.months();
  }

  public String variable() {
    return variable;
  }

  /** The predictive distribution for the {@code horizon} months after {@code asOf}. */
  public Forecast forecast(YearMonth asOf, int horizon, int paths, long seed) {
    History history = History.through(data, variable, check(asOf));
    FittedModel fitted = NegativeBinomialModel.standard().fit(history);
    return fitted.forecast(history, horizon, paths, seed);
  }

  /**
   * Each region's chance of meeting its next stage's conditions by each month after {@code asOf}.
   * The outlook sees only data up to {@code asOf}: what was observed later is not a schedule that
   * was known then, so inputs that are not forecast keep their last value.
   */
  public OutlookResult outlook(
      YearMonth asOf, int horizon, int paths, long seed, int lookbackMonths) {
    Panel base = knownAt(check(asOf));
    Outlook outlook =
        Outlook.of(ws.benchmarkSet(), IndicatorCalculator.prepare(ws.benchmarkSet().indicators()));
    OutlookOptions options =
        OutlookOptions.of(horizon, seed).withPaths(paths).withIndicatorLookback(lookbackMonths);
    return outlook.run(
        base, variable, check(asOf).plusMonths(1), NegativeBinomialModel.standard(), options);
  }

  /**
   * For the planner: each region's chance of being ready for {@code target[r]} (a stage rank, -1:
   * none) by each of the {@code horizon} months after {@code asOf}, and of relapsing after a move
   * in each, judged over {@code window} months after it. Seen from {@code asOf}, like the outlook.
   */
  public TransitionRisks transitionRisks(
      YearMonth asOf,
      int horizon,
      int paths,
      long seed,
      int lookbackMonths,
      int[] target,
      int window) {
    Panel base = knownAt(check(asOf));
    Outlook outlook =
        Outlook.of(ws.benchmarkSet(), IndicatorCalculator.prepare(ws.benchmarkSet().indicators()));
    OutlookOptions options =
        OutlookOptions.of(horizon, seed).withPaths(paths).withIndicatorLookback(lookbackMonths);
    return outlook.transitionRisks(
        base,
        variable,
        check(asOf).plusMonths(1),
        NegativeBinomialModel.standard(),
        options,
        target,
        window);
  }

  /** Rolling-origin evaluation against the zero, no-change and rolling-mean baselines. */
  public BacktestResult backtest(
      YearMonth firstOrigin, YearMonth lastOrigin, int maxHorizon, int paths, long seed) {
    check(firstOrigin.minusMonths(1)); // the first origin needs a month of history
    check(lastOrigin); // the last origin is scored against its own month
    BacktestOptions options =
        BacktestOptions.of(firstOrigin, lastOrigin, maxHorizon, seed).withPaths(paths);
    return Backtest.of(NegativeBinomialModel.standard(), Baselines.standard(), options)
        .run(data, variable);
  }

  /** The panel cut at {@code asOf}: nothing observed later. */
  Panel knownAt(YearMonth asOf) {
    return data.reindex(MonthRange.of(data.months().first(), asOf));
  }

  private YearMonth check(YearMonth month) {
    if (!data.months().contains(month)) {
      throw new HandoverException(
          month + " is outside the months forecasts use (" + data.months() + ")");
    }
    return month;
  }
}
