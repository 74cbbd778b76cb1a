package org.handover.engine.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.withinPercentage;
import static org.handover.engine.indicator.Panels.NaN;
import static org.handover.engine.indicator.Panels.assertSeries;
import static org.handover.engine.indicator.Panels.eval;
import static org.handover.engine.indicator.Panels.eval1;

import java.util.Arrays;
import org.handover.engine.panel.Panel;
import org.handover.engine.panel.Variable;
import org.handover.engine.panel.VariableKind;
import org.junit.jupiter.api.Test;

class FunctionsTest {

  @Test
  void arithmeticFollowsPrecedenceAndPropagatesMissing() {
    assertSeries(eval1("1 + x * 2 - x / 4", 4, NaN, -8), 8, NaN, -13);
    assertSeries(eval1("-x + 10", 1, NaN), 9, NaN);
    assertSeries(eval1("(x + 1) * (x - 1)", 3, NaN), 8, NaN);
  }

  @Test
  void divisionByZeroAndOverflowGiveMissingNeverInfinity() {
    assertSeries(eval1("1 / x", 0, 2, NaN, -0.0), NaN, 0.5, NaN, NaN);
    assertSeries(eval1("0 / x", 0, 4), NaN, 0);
    assertSeries(eval1("x / 0", 3, 0), NaN, NaN);
    assertSeries(eval1("x * 1e300 * 1e300", 1, 0), NaN, 0);
    assertSeries(eval1("ratio(5, x)", 0, NaN, 2), NaN, NaN, 2.5);
    assertSeries(eval1("ratio(x, x - 1)", 1, 3), NaN, 1.5);
  }

  @Test
  void comparisonsGiveOneOrZeroAndMissingWhenEitherSideIs() {
    assertSeries(eval1("x < 2", 1, 2, 3, NaN), 1, 0, 0, NaN);
    assertSeries(eval1("x <= 2", 1, 2, 3, NaN), 1, 1, 0, NaN);
    assertSeries(eval1("x > 2", 1, 2, 3, NaN), 0, 0, 1, NaN);
    assertSeries(eval1("x >= 2", 1, 2, 3, NaN), 0, 1, 1, NaN);
    assertSeries(eval1("x == 2", 1, 2, 3, NaN), 0, 1, 0, NaN);
    assertSeries(eval1("x != 2", 1, 2, 3, NaN), 1, 0, 1, NaN);
  }

  @Test
  void ifPicksByConditionAndIsMissingWhenTheConditionIs() {
    assertSeries(eval1("if(x > 0, x, -x)", 3, -2, NaN, 0), 3, 2, NaN, 0);
    assertSeries(eval1("if(x, 1, 2)", 0.5, 0, NaN), 1, 2, NaN);
    assertSeries(eval1("if(1, x, 0)", 7, NaN), 7, NaN);
  }

  @Test
  void rollingWindowsAreMissingAtTheStartUntilTheWindowIsFull() {
    double[] x = {1, 2, 3, 4, 5};
    assertSeries(eval1("rolling_sum(x, 3)", x), NaN, NaN, 6, 9, 12);
    assertSeries(eval1("rolling_mean(x, 3)", x), NaN, NaN, 2, 3, 4);
    assertSeries(eval1("rolling_min(x, 2)", 3, 1, 2, 5, 4), NaN, 1, 1, 2, 4);
    assertSeries(eval1("rolling_max(x, 2)", 3, 1, 2, 5, 4), NaN, 3, 2, 5, 5);
    assertSeries(eval1("rolling_sum(x, 10)", x), NaN, NaN, NaN, NaN, NaN);
  }

  @Test
  void rollingMinObsCountsOnlyPresentMonths() {
    double[] x = {1, NaN, 3, NaN, NaN, 6};
    assertSeries(eval1("rolling_sum(x, 3)", x), NaN, NaN, NaN, NaN, NaN, NaN);
    assertSeries(eval1("rolling_sum(x, 3, 2)", x), NaN, NaN, 4, NaN, NaN, NaN);
    assertSeries(eval1("rolling_sum(x, 3, 1)", x), 1, 1, 4, 3, 3, 6);
    assertSeries(eval1("rolling_mean(x, 3, 1)", x), 1, 1, 2, 3, 3, 6);
    assertSeries(eval1("rolling_min(x, 3, 1)", x), 1, 1, 1, 3, 3, 6);
    assertSeries(eval1("rolling_max(x, 3, 1)", x), 1, 1, 3, 3, 3, 6);
    assertSeries(eval1("rolling_mean(x, 2, 1)", NaN, NaN, 4), NaN, NaN, 4);
  }

