package org.handover.engine.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.handover.engine.indicator.Panels.assertSeries;
import static org.handover.engine.indicator.Panels.close;
import static org.handover.engine.indicator.Panels.eval1;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.QuickTheory;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

class SeriesPropertiesTest {
  private static QuickTheory qt() {
    return QuickTheory.qt().withFixedSeed(20_261_122L).withExamples(500);
  }

  /** Series of 1-40 months; with {@code missing}, about one month in four is NaN. */
  private static Gen<double[]> series(boolean missing) {
    Gen<Double> value =
        doubles().between(-1000, 1000).mix(integers().between(0, 50).map(Integer::doubleValue), 40);
    Gen<Double> cell =
        missing
            ? Generate.frequency(Pair.of(3, value), Pair.of(1, Generate.constant(Double.NaN)))
            : value;
    return lists()
        .of(cell)
        .ofSizeBetween(1, 40)
        .map(l -> l.stream().mapToDouble(Double::doubleValue).toArray())
        .describedAs(Arrays::toString);
  }

  private static final Gen<Integer> WINDOW = integers().between(1, 15);

  @Test
  void rollingSumOverOneMonthIsTheSeries() {
    qt().forAll(series(true))
        .checkAssert(x -> assertThat(eval1("rolling_sum(x, 1)", x)).containsExactly(x));
  }

  @Test
  void rollingSumIsNTimesRollingMeanWithoutMissingMonths() {
    qt().forAll(series(false), WINDOW)
        .checkAssert(
            (x, n) -> {
              double[] sum = eval1("rolling_sum(x, " + n + ")", x);
              double[] mean = eval1("rolling_mean(x, " + n + ")", x);
              for (int m = 0; m < x.length; m++) {
                assertThat(Double.isNaN(sum[m])).isEqualTo(m < n - 1);
                assertThat(
                        close(sum[m], n * mean[m])
                            || Math.abs(sum[m] - n * mean[m]) < 1e-9 * n * 1000)
                    .isTrue();
              }
            });
  }

  @Test
  void rollingMinMeanMaxAreOrdered() {
    qt().forAll(series(true), WINDOW, integers().between(1, 15))
        .assuming((x, n, k) -> k <= n)
        .checkAssert(
            (x, n, k) -> {
              String args = "(x, " + n + ", " + k + ")";
              double[] lo = eval1("rolling_min" + args, x);
              double[] mean = eval1("rolling_mean" + args, x);
              double[] hi = eval1("rolling_max" + args, x);
              for (int m = 0; m < x.length; m++) {
                assertThat(Double.isNaN(lo[m]))
                    .isEqualTo(Double.isNaN(hi[m]))
                    .isEqualTo(Double.isNaN(mean[m]));
                if (!Double.isNaN(mean[m])) {
                  assertThat(lo[m])
                      .isLessThanOrEqualTo(mean[m] + 1e-9)
                      .isLessThanOrEqualTo(hi[m] + 1e-9);
                }
              }
            });
  }

  @Test
  void lagsAdd() {
    qt().forAll(series(true), WINDOW, WINDOW)
        .checkAssert(
            (x, a, b) ->
                assertThat(eval1("lag(lag(x, " + a + "), " + b + ")", x))
                    .containsExactly(eval1("lag(x, " + (a + b) + ")", x)));
  }

  @Test
  void diffIsTheSeriesMinusItsLag() {
    qt().forAll(series(true), WINDOW)
        .checkAssert(
            (x, n) ->
                assertThat(eval1("diff(x, " + n + ")", x))
                    .containsExactly(eval1("x - lag(x, " + n + ")", x)));
  }

  @Test
  void slopeOfAStraightLineIsItsGradient() {
    qt().forAll(
            doubles().between(-100, 100),
            doubles().between(-10, 10),
            integers().between(2, 40),
            integers().between(2, 12))
        .checkAssert(
            (a, b, length, n) -> {
              double[] x = new double[length];
              for (int t = 0; t < length; t++) {
                x[t] = a + b * t;
              }
              double[] s = eval1("slope(x, " + n + ")", x);
              for (int m = 0; m < length; m++) {
                if (m < n - 1) {
                  assertThat(s[m]).isNaN();
                } else {
                  assertThat(s[m]).isCloseTo(b, within(1e-9));
                }
              }
            });
  }

  @Test
  void carryForwardFillsOnlyFromTheLastValueAndNeverBeyondMaxMonths() {
    qt().forAll(series(true), integers().between(1, 6))
        .checkAssert(
            (x, max) -> {
              double[] out = eval1("carry_forward(x, " + max + ")", x);
              double[] since = eval1("months_since_data(x)", x);
              for (int m = 0; m < x.length; m++) {
                if (!Double.isNaN(x[m])) {
                  assertThat(out[m]).isEqualTo(x[m]);
                } else if (Double.isNaN(since[m]) || since[m] > max) {
                  assertThat(out[m])
                      .as("month %d is %s months after data, max %d", m, since[m], max)
                      .isNaN();
                } else {
                  assertThat(out[m]).isEqualTo(x[m - (int) since[m]]);
                }
              }
            });
  }

  private static final List<String> CAUSAL =
      List.of(
          "rolling_sum(x, 3)",
          "rolling_mean(x, 4, 2)",
          "rolling_min(x, 2, 1)",
          "rolling_max(x, 5, 3)",
          "lag(x, 2)",
          "diff(x, 1)",
          "pct_change(x, 3)",
          "slope(x, 4, 2)",
          "carry_forward(x, 2)",
          "months_since_data(x)",
          "fill(x, 0)",
          "is_missing(x)",
          "coalesce(x, lag(x, 1))");

  @Test
  void windowFunctionsNeverLookAhead() {
    qt().forAll(series(true), series(true), integers().between(0, 39))
        .checkAssert(
            (x, other, cut) -> {
              if (cut >= x.length) {
                return;
              }
              double[] changed = x.clone();
              for (int m = cut; m < x.length; m++) {
                changed[m] = other[m % other.length];
              }
              for (String f : CAUSAL) {
                double[] before = Arrays.copyOf(eval1(f, x), cut);
                double[] after = Arrays.copyOf(eval1(f, changed), cut);
                assertThat(after).as("%s over months before %d", f, cut).containsExactly(before);
              }
            });
  }

  @Test
  void interpolationKeepsKnownMonthsAndNeverExtrapolates() {
    qt().forAll(series(true))
        .checkAssert(
            x -> {
              double[] out = eval1("interpolate(x)", x);
              double[] since = eval1("months_since_data(x)", x);
              boolean laterData = false;
              for (int m = x.length - 1; m >= 0; m--) {
                if (!Double.isNaN(x[m])) {
                  assertThat(out[m]).isEqualTo(x[m]);
                  laterData = true;
                } else {
                  assertThat(Double.isNaN(out[m])).isEqualTo(Double.isNaN(since[m]) || !laterData);
                }
              }
            });
  }

  @Test
  void missingValuesPropagateThroughArithmetic() {
    qt().forAll(series(true))
        .checkAssert(
            x -> {
              double[] sum = eval1("x + 1", x);
              double[] isMissing = eval1("is_missing(x * 2 - x / 3)", x);
              for (int m = 0; m < x.length; m++) {
                assertThat(Double.isNaN(sum[m])).isEqualTo(Double.isNaN(x[m]));
                assertThat(isMissing[m]).isEqualTo(Double.isNaN(x[m]) ? 1 : 0);
              }
              assertSeries(eval1("fill(x, 7) - coalesce(x, 7)", x), new double[x.length]);
            });
  }
}
