package org.handover.engine.decision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.handover.engine.decision.DecisionKind.REAL;
import static org.handover.engine.decision.Ladders.TWO;
import static org.handover.engine.decision.Ladders.months;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.handover.engine.HandoverException;
import org.handover.engine.benchmark.StageHysteresis;
import org.handover.engine.theater.Region;
import org.handover.engine.theater.RegionId;
import org.handover.engine.theater.Theater;
import org.handover.engine.time.MonthRange;
import org.junit.jupiter.api.Test;

class DecisionComparisonTest {
  static final Theater THEATER =
      Theater.of(
          "t",
          List.of("A", "B", "C", "D", "E", "F", "G", "H").stream().map(Region::named).toList(),
          List.of());
  static final MonthRange MONTHS = months("2006-01", 12);
  // With every number 1 the recommended stage is the met rank itself, so the script reads directly.
  static final Hysteresis IMMEDIATE =
      Hysteresis.of(TWO, List.of(StageHysteresis.of("HIGH", 1, 1, 1, "test")));
  //                               month  0  1  2  3  4  5  6  7  8  9 10 11
  static final int[][] MET = {
    /* A: from month 2          */ {0, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1},
    /* B: 1, 3-4, then not       */ {0, 1, 0, 1, 1, 0, 0, 0, 0, 0, 0, 0},
    /* C: never                  */ {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0},
    /* D: from month 8           */ {0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1},
    /* E: throughout             */ {1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1},
    /* F: never                  */ {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0},
    /* G: decided after the data */ {1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1},
    /* H: never decided          */ {1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1}
  };

  static LedgerEntry decided(String id, String region, int month) {
    return LedgerEntry.of(id, REAL, RegionId.of(region), "HIGH", MONTHS.monthAt(month).atDay(15));
  }

  static final Ledger LEDGER =
      Ledger.of(
          REAL,
          List.of(
              decided("a-wrong", "A", 1),
              decided("a", "A", 5).withSupersedes("a-wrong"),
              decided("b", "B", 6),
              decided("c", "C", 4),
              decided("d", "D", 3),
              decided("e", "E", 9),
              decided("e-later", "E", 11),
              decided("f", "F", 7),
              LedgerEntry.of("g", REAL, RegionId.of("G"), "HIGH", LocalDate.parse("2007-03-01"))));

  @Test
  void leadsLagsAndTheRankCorrelationOfAScriptedLedger() {
    DecisionComparison c =
        DecisionComparison.of(IMMEDIATE.recommend(MONTHS, MET), LEDGER, THEATER, "HIGH");
    // region first recommended  decided  lead  at decision  reversals before
    // A      2                  5 (the correction, not a-wrong's 1)  3  yes  0
    // B      1                  6         5     no           2 (months 2 and 5)
    // C      never              4         -     no           0
    // D      8                  3         -5    no           0
    // E      0                  9 (its earliest decision)    9  yes  0
    // F      never              7         -     no           0
    // G: decided 2007-03, outside the months; H: never decided.
    assertThat(c.regions())
        .containsExactly(
            row("A", "a", 5, 2, true, 0),
            row("B", "b", 6, 1, false, 2),
            row("C", "c", 4, -1, false, 0),
            row("D", "d", 3, 8, false, 0),
            row("E", "e", 9, 0, true, 0),
            row("F", "f", 7, -1, false, 0));
    assertThat(c.outsideMonths()).containsExactly("g");
    assertThat(c.stage()).isEqualTo("HIGH");
    assertThat(c.decidedWhileRecommended()).isEqualTo(2);
    // Leads -5, 3, 5, 9: median (3 + 5) / 2 = 4.
    assertThat(c.medianLead()).hasValue(4.0);
    // Order first recommended (never = 12, after the last month): E 0, B 1, A 2, D 8, C 12, F 12
    //   ranks A 3, B 2, C 5.5, D 4, E 1, F 5.5 (C and F tied: average of 5 and 6)
    // Order decided: D 3, C 4, A 5, B 6, F 7, E 9 -> ranks A 3, B 4, C 2, D 1, E 6, F 5
    // Both mean 3.5. Deviations x: A -0.5, B -1.5, C 2, D 0.5, E -2.5, F 2; y: A -0.5, B 0.5, C
    // -1.5,
    // D -2.5, E 2.5, F 1.5. Sum of products 0.25 - 0.75 - 3 - 1.25 - 6.25 + 3 = -8; sums of squares
    // 17
    // and 17.5: rho = -8 / sqrt(17 * 17.5) = -0.4638.
    assertThat(c.spearman().getAsDouble()).isCloseTo(-8 / Math.sqrt(17 * 17.5), within(1e-12));
  }

