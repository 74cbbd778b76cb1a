package org.handover.engine.forecast.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.handover.engine.forecast.FittedModel;
import org.handover.engine.forecast.ForecastModel;
import org.handover.engine.forecast.History;
import org.handover.engine.forecast.Parameter;
import org.handover.engine.forecast.nb.NegativeBinomialModel;
import org.handover.engine.forecast.nb.Simulated;
import org.handover.engine.theater.RegionId;
import org.handover.engine.time.MonthRange;
import org.junit.jupiter.api.Test;

class BacktestTest {
  private static final MonthRange AXIS = Simulated.AXIS;
  private static final int REGIONS = 8;

  private static List<RegionId> ids() {
    List<RegionId> ids = new ArrayList<>();
    for (int r = 0; r < REGIONS; r++) {
      ids.add(RegionId.of("r" + r));
    }
    return ids;
  }

  /** Wraps a model and records, per origin, what it was given and what it drew. */
  private static final class Spy implements ForecastModel {
    private final ForecastModel inner;
    final Map<YearMonth, YearMonth> lastMonthSeen = new LinkedHashMap<>();
    final Map<YearMonth, List<Double>> parameters = new LinkedHashMap<>();
    final Map<YearMonth, double[][]> firstPath = new LinkedHashMap<>();

    Spy(ForecastModel inner) {
      this.inner = inner;
    }

    @Override
    public String name() {
      return "spy";
    }

    @Override
    public FittedModel fit(History history, Optional<FittedModel> warmStart) {
      lastMonthSeen.put(history.origin(), history.months().last());
      FittedModel fit = inner.fit(history, warmStart);
      parameters.put(history.origin(), fit.parameters().stream().map(Parameter::estimate).toList());
      firstPath.put(history.origin(), fit.simulate(history, 3, 1, 77).path(0));
      return fit;
    }
  }

  private static BacktestOptions options(String from, String to) {
    return new BacktestOptions(YearMonth.parse(from), YearMonth.parse(to), 3, 200, 5, 2);
  }

  @Test
  void neverLooksPastTheOrigin() {
    double[][] clean = Simulated.panel(REGIONS, Simulated.TRUE, null, Simulated.options(0), 21);
    // Poison every month from 2010-01 on: huge counts in some regions, missing in others.
    double[][] poisoned = new double[REGIONS][];
    int cut = AXIS.offsetOf(YearMonth.of(2010, 1));
    for (int r = 0; r < REGIONS; r++) {
      poisoned[r] = clean[r].clone();
      for (int m = cut; m < AXIS.length(); m++) {
        poisoned[r][m] = r % 2 == 0 ? 1e9 : Double.NaN;
      }
    }
    Spy a = new Spy(NegativeBinomialModel.standard());
    Spy b = new Spy(NegativeBinomialModel.standard());
    BacktestOptions o = options("2009-01", "2011-06");
    Backtest.of(a, Baselines.standard(), o).run("y", ids(), clean, Simulated.ring(REGIONS), AXIS);
    Backtest.of(b, Baselines.standard(), o)
        .run("y", ids(), poisoned, Simulated.ring(REGIONS), AXIS);
    a.lastMonthSeen.forEach((origin, last) -> assertThat(last).isEqualTo(origin.minusMonths(1)));
    assertThat(a.lastMonthSeen).hasSize(30);
    for (YearMonth origin = YearMonth.of(2009, 1);
        !origin.isAfter(YearMonth.of(2010, 1));
        origin = origin.plusMonths(1)) {
      // Up to the first poisoned month, nothing the model saw or drew may differ.
      assertThat(b.parameters.get(origin))
          .as("parameters at " + origin)
          .isEqualTo(a.parameters.get(origin));
      assertThat(b.firstPath.get(origin))
          .as("draws at " + origin)
          .isDeepEqualTo(a.firstPath.get(origin));
    }
    // After it, the poison is visible: the test can tell a leak from none.
    assertThat(b.parameters.get(YearMonth.of(2010, 3)))
        .isNotEqualTo(a.parameters.get(YearMonth.of(2010, 3)));
  }

  @Test
  void namesEveryScoreInTheOrderOfTheScoreList() {
    double[][] y = Simulated.panel(REGIONS, Simulated.TRUE, null, Simulated.options(0), 25);
    BacktestResult result =
        Backtest.of(
                NegativeBinomialModel.standard(),
                Baselines.standard(),
                options("2012-01", "2012-02"))
            .run("y", ids(), y, Simulated.ring(REGIONS), AXIS);
    List<String> names =
        List.of(
            "crps",
            "mae_log1p",
            "mae_mean",
            "bias_mean",
            "coverage80",
            "pit_coverage80",
            "nominal_coverage80");
    assertThat(result.scores())
        .allSatisfy(s -> assertThat(s.means().keySet()).containsExactlyElementsOf(names));
    assertThat(result.regionScores())
        .allSatisfy(s -> assertThat(s.means().keySet()).containsExactlyElementsOf(names));
    HorizonScore m = result.score(NegativeBinomialModel.NAME, 1);
    assertThat(m.mean("crps")).isEqualTo(m.crps());
    assertThat(m.mean("nominal_coverage80")).isEqualTo(m.nominalCoverage80()).isBetween(0.0, 1.0);
    assertThatThrownBy(() -> m.mean("brier")).hasMessageContaining("no score named brier");
    // A point forecast's mean is its value: the error of its mean is its CRPS (absolute error).
    HorizonScore noChange = result.score("no-change", 1);
    assertThat(noChange.maeMean()).isCloseTo(noChange.crps(), within(1e-9));
    assertThat(Math.abs(noChange.biasMean())).isLessThanOrEqualTo(noChange.maeMean());
    assertThat(m.maeMean()).isPositive().isGreaterThanOrEqualTo(Math.abs(m.biasMean()));
  }

