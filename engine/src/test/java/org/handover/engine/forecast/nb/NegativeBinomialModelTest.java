package org.handover.engine.forecast.nb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.handover.engine.forecast.FittedModel;
import org.handover.engine.forecast.Forecast;
import org.handover.engine.forecast.History;
import org.handover.engine.forecast.Parameter;
import org.handover.engine.forecast.SamplePaths;
import org.handover.engine.provenance.Provenance;
import org.handover.engine.time.MonthRange;
import org.junit.jupiter.api.Test;

class NegativeBinomialModelTest {
  @Test
  void recoversTheCoefficientsOfDataDrawnFromIt() {
    NegativeBinomialOptions options = Simulated.options(0);
    double[][] y = Simulated.panel(40, Simulated.TRUE, null, options, 42);
    History h = History.truncate(y, Simulated.ring(40), Simulated.AXIS, Simulated.AXIS.length());
    FittedModel fit = NegativeBinomialModel.of(options).fit(h);
    assertThat(fit.convergence().converged()).as(fit.convergence().message()).isTrue();
    List<Parameter> ps = fit.parameters();
    assertThat(ps).hasSize(Simulated.TRUE.length);
    for (int i = 0; i < ps.size(); i++) {
      Parameter p = ps.get(i);
      assertThat(p.standardError()).as(p.name()).isPositive().isLessThan(0.3);
      assertThat(p.estimate())
          .as(p.name() + " ± " + p.standardError())
          .isCloseTo(Simulated.TRUE[i], within(4 * p.standardError()));
    }
  }

  @Test
  void recoversRegionDispersionOffsets() {
    NegativeBinomialOptions options = Simulated.options(1);
    double[] offsets = new double[30];
    for (int r = 0; r < offsets.length; r++) {
      offsets[r] = r % 2 == 0 ? 0.8 : -0.8;
    }
    double[][] y = Simulated.panel(30, Simulated.TRUE, offsets, options, 5);
    History h = History.truncate(y, Simulated.ring(30), Simulated.AXIS, Simulated.AXIS.length());
    FittedModel fit = NegativeBinomialModel.of(options).fit(h);
    assertThat(fit.convergence().converged()).isTrue();
    List<Parameter> ps = fit.parameters();
    assertThat(ps).hasSize(Simulated.TRUE.length + 30);
    for (int i = 0; i < 6; i++) {
      assertThat(ps.get(i).estimate())
          .as(ps.get(i).name())
          .isCloseTo(Simulated.TRUE[i], within(4 * ps.get(i).standardError()));
    }
    double even = 0;
    double odd = 0;
    for (int r = 0; r < 30; r++) {
      double u = ps.get(Simulated.TRUE.length + r).estimate();
      if (r % 2 == 0) {
        even += u / 15;
      } else {
        odd += u / 15;
      }
    }
    // The shared intercept absorbs the average; the spread between the two groups is 1.6.
    assertThat(even - odd).isCloseTo(1.6, within(0.35));
  }

  @Test
  void warmStartsReachTheSameFit() {
    NegativeBinomialOptions options = NegativeBinomialOptions.standard();
    double[][] y = Simulated.panel(12, Simulated.TRUE, null, Simulated.options(0), 3);
    int[][] adj = Simulated.ring(12);
    NegativeBinomialModel model = NegativeBinomialModel.of(options);
    FittedModel earlier = model.fit(History.truncate(y, adj, Simulated.AXIS, 100));
    History later = History.truncate(y, adj, Simulated.AXIS, 101);
    FittedModel cold = model.fit(later);
    FittedModel warm = model.fit(later, Optional.of(earlier));
    assertThat(warm.convergence().iterations()).isLessThan(cold.convergence().iterations());
    for (int i = 0; i < cold.parameters().size(); i++) {
      assertThat(warm.parameters().get(i).estimate())
          .isCloseTo(cold.parameters().get(i).estimate(), within(1e-6));
    }
  }

  @Test
  void theSameSeedGivesTheSamePathsOnAnyNumberOfThreads() {
    double[][] y = Simulated.panel(10, Simulated.TRUE, null, Simulated.options(0), 8);
    History h = History.truncate(y, Simulated.ring(10), Simulated.AXIS, 120);
    FittedModel fit = NegativeBinomialModel.standard().fit(h);
    SamplePaths a = SamplePaths.generate(fit.sampler(h, 12), 300, 99, 1);
    SamplePaths b = SamplePaths.generate(fit.sampler(h, 12), 300, 99, 2);
    SamplePaths c = SamplePaths.generate(fit.sampler(h, 12), 300, 100, 2);
    assertThat(a.sameAs(b)).isTrue();
    assertThat(a.sameAs(c)).isFalse();
    // A path does not depend on how many paths are drawn with it.
    SamplePaths fewer = SamplePaths.generate(fit.sampler(h, 12), 7, 99, 2);
    assertThat(fewer.path(6)).isDeepEqualTo(a.path(6));
  }