  @Test
  void lagDiffAndPctChangeLookBackAndAreMissingBeforeTheStart() {
    double[] x = {2, 4, NaN, 8, 0, 5};
    assertSeries(eval1("lag(x, 1)", x), NaN, 2, 4, NaN, 8, 0);
    assertSeries(eval1("lag(x, 2)", x), NaN, NaN, 2, 4, NaN, 8);
    assertSeries(eval1("diff(x, 1)", x), NaN, 2, NaN, NaN, -8, 5);
    assertSeries(eval1("pct_change(x, 1)", x), NaN, 1, NaN, NaN, -1, NaN);
    assertSeries(eval1("lag(x, 9)", x), NaN, NaN, NaN, NaN, NaN, NaN);
    assertSeries(
        eval1("slope(x, 3, 2)", x), NaN, 2, 2, 2, -8, -1.5); // the table in docs/indicators.md
  }

  @Test
  void slopeIsTheLeastSquaresTrendPerMonth() {
    assertSeries(eval1("slope(x, 3)", 1, 3, 5, 7, 6), NaN, NaN, 2, 2, 0.5);
    // Missing month inside the window: default min_obs = n makes it missing; min_obs 2 fits the
    // rest.
    assertSeries(eval1("slope(x, 3)", 1, NaN, 5, 6), NaN, NaN, NaN, NaN);
    assertSeries(eval1("slope(x, 3, 2)", 1, NaN, 5, 6), NaN, NaN, 2, 1);
    assertSeries(eval1("slope(x, 4, 2)", 10, NaN, NaN, NaN, 2), NaN, NaN, NaN, NaN, NaN);
    assertSeries(eval1("slope(x, 2)", 1e12, 1e12 + 3), NaN, 3);
  }

  @Test
  void elementwiseMathGivesMissingOutsideItsDomain() {
    assertSeries(eval1("min(x, 2)", 1, 3, NaN), 1, 2, NaN);
    assertSeries(eval1("max(x, 2)", 1, 3, NaN), 2, 3, NaN);
    assertSeries(eval1("abs(x)", -2, 3, NaN), 2, 3, NaN);
    assertSeries(eval1("log(x)", Math.E, 0, -1, NaN), 1, NaN, NaN, NaN);
    assertSeries(eval1("log1p(x)", 0, -1, -2), 0, NaN, NaN);
    assertSeries(eval1("sqrt(x)", 9, -1), 3, NaN);
    assertSeries(eval1("exp(x)", 0, 1000, NaN), 1, NaN, NaN);
    assertSeries(eval1("clamp(x, -1, 1)", -5, 0.5, 5, NaN), -1, 0.5, 1, NaN);
  }

  @Test
  void log1pStaysAccurateForTinyValues() {
    for (double x : new double[] {1e-300, 1e-20, 1e-10, 1e-5, 0.5, 3, 1e6, 1e300, -0.5, -1e-12}) {
      assertThat(Elementwise.log1p(x))
          .as("log1p(%s)", x)
          .isCloseTo(Math.log1p(x), withinPercentage(1e-12));
    }
  }

  @Test
  void perCapitaScalesByPopulation() {
    Panel p =
        Panels.empty(Panels.theater(3), 2)
            .with(Panels.real("deaths"), new double[][] {{10, NaN}, {5, 5}, {1, 2}})
            .withAttribute(
                Variable.real("population", VariableKind.ATTRIBUTE, "residents"),
                new double[] {1e6, 0, NaN});
    double[][] r = eval(p, "per_capita(deaths, 1e5)");
    assertSeries(r[0], 1, NaN);
    assertSeries(r[1], NaN, NaN);
    assertSeries(r[2], NaN, NaN);
  }

  @Test
  void missingMonthHandling() {
    double[] x = {NaN, 1, NaN, NaN, NaN, 4, NaN};
    assertSeries(eval1("fill(x, 0)", x), 0, 1, 0, 0, 0, 4, 0);
    assertSeries(eval1("fill(x, -1.5)", x), -1.5, 1, -1.5, -1.5, -1.5, 4, -1.5);
    assertSeries(eval1("coalesce(x, lag(x, 1), 9)", x), 9, 1, 1, 9, 9, 4, 4);
    assertSeries(eval1("carry_forward(x, 2)", x), NaN, 1, 1, 1, NaN, 4, 4);
    assertSeries(eval1("interpolate(x)", x), NaN, 1, 1.75, 2.5, 3.25, 4, NaN);
    assertSeries(eval1("is_missing(x)", x), 1, 0, 1, 1, 1, 0, 1);
    assertSeries(eval1("months_since_data(x)", x), NaN, 0, 1, 2, 3, 0, 1);
  }

