package org.handover.app.report;

import java.time.YearMonth;
import java.util.Optional;
import java.util.SplittableRandom;
import org.handover.engine.benchmark.BenchmarkSet;
import org.handover.engine.forecast.Forecast;
import org.handover.engine.forecast.History;
import org.handover.engine.forecast.evaluation.Backtest;
import org.handover.engine.forecast.evaluation.BacktestOptions;
import org.handover.engine.forecast.evaluation.BacktestResult;
import org.handover.engine.forecast.evaluation.Baselines;
import org.handover.engine.forecast.nb.NegativeBinomialModel;
import org.handover.engine.outlook.Outlook;
import org.handover.engine.outlook.OutlookOptions;
import org.handover.engine.outlook.OutlookResult;
import org.handover.engine.panel.Panel;
import org.handover.engine.panel.Variable;
import org.handover.engine.panel.VariableKind;

/**
 * The report fixture with a count variable to forecast: monthly deaths drawn around the fixture's
 * violence series, from which the indicator deaths_per_100k is recomputed (on the data and on every
 * sample path), and the real engine's forecast, outlook and backtest of it.
 */
final class ForecastFixture {
  static final String VARIABLE = "deaths_best";
  static final int HORIZON = 12;
  static final int PATHS = 200;
  static final long SEED = 42;

  private static ReportModel model;
  private static Forecast forecast;
  private static OutlookResult outlook;
  private static BacktestResult backtest;

  private ForecastFixture() {}

  static Panel panel() {
    Panel base = ReportFixture.panel(true);
    double[][] rate = base.values("deaths_per_100k");
    double[][] population = base.values("population");
    double[][] deaths = new double[rate.length][rate[0].length];
    SplittableRandom random = new SplittableRandom(11);
    for (int r = 0; r < rate.length; r++) {
      for (int m = 0; m < rate[r].length; m++) {
        double mean = rate[r][m] * population[r][m] / 100_000;
        // Poisson by inversion: a count around the fixture's rate; NaN stays "no data"
        deaths[r][m] = Double.isNaN(mean) ? Double.NaN : poisson(mean, random);
      }
    }
    return indicators(base.with(Variable.real(VARIABLE, VariableKind.EVENT, "deaths, best estimate"), deaths));
  }

  /** deaths_per_100k from the deaths and the population, as the benchmark set's indicator would. */
  static Panel indicators(Panel p) {
    double[][] deaths = p.values(VARIABLE);
    double[][] population = p.values("population");
    double[][] rate = new double[deaths.length][deaths[0].length];
    for (int r = 0; r < deaths.length; r++) {
      for (int m = 0; m < deaths[r].length; m++) {
        rate[r][m] = 100_000 * deaths[r][m] / population[r][m];
      }
    }
    return p.with(Variable.real("deaths_per_100k", VariableKind.INDICATOR, "deaths per 100,000 residents"), rate);
  }

  private static double poisson(double mean, SplittableRandom random) {
    if (mean > 500) {
      // inversion underflows exp(-mean); the normal approximation is close enough for a fixture
      return Math.max(0, Math.round(mean + Math.sqrt(mean) * random.nextGaussian()));
    }
    double u = random.nextDouble();
    double p = Math.exp(-mean);
    double cdf = p;
    int k = 0;
    while (u > cdf && k < 10_000) {
      k++;
      p *= mean / k;
      cdf += p;
    }
    return k;
  }

  static synchronized ReportModel model() {
    if (model == null) {
      BenchmarkSet set = ReportFixture.benchmarkSet();
      model = ReportModel.assess(panel(), set, ReportFixture.AS_OF, ReportFixture.geoJson(), ReportFixture.provenance(),
          ReportFixture.GENERATED);
    }
    return model;
  }

  static synchronized Forecast forecast() {
    if (forecast == null) {
      History history = History.through(model().panel(), VARIABLE, ReportFixture.AS_OF);
      forecast = NegativeBinomialModel.standard().fit(history).forecast(history, HORIZON, PATHS, SEED);
    }
    return forecast;
  }

  static synchronized OutlookResult outlook() {
    if (outlook == null) {
      outlook = Outlook.of(model().benchmarkSet(), ForecastFixture::indicators).run(model().panel(), VARIABLE,
          ReportFixture.AS_OF.plusMonths(1), NegativeBinomialModel.standard(),
          OutlookOptions.of(HORIZON, SEED).withPaths(PATHS).withIndicatorLookback(12));
    }
    return outlook;
  }

  static synchronized BacktestResult backtest() {
    if (backtest == null) {
      BacktestOptions options = BacktestOptions.of(YearMonth.of(2006, 7), YearMonth.of(2006, 12), 3, SEED)
          .withPaths(100);
      backtest = Backtest.of(NegativeBinomialModel.standard(), Baselines.standard(), options).run(model().panel(),
          VARIABLE);
    }
    return backtest;
  }

  static ForecastSection section(boolean withBacktest) {
    return new ForecastSection(model(), RegionShapes.of(model().boundaries(), model().theater()), forecast(),
        outlook(), withBacktest ? Optional.of(backtest()) : Optional.empty(), "Add --backtest-from and --backtest-to.");
  }
}