  @Test
  void withoutTiesSpearmanIsOneMinusSixSumOfSquaredRankDifferences() {
    Ledger ledger =
        Ledger.of(
            REAL,
            List.of(
                decided("a", "A", 5),
                decided("b", "B", 6),
                decided("d", "D", 3),
                decided("e", "E", 9)));
    DecisionComparison c =
        DecisionComparison.of(IMMEDIATE.recommend(MONTHS, MET), ledger, THEATER, "HIGH");
    // First recommended A 2, B 1, D 8, E 0 -> ranks A 3, B 2, D 4, E 1; decided A 5, B 6, D 3, E 9
    // ->
    // ranks A 2, B 3, D 1, E 4. d = 1, -1, 3, -3; sum d^2 = 20; rho = 1 - 6 * 20 / (4 * 15) = -1.
    assertThat(c.spearman().getAsDouble()).isCloseTo(-1.0, within(1e-12));
    // Leads 3, 5, -5, 9: median (3 + 5) / 2 = 4.
    assertThat(c.medianLead()).hasValue(4.0);
  }

  @Test
  void tooFewRegionsOrNoneRecommendedLeaveTheSummariesEmpty() {
    DecisionComparison one =
        DecisionComparison.of(
            IMMEDIATE.recommend(MONTHS, MET),
            Ledger.of(REAL, List.of(decided("a", "A", 5))),
            THEATER,
            "HIGH");
    assertThat(one.spearman()).isEmpty();
    assertThat(one.medianLead()).hasValue(3.0);
    DecisionComparison never =
        DecisionComparison.of(
            IMMEDIATE.recommend(MONTHS, MET),
            Ledger.of(REAL, List.of(decided("c", "C", 5), decided("f", "F", 7))),
            THEATER,
            "HIGH");
    assertThat(never.spearman()).isEmpty();
    assertThat(never.medianLead()).isEmpty();
  }

  @Test
  void recommendationsRelativeToTheDecisionsAreRefused() {
    int[][] status = LEDGER.status(THEATER, MONTHS, TWO);
    Recommendations relative = IMMEDIATE.recommend(MONTHS, MET, status);
    assertThatThrownBy(() -> DecisionComparison.of(relative, LEDGER, THEATER, "HIGH"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("compare the recommended track (recommendations made without a ledger)");
    assertThatThrownBy(
            () -> DecisionComparison.of(IMMEDIATE.recommend(MONTHS, MET), LEDGER, THEATER, "PIC"))
        .isInstanceOf(HandoverException.class)
        .hasMessage("stage PIC is not on the ladder (LOW, HIGH)");
  }

  static RegionComparison row(
      String region, String entry, int effective, int first, boolean atDecision, int reversals) {
    return new RegionComparison(
        RegionId.of(region),
        entry,
        "HIGH",
        MONTHS.monthAt(effective),
        first < 0 ? Optional.<YearMonth>empty() : Optional.of(MONTHS.monthAt(first)),
        first < 0 ? OptionalInt.empty() : OptionalInt.of(effective - first),
        atDecision,
        reversals);
  }
}