  @Test
  void nationalFunctionsAggregateRegionsPerMonthIgnoringMissing() {
    Panel p =
        Panels.empty(Panels.theater(3), 3)
            .with(Panels.real("x"), new double[][] {{1, NaN, NaN}, {2, 4, NaN}, {6, NaN, NaN}});
    double[][] sum = eval(p, "national_sum(x)");
    double[][] mean = eval(p, "national_mean(x)");
    for (int r = 0; r < 3; r++) {
      assertSeries(sum[r], 9, 4, NaN);
      assertSeries(mean[r], 3, 4, NaN);
    }
    assertSeries(eval(p, "x / national_sum(x)")[1], 2.0 / 9, 1, NaN);
    assertSeries(eval(p, "national_sum(x) * 2")[2], 18, 8, NaN);
  }

  @Test
  void neighbourMeanAveragesBorderingRegionsIgnoringMissing() {
    // r0 - r1 - r2 in a line; r3 has no neighbours.
    Panel p =
        Panels.empty(Panels.theater(4, new int[] {0, 1}, new int[] {1, 2}), 2)
            .with(Panels.real("x"), new double[][] {{1, NaN}, {10, 20}, {3, NaN}, {100, 100}});
    double[][] r = eval(p, "neighbour_mean(x)");
    assertSeries(r[0], 10, 20);
    assertSeries(r[1], 2, NaN);
    assertSeries(r[2], 10, 20);
    assertSeries(r[3], NaN, NaN);
  }

  @Test
  void constantsBecomeWholeSeries() {
    Panel p = Panels.empty(Panels.theater(2), 3);
    double[][] r = eval(p, "2 * 3");
    assertSeries(r[0], 6, 6, 6);
    assertSeries(r[1], 6, 6, 6);
    assertSeries(eval(p, "lag(5, 1)")[1], NaN, 5, 5);
    assertSeries(eval(p, "1 / 0")[0], NaN, NaN, NaN);
    assertSeries(eval(p, "if(0, 1, 2) + clamp(7, 0, 3)")[0], 5, 5, 5);
  }

  @Test
  void evaluationNeverWritesIntoThePanel() {
    double[][] x = {{1, NaN, 3, 4}, {5, 6, NaN, 8}};
    double[] nationalRow = {2, 2, NaN, 1};
    Panel p =
        Panels.empty(Panels.theater(2, new int[] {0, 1}), 4)
            .with(Panels.real("x"), x)
            .withNational(Panels.real("n"), nationalRow);
    double[][] xCopy = {x[0].clone(), x[1].clone()};
    double[] nCopy = nationalRow.clone();
    for (String src :
        new String[] {
          "x",
          "n",
          "-x",
          "x * 2 + n",
          "abs(n)",
          "fill(x, 0)",
          "clamp(n, 0, 1)",
          "rolling_sum(x, 2, 1)",
          "lag(n, 1)",
          "if(x > 2, n, x)",
          "coalesce(x, n)",
          "national_sum(n) + 1",
          "neighbour_mean(n)",
          "is_missing(x)",
          "carry_forward(n, 1)",
          "interpolate(x)",
          "min(x, n)"
        }) {
      double[][] out = eval(p, src);
      if (out != x && out != p.values("n")) {
        for (double[] row : out) {
          Arrays.fill(row, 42); // a caller scribbling on a fresh result must not reach the panel
        }
      }
      assertThat(p.values("x")[0]).as(src).containsExactly(xCopy[0]);
      assertThat(p.values("x")[1]).as(src).containsExactly(xCopy[1]);
      assertThat(p.values("n")[0]).as(src).containsExactly(nCopy);
      assertThat(p.values("n")[1]).as(src).containsExactly(nCopy);
    }
  }

  @Test
  void sharedIntermediatesAreNotCorrupted() {
    // Each operand is its own grid: writing a sum into one must not change the other side.
    assertSeries(eval1("(x + 1) * (x + 1) - (x + 1)", 1, 2, NaN), 2, 6, NaN);
    assertSeries(eval1("national_sum(x) + national_sum(x)", 3, 4), 6, 8);
    assertSeries(eval1("if(x > 1, x + 1, x - 1) * 2", 1, 2), 0, 6);
  }
}
