package org.handover.engine.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.YearMonth;
import java.util.List;
import org.handover.engine.HandoverException;
import org.handover.engine.benchmark.Benchmark;
import org.handover.engine.benchmark.BenchmarkSet;
import org.handover.engine.benchmark.Combination;
import org.handover.engine.benchmark.Comparison;
import org.handover.engine.benchmark.Condition;
import org.handover.engine.benchmark.Stage;
import org.handover.engine.benchmark.Window;
import org.handover.engine.panel.Panel;
import org.handover.engine.panel.Variable;
import org.handover.engine.panel.VariableKind;
import org.handover.engine.provenance.InputRef;
import org.handover.engine.provenance.Provenance;
import org.handover.engine.theater.Region;
import org.handover.engine.theater.Theater;
import org.handover.engine.time.MonthRange;
import org.junit.jupiter.api.Test;

class AssessorTest {
  static final double N = Double.NaN;
  static final MonthRange MONTHS = MonthRange.parse("2007-01", "2007-06");
  static final Theater THEATER =
      Theater.of("t", List.of(Region.named("A"), Region.named("B")), List.of());
  static final Provenance PROV = Provenance.of(List.of(new InputRef("in.csv", "ab", "events")));

  static Panel panel(double[] a, double[] b, boolean illustrative) {
    Variable v = new Variable("x", VariableKind.INDICATOR, illustrative, "");
    return Panel.empty(THEATER, MONTHS).with(v, new double[][] {a, b});
  }

  static BenchmarkSet set(Combination combination, Benchmark... bs) {
    return new BenchmarkSet(
        "s",
        "1",
        "",
        List.of(),
        List.of(new Condition("c", "C", combination, List.of(bs), "")),
        List.of(new Stage("LOW", "", List.of()), new Stage("HIGH", "", List.of("c"))),
        "hash");
  }

  @Test
  void heldForCountsConsecutiveMonthsAndResetsOnABreak() {
    Benchmark b = Benchmark.of("b", "x", Comparison.LESS_OR_EQUAL, 2).heldFor(3);
    Panel p = panel(new double[] {1, 1, 5, 1, 1, 1}, new double[] {1, 1, 1, 1, 1, 1}, false);
    StageHistory h = Assessor.of(set(Combination.allOf(), b)).evaluate(p, PROV).history();
    assertThat(h.rank()[0]).containsExactly(0, 0, 0, 0, 0, 1);
    assertThat(h.rank()[1]).containsExactly(0, 0, 1, 1, 1, 1);

    Assessment a =
        Assessor.of(set(Combination.allOf(), b))
            .evaluate(p, PROV)
            .assessment(YearMonth.parse("2007-05"));
    BenchmarkVerdict v = a.regions().get(0).conditions().get(0).benchmarks().get(0);
    assertThat(v.status()).isEqualTo(Status.NOT_MET);
    assertThat(v.monthsHeld()).isEqualTo(2);
    assertThat(v.margin()).isEqualTo(1.0);
    assertThat(v.explanation()).isEqualTo("not met yet: x = 1 <= 2 but held only 2 of 3 months");
  }

  @Test
  void missingDataIsNoDataNotAPass() {
    Benchmark b = Benchmark.of("b", "x", Comparison.LESS, 2);
    Panel p = panel(new double[] {1, N, N, N, N, N}, new double[] {3, 3, 3, 3, 3, 3}, false);
    Assessment a =
        Assessor.of(set(Combination.allOf(), b))
            .evaluate(p, PROV)
            .assessment(YearMonth.parse("2007-03"));
    BenchmarkVerdict missing = a.regions().get(0).conditions().get(0).benchmarks().get(0);
    assertThat(missing.status()).isEqualTo(Status.NO_DATA);
    assertThat(missing.margin()).isNaN();
    assertThat(missing.explanation()).isEqualTo("no data: x has no value for 2007-03");
    assertThat(a.regions().get(0).stage().id()).isEqualTo("LOW");
    BenchmarkVerdict failing = a.regions().get(1).conditions().get(0).benchmarks().get(0);
    assertThat(failing.status()).isEqualTo(Status.NOT_MET);
    assertThat(failing.explanation()).isEqualTo("not met: x = 3 >= 2 (short by 1)");
  }