  @Test
  void scoresAPointForecastByItsAbsoluteError() {
    double[][] y = Simulated.panel(REGIONS, Simulated.TRUE, null, Simulated.options(0), 22);
    BacktestOptions o = options("2012-01", "2012-12");
    BacktestResult result =
        Backtest.of(NegativeBinomialModel.standard(), Baselines.standard(), o)
            .run("y", ids(), y, Simulated.ring(REGIONS), AXIS);
    for (int h = 1; h <= 3; h++) {
      double crps = 0;
      double log = 0;
      int n = 0;
      for (int o0 = AXIS.offsetOf(YearMonth.of(2012, 1));
          o0 <= AXIS.offsetOf(YearMonth.of(2012, 12));
          o0++) {
        for (int r = 0; r < REGIONS; r++) {
          double last = y[r][o0 - 1];
          double actual = y[r][o0 + h - 1];
          crps += Math.abs(last - actual);
          log += Math.abs(Math.log1p(last) - Math.log1p(actual));
          n++;
        }
      }
      HorizonScore s = result.score("no-change", h);
      assertThat(s.n()).isEqualTo(n);
      assertThat(s.crps()).isCloseTo(crps / n, within(1e-9));
      assertThat(s.maeLog1p()).isCloseTo(log / n, within(1e-9));
      assertThat(s.coverage80()).isNaN();
      assertThat(s.pitCoverage80()).isNaN();
      assertThat(s.nominalCoverage80()).isNaN();
      HorizonScore m = result.score(NegativeBinomialModel.NAME, h);
      assertThat(m.coverage80()).isBetween(0.0, 1.0);
      assertThat(m.pitCoverage80()).isBetween(0.0, 1.0);
      assertThat(result.score("zero", h).crps()).isGreaterThan(m.crps());
    }
    Skill skill = result.skill();
    assertThat(skill.perHorizon()).hasSize(3);
    Skill.HorizonSkill h1 = skill.perHorizon().get(0);
    double best =
        Math.min(
            result.score("zero", 1).crps(),
            Math.min(
                result.score("no-change", 1).crps(), result.score("rolling-mean-12", 1).crps()));
    assertThat(h1.reduction())
        .isCloseTo(1 - result.score(NegativeBinomialModel.NAME, 1).crps() / best, within(1e-12));
    assertThat(result.fits()).hasSize(12).allMatch(f -> f.convergence().converged());
  }

  @Test
  void isReproducibleAndIndependentOfThreads() {
    double[][] y = Simulated.panel(REGIONS, Simulated.TRUE, null, Simulated.options(0), 23);
    BacktestOptions o = options("2013-01", "2013-06");
    Backtest bt = Backtest.of(NegativeBinomialModel.standard(), Baselines.standard(), o);
    BacktestResult one = bt.run("y", ids(), y, Simulated.ring(REGIONS), AXIS);
    BacktestResult two =
        Backtest.of(NegativeBinomialModel.standard(), Baselines.standard(), o.withThreads(1))
            .run("y", ids(), y, Simulated.ring(REGIONS), AXIS);
    assertThat(two.scores()).isEqualTo(one.scores());
  }

  @Test
  void scoresOnlyMonthsWithDataAndRejectsOriginsOutsideTheData() {
    double[][] y = Simulated.panel(REGIONS, Simulated.TRUE, null, Simulated.options(0), 24);
    y[0][AXIS.offsetOf(YearMonth.of(2014, 12))] = Double.NaN;
    BacktestResult r =
        Backtest.of(
                NegativeBinomialModel.standard(),
                Baselines.standard(),
                options("2014-11", "2014-12"))
            .run("y", ids(), y, Simulated.ring(REGIONS), AXIS);
    // h=1: 2014-11 (8 regions) and 2014-12 (7 with data); h=2: only 2014-12 from the first origin.
    assertThat(r.score("zero", 1).n()).isEqualTo(15);
    assertThat(r.score("zero", 2).n()).isEqualTo(7);
    assertThat(r.scores()).noneMatch(s -> s.horizon() == 3);
    assertThatThrownBy(
            () ->
                Backtest.of(
                        NegativeBinomialModel.standard(),
                        Baselines.standard(),
                        options("2015-01", "2015-02"))
                    .run("y", ids(), y, Simulated.ring(REGIONS), AXIS))
        .hasMessageContaining("after the data");
  }
}