  @Test
  void drawsAreCappedAtAMultipleOfTheRegionsOwnRecordAndTheCapIsReported() {
    double[][] y = Simulated.panel(10, Simulated.TRUE, null, Simulated.options(0), 11);
    History h = History.truncate(y, Simulated.ring(10), Simulated.AXIS, 120);
    NegativeBinomialOptions tight =
        NegativeBinomialOptions.standard().withPathBounds(1, Double.POSITIVE_INFINITY);
    Forecast f = NegativeBinomialModel.of(tight).fit(h).forecast(h, 6, 400, 5);
    int capped = 0;
    for (int r = 0; r < 10; r++) {
      double largest = 0;
      for (double v : h.values()[r]) {
        largest = Math.max(largest, v);
      }
      double ceiling = Math.floor(1 + largest);
      assertThat(f.paths().ceiling(r)).isEqualTo(ceiling);
      int atCap = 0;
      for (int s = 0; s < 6; s++) {
        for (double d : f.paths().samples(r, s)) {
          assertThat(d).isLessThanOrEqualTo(ceiling);
          atCap += d == ceiling ? 1 : 0;
        }
      }
      assertThat(f.paths().cappedDraws(r)).isEqualTo(atCap);
      capped += atCap;
    }
    assertThat(capped).isPositive();
    assertThat(f.cappedDraws()).startsWith(capped + " of 24000 draws at their region's cap");
    assertThat(f.provenance(Provenance.of(List.of())).notes())
        .containsEntry("forecast draws capped", f.cappedDraws());

    NegativeBinomialOptions none =
        tight.withPathBounds(Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY);
    Forecast free = NegativeBinomialModel.of(none).fit(h).forecast(h, 6, 400, 5);
    assertThat(free.paths().ceiling(0)).isInfinite();
    assertThat(free.cappedDraws()).isEmpty();
    assertThat(free.provenance(Provenance.of(List.of())).notes())
        .doesNotContainKey("forecast draws capped");
  }

  @Test
  void drawnMonthsFeedBackAtMostAMultipleOfTheRegionsRecord() {
    double[][] y = Simulated.panel(10, Simulated.TRUE, null, Simulated.options(0), 12);
    History h = History.truncate(y, Simulated.ring(10), Simulated.AXIS, 120);
    NegativeBinomialOptions free =
        NegativeBinomialOptions.standard()
            .withPathBounds(Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY);
    Fit fit = (Fit) NegativeBinomialModel.of(free).fit(h);
    Fit bounded =
        new Fit(
            free.withPathBounds(Double.POSITIVE_INFINITY, 1),
            fit.coefficients(),
            6,
            1,
            fit.parameters(),
            fit.logLikelihood(),
            fit.observations(),
            fit.convergence());
    SamplePaths a = fit.simulate(h, 6, 400, 3);
    SamplePaths b = bounded.simulate(h, 6, 400, 3);
    // The first month's draws read only the history, so they are the same; later months read the
    // drawn ones, fed back as at most 1 + the region's largest month, so their means are lower.
    double meanA = 0;
    double meanB = 0;
    for (int r = 0; r < 10; r++) {
      assertThat(b.samples(r, 0)).containsExactly(a.samples(r, 0));
      for (int s = 1; s < 6; s++) {
        meanA += Arrays.stream(a.samples(r, s)).sum();
        meanB += Arrays.stream(b.samples(r, s)).sum();
      }
    }
    assertThat(meanB).isLessThan(meanA);
    assertThat(b.sameAs(a)).isFalse();
  }

  @Test
  void forecastsCarryQuantilesThatIncreaseWithTheLevel() {
    double[][] y = Simulated.panel(10, Simulated.TRUE, null, Simulated.options(0), 9);
    History h = History.truncate(y, Simulated.ring(10), Simulated.AXIS, 150);
    Forecast f = NegativeBinomialModel.standard().fit(h).forecast(h, 6, 1000, 1);
    assertThat(f.origin()).isEqualTo(Simulated.AXIS.monthAt(150));
    assertThat(f.paths().pathCount()).isEqualTo(1000);
    double[][][] q = f.quantiles(0.05, 0.1, 0.25, 0.5, 0.75, 0.9, 0.95);
    for (double[][] region : q) {
      for (double[] step : region) {
        for (int i = 1; i < step.length; i++) {
          assertThat(step[i]).isGreaterThanOrEqualTo(step[i - 1]);
        }
      }
    }
    assertThat(f.provenance(Provenance.of(List.of())).seed()).hasValue(1);
  }

  @Test
  void skipsMissingMonthsAndDoesNotForecastRegionsWithoutRecentData() {
    double[][] y = Simulated.panel(10, Simulated.TRUE, null, Simulated.options(0), 10);
    for (int m = 20; m < 40; m++) {
      y[3][m] = Double.NaN;
    }
    for (int m = 100; m < 150; m++) {
      y[7][m] = Double.NaN;
    }
    y[2][149] = Double.NaN;
    History h = History.truncate(y, Simulated.ring(10), Simulated.AXIS, 150);
    FittedModel fit = NegativeBinomialModel.standard().fit(h);
    assertThat(fit.convergence().converged()).isTrue();
    assertThat(fit.observations()).isLessThan(10 * 149);
    SamplePaths paths = fit.simulate(h, 3, 50, 1);
    assertThat(paths.samples(7, 0)).containsOnly(Double.NaN);
    // A missing last month is bridged from the months before it.
    assertThat(paths.samples(2, 0)).doesNotContain(Double.NaN);
    assertThat(paths.samples(1, 2)).doesNotContain(Double.NaN);
  }

  @Test
  void refusesTooLittleDataAndNegativeCounts() {
    double[][] tiny = {{1, 2}, {3, 4}};
    int[][] adj = {{1}, {0}};
    assertThatThrownBy(
            () ->
                NegativeBinomialModel.standard()
                    .fit(History.truncate(tiny, adj, MonthRange.parse("2000-01", "2000-02"), 2)))
        .hasMessageContaining("too little data");
    double[][] negative = Simulated.panel(4, Simulated.TRUE, null, Simulated.options(0), 1);
    negative[1][30] = -2;
    assertThatThrownBy(
            () ->
                NegativeBinomialModel.standard()
                    .fit(History.truncate(negative, Simulated.ring(4), Simulated.AXIS, 100)))
        .hasMessageContaining("negative count -2.0 for region r1 in 2002-07");
  }
}