  @Test
  void windowAggregatesTheLastMonthsSkippingGaps() {
    Benchmark b =
        Benchmark.of("b", "x", Comparison.LESS_OR_EQUAL, 2)
            .over(Window.of(3, Window.Aggregate.MEAN));
    Panel p = panel(new double[] {6, 0, 0, N, 3, 3}, new double[] {1, 1, 1, 1, 1, 1}, false);
    Assessment a =
        Assessor.of(set(Combination.allOf(), b))
            .evaluate(p, PROV)
            .assessment(YearMonth.parse("2007-03"));
    assertThat(a.regions().get(0).conditions().get(0).benchmarks().get(0).value()).isEqualTo(2.0);
    Assessment later =
        Assessor.of(set(Combination.allOf(), b))
            .evaluate(p, PROV)
            .assessment(YearMonth.parse("2007-05"));
    assertThat(later.regions().get(0).conditions().get(0).benchmarks().get(0).value())
        .isEqualTo(1.5);
  }

  @Test
  void kOfNAndWeightedCombineWithNoDataHonestly() {
    Benchmark met = Benchmark.of("met", "x", Comparison.GREATER_OR_EQUAL, 0);
    Benchmark fails = Benchmark.of("fails", "x", Comparison.LESS, 0);
    Benchmark unknown = Benchmark.of("unknown", "y", Comparison.LESS, 0);
    Panel p =
        panel(new double[] {1, 1, 1, 1, 1, 1}, new double[] {1, 1, 1, 1, 1, 1}, false)
            .with(
                Variable.real("y", VariableKind.INDICATOR, ""),
                new double[][] {{N, N, N, N, N, N}, {N, N, N, N, N, N}});
    YearMonth m = YearMonth.parse("2007-01");

    assertThat(status(set(new Combination.KOfN(1), met, fails, unknown), p, m))
        .isEqualTo(Status.MET);
    // 1 met, 1 unknown: two of three could still be met once data arrive.
    assertThat(status(set(new Combination.KOfN(2), met, fails, unknown), p, m))
        .isEqualTo(Status.NO_DATA);
    assertThat(status(set(new Combination.KOfN(3), met, fails, unknown), p, m))
        .isEqualTo(Status.NOT_MET);
    assertThat(status(set(Combination.allOf(), met, unknown), p, m)).isEqualTo(Status.NO_DATA);
    assertThat(status(set(Combination.allOf(), fails, unknown), p, m)).isEqualTo(Status.NOT_MET);
    // weights 3 (met) and 1 (fails): 75% of the weight
    assertThat(status(set(new Combination.Weighted(0.75), met.weighted(3), fails), p, m))
        .isEqualTo(Status.MET);
    assertThat(status(set(new Combination.Weighted(0.8), met.weighted(3), fails), p, m))
        .isEqualTo(Status.NOT_MET);
  }

  @Test
  void stagesAreCumulative() {
    Benchmark low = Benchmark.of("low", "x", Comparison.LESS, 5);
    Benchmark veryLow = Benchmark.of("veryLow", "x", Comparison.LESS, 1);
    Benchmark high = Benchmark.of("high", "x", Comparison.GREATER, 10);
    BenchmarkSet s =
        new BenchmarkSet(
            "s",
            "1",
            "",
            List.of(),
            List.of(
                new Condition("c1", "", Combination.allOf(), List.of(low), ""),
                new Condition("c2", "", Combination.allOf(), List.of(veryLow), ""),
                new Condition("c3", "", Combination.allOf(), List.of(high), "")),
            List.of(
                new Stage("S0", "", List.of()),
                new Stage("S1", "", List.of("c1")),
                new Stage("S2", "", List.of("c3")),
                new Stage("S3", "", List.of("c2"))),
            "");
    Panel p = panel(new double[] {0.5, 3, 9, 20, 0, 0}, new double[] {0, 0, 0, 0, 0, 0}, false);
    int[][] ranks = Assessor.of(s).evaluate(p, PROV).metRanks();
    // 0.5 meets c1 and c2 but not c3: S3 needs S2 first, so the region stops at S1.
    assertThat(ranks[0]).containsExactly(1, 1, 0, 0, 1, 1);
    Assessment a = Assessor.of(s).evaluate(p, PROV).assessment(YearMonth.parse("2007-01"));
    assertThat(a.regions().get(0).blockedBy()).containsExactly("c3");
    assertThat(a.regions().get(0).nextStage()).map(Stage::id).contains("S2");
    assertThat(a.regions().get(0).explanation()).isEqualTo("at S1; S2 needs c3");
  }

  @Test
  void provenanceNamesTheSetAndTheIllustrativeInputs() {
    Benchmark b = Benchmark.of("b", "x", Comparison.LESS, 2);
    Assessment a =
        Assessor.of(set(Combination.allOf(), b))
            .evaluate(panel(new double[6], new double[6], true), PROV)
            .assessment(YearMonth.parse("2007-02"));
    assertThat(a.provenance().benchmarkSetName()).isEqualTo("s");
    assertThat(a.provenance().benchmarkSetSha256()).isEqualTo("hash");
    assertThat(a.provenance().illustrative()).containsExactly("x");
    assertThat(a.provenance().inputs()).extracting(InputRef::name).containsExactly("in.csv");
    BenchmarkVerdict v = a.regions().get(0).conditions().get(0).benchmarks().get(0);
    assertThat(v.illustrative()).isTrue();
    assertThat(v.explanation()).endsWith("[illustrative data]");
    assertThat(a.regions().get(0).illustrative()).isTrue();
  }

  @Test
  void unknownIndicatorAndMonthOutsideTheDataAreClearErrors() {
    Benchmark b = Benchmark.of("b", "nope", Comparison.LESS, 2);
    Panel p = panel(new double[6], new double[6], false);
    assertThatThrownBy(() -> Assessor.of(set(Combination.allOf(), b)).evaluate(p, PROV))
        .hasMessageContaining("benchmark b uses indicator 'nope'");
    Benchmark ok = Benchmark.of("b", "x", Comparison.LESS, 2);
    assertThatThrownBy(
            () ->
                Assessor.of(set(Combination.allOf(), ok))
                    .evaluate(p, PROV)
                    .assessment(YearMonth.parse("2008-01")))
        .isInstanceOf(HandoverException.class)
        .hasMessage("month 2008-01 is outside the data (2007-01..2007-06)");
  }

  private static Status status(BenchmarkSet s, Panel p, YearMonth m) {
    return Assessor.of(s)
        .evaluate(p, PROV)
        .assessment(m)
        .regions()
        .get(0)
        .conditions()
        .get(0)
        .status();
  }

  @Test
  void metRanksFromAMonthAreTheWholeEvaluationsFromThatMonth() {
    Benchmark b = Benchmark.of("b", "x", Comparison.LESS_OR_EQUAL, 2).heldFor(3);
    Panel p = panel(new double[] {1, 1, 5, 1, 1, 1}, new double[] {1, 1, 1, N, 1, 1}, false);
    Assessor assessor = Assessor.of(set(new Combination.KOfN(1), b));
    int[][] whole = assessor.evaluate(p, PROV).metRanks();
    for (int from = 0; from < MONTHS.length(); from++) {
      int[][] part = assessor.metRanksFrom(p, from);
      for (int r = 0; r < 2; r++) {
        for (int m = 0; m < MONTHS.length(); m++) {
          assertThat(part[r][m])
              .as("region %d month %d from %d", r, m, from)
              .isEqualTo(m < from ? 0 : whole[r][m]);
        }
      }
    }
  }

  @Test
  void metRanksFromAMonthAreTheWholeEvaluationsForRandomWindowsAndHolds() {
    java.util.Random random = new java.util.Random(17);
    Window.Aggregate[] aggregates = {
      Window.Aggregate.MEAN, Window.Aggregate.MIN, Window.Aggregate.MAX, Window.Aggregate.SUM
    };
    int months = MONTHS.length();
    for (int c = 0; c < 300; c++) {
      double[][] x = new double[2][months];
      for (double[] row : x) {
        for (int m = 0; m < months; m++) {
          row[m] = random.nextInt(5) == 0 ? N : random.nextInt(5);
        }
      }
      int window = 1 + random.nextInt(4);
      Benchmark b =
          Benchmark.of("b", "x", Comparison.LESS_OR_EQUAL, random.nextInt(8))
              .heldFor(1 + random.nextInt(4))
              .over(
                  window == 1
                      ? Window.lastMonth()
                      : Window.of(window, aggregates[random.nextInt(aggregates.length)]));
      Panel p = panel(x[0], x[1], false);
      Assessor assessor = Assessor.of(set(new Combination.KOfN(1), b));
      int[][] whole = assessor.evaluate(p, PROV).metRanks();
      for (int from = 0; from < months; from++) {
        int[][] part = assessor.metRanksFrom(p, from);
        for (int r = 0; r < 2; r++) {
          for (int m = from; m < months; m++) {
            assertThat(part[r][m]).as("case %d %s from %d", c, b, from).isEqualTo(whole[r][m]);
          }
        }
      }
    }
  }
}
