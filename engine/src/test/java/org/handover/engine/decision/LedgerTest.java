package org.handover.engine.decision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.handover.engine.decision.DecisionKind.PLANNED;
import static org.handover.engine.decision.DecisionKind.REAL;
import static org.handover.engine.decision.Ladders.FIVE;
import static org.handover.engine.decision.Ladders.months;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.handover.engine.HandoverException;
import org.handover.engine.theater.Region;
import org.handover.engine.theater.RegionId;
import org.handover.engine.theater.Theater;
import org.handover.engine.time.MonthRange;
import org.junit.jupiter.api.Test;
import org.quicktheories.QuickTheory;

class LedgerTest {
  static final Theater THEATER =
      Theater.of(
          "iraq",
          List.of(Region.named("Basra"), Region.named("Muthanna"), Region.named("Najaf")),
          List.of());
  static final MonthRange MONTHS = months("2006-01", 24);

  static LedgerEntry transfer(String id, String region, String effective) {
    return LedgerEntry.of(
        id, REAL, RegionId.of(region), "LOCAL_CONTROL", LocalDate.parse(effective));
  }

  @Test
  void statusIsTheLatestDecisionFromTheMonthOfItsEffectiveDate() {
    Ledger ledger =
        Ledger.of(
            REAL,
            List.of(
                transfer("muthanna", "Muthanna", "2006-07-13"),
                LedgerEntry.of(
                    "basra-joint",
                    REAL,
                    RegionId.of("Basra"),
                    "JOINT",
                    LocalDate.parse("2006-03-31")),
                transfer("basra", "Basra", "2007-12-16")));
    int[][] status = ledger.status(THEATER, MONTHS, FIVE);
    // Basra (row 0): undecided until 2006-03, JOINT (1) from 2006-03, LOCAL_CONTROL (3) from
    // 2007-12.
    assertThat(status[0][1]).isEqualTo(-1);
    assertThat(status[0][2]).isEqualTo(1);
    assertThat(status[0][22]).isEqualTo(1);
    assertThat(status[0][23]).isEqualTo(3);
    // Muthanna: from 2006-07, although the ceremony was on the 13th.
    assertThat(status[1][5]).isEqualTo(-1);
    assertThat(status[1][6]).isEqualTo(3);
    assertThat(status[2]).containsOnly(-1);
  }

  @Test
  void aCorrectionKeepsBothEntriesAndTheStatusFollowsIt() {
    Ledger first =
        Ledger.empty(REAL)
            .add(transfer("qadisiyah", "Najaf", "2008-06-30").withNote("planned date"));
    Ledger corrected =
        first.add(
            transfer("qadisiyah-2", "Najaf", "2008-07-16")
                .withSupersedes("qadisiyah")
                .withNote("postponed"));
    assertThat(first.entries()).hasSize(1);
    assertThat(corrected.entries())
        .extracting(LedgerEntry::id)
        .containsExactly("qadisiyah", "qadisiyah-2");
    assertThat(corrected.effective()).extracting(LedgerEntry::id).containsExactly("qadisiyah-2");
    assertThat(corrected.supersededBy("qadisiyah")).contains("qadisiyah-2");
    assertThat(corrected.supersededBy("qadisiyah-2")).isEmpty();
    MonthRange m = months("2008-01", 12);
    assertThat(first.status(THEATER, m, FIVE)[2][5]).isEqualTo(3);
    assertThat(corrected.status(THEATER, m, FIVE)[2][5]).isEqualTo(-1);
    assertThat(corrected.status(THEATER, m, FIVE)[2][6]).isEqualTo(3);
  }

  @Test
  void aCorrectionCanUndoADecisionByMovingItBack() {
    Ledger ledger =
        Ledger.of(
            REAL,
            List.of(
                transfer("a", "Basra", "2006-05-01"),
                LedgerEntry.of(
                        "b",
                        REAL,
                        RegionId.of("Basra"),
                        "LOCAL_LEAD",
                        LocalDate.parse("2006-05-01"))
                    .withSupersedes("a")));
    assertThat(ledger.status(THEATER, MONTHS, FIVE)[0][4]).isEqualTo(2);
  }

  @Test
  void sameEffectiveDateTheLaterEntryWinsAndPartsDoNotSetTheStatus() {
    Ledger ledger =
        Ledger.of(
            REAL,
            List.of(
                transfer("a", "Basra", "2006-05-01"),
                LedgerEntry.of(
                    "b", REAL, RegionId.of("Basra"), "SELF_RELIANT", LocalDate.parse("2006-05-01")),
                LedgerEntry.of(
                        "c",
                        REAL,
                        RegionId.of("Najaf"),
                        "SELF_RELIANT",
                        LocalDate.parse("2006-05-01"))
                    .withPart("Najaf city only")));
    int[][] status = ledger.status(THEATER, MONTHS, FIVE);
    assertThat(status[0][4]).isEqualTo(4);
    assertThat(status[2]).containsOnly(-1);
    assertThat(ledger.effective()).hasSize(3);
  }

  @Test
  void decisionsBeforeTheMonthsCountFromTheFirstMonthAndAfterThemNotAtAll() {
    Ledger ledger =
        Ledger.of(
            REAL,
            List.of(transfer("a", "Basra", "2005-06-01"), transfer("b", "Najaf", "2009-06-01")));
    int[][] status = ledger.status(THEATER, MONTHS, FIVE);
    assertThat(status[0]).containsOnly(3);
    assertThat(status[2]).containsOnly(-1);
  }

  @Test
  void anEntryKeepsWhatItWasGiven() {
    Basis basis = Basis.of("iraq-pic", "1.0.0", "abc", YearMonth.parse("2006-06"));
    LedgerEntry e =
        transfer("muthanna", "Muthanna", "2006-07-13")
            .withFromStage("LOCAL_LEAD")
            .withAnnounced(LocalDate.parse("2006-06-19"))
            .withDecidedBy("Government of Iraq")
            .withAgreedBy(List.of("Government of Iraq", "MNF-I"))
            .withSource("MNF-I press release")
            .withBasis(basis);
    assertThat(e.fromStage()).contains("LOCAL_LEAD");
    assertThat(e.announced()).contains(LocalDate.parse("2006-06-19"));
    assertThat(e.agreedBy()).containsExactly("Government of Iraq", "MNF-I");
    assertThat(e.basis()).contains(basis);
    assertThat(e.wholeRegion()).isTrue();
    assertThat(e.effectiveMonth()).isEqualTo(YearMonth.parse("2006-07"));
    assertThat(e.withPart("  ").wholeRegion()).isTrue();
  }

  @Test
  void guardsNameTheEntries() {
    assertThatThrownBy(
            () ->
                transfer("m", "Muthanna", "2006-07-13")
                    .withAnnounced(LocalDate.parse("2006-07-20")))
        .isInstanceOf(HandoverException.class)
        .hasMessage(
            "ledger entry m (Muthanna): effective date 2006-07-13 is before its announced date 2006-07-20");
    Ledger ledger = Ledger.empty(REAL).add(transfer("m", "Muthanna", "2006-07-13"));
    assertThatThrownBy(() -> ledger.add(transfer("m", "Najaf", "2006-12-20")))
        .isInstanceOf(HandoverException.class)
        .hasMessage("ledger entry id m is used twice");
    assertThatThrownBy(() -> ledger.add(transfer("n", "Najaf", "2006-12-20").withSupersedes("x")))
        .isInstanceOf(HandoverException.class)
        .hasMessage(
            "ledger entry n supersedes x, which is not in the ledger: a correction must follow the entry it corrects");
    Ledger corrected = ledger.add(transfer("m2", "Muthanna", "2006-07-14").withSupersedes("m"));
    assertThatThrownBy(
            () -> corrected.add(transfer("m3", "Muthanna", "2006-07-15").withSupersedes("m")))
        .isInstanceOf(HandoverException.class)
        .hasMessage(
            "ledger entry m3 supersedes m, which m2 already supersedes: supersede m2 instead");
    assertThat(
            corrected
                .add(transfer("m3", "Muthanna", "2006-07-15").withSupersedes("m2"))
                .effective())
        .extracting(LedgerEntry::id)
        .containsExactly("m3");
    assertThatThrownBy(
            () ->
                ledger.add(
                    LedgerEntry.of(
                        "p",
                        PLANNED,
                        RegionId.of("Najaf"),
                        "LOCAL_CONTROL",
                        LocalDate.parse("2006-12-20"))))
        .isInstanceOf(HandoverException.class)
        .hasMessage(
            "ledger entry p is PLANNED but the ledger holds REAL decisions: keep real, planned and simulated"
                + " decisions in separate ledgers");
    assertThatThrownBy(
            () ->
                Ledger.of(REAL, List.of(transfer("k", "Kirkuk", "2009-01-01")))
                    .status(THEATER, MONTHS, FIVE))
        .isInstanceOf(HandoverException.class)
        .hasMessage("ledger entry k names region Kirkuk, which is not in theater iraq");
    assertThatThrownBy(
            () ->
                Ledger.of(
                        REAL,
                        List.of(
                            LedgerEntry.of(
                                "s",
                                REAL,
                                RegionId.of("Basra"),
                                "PIC",
                                LocalDate.parse("2007-12-16"))))
                    .status(THEATER, MONTHS, FIVE))
        .isInstanceOf(HandoverException.class)
        .hasMessage(
            "ledger entry s names stage PIC, which is not on the ladder"
                + " (FOREIGN_LEAD, JOINT, LOCAL_LEAD, LOCAL_CONTROL, SELF_RELIANT)");
    assertThat(ledger.entries()).hasSize(1);
  }

  @Test
  void aDecidedStatusNeverChangesWithoutALedgerEntry() {
    // Random whole-region decisions: a region's status changes only in the effective month of one
    // of its entries.
    QuickTheory.qt()
        .withFixedSeed(20_261_130L)
        .withExamples(300)
        .forAll(
            lists()
                .of(
                    integers()
                        .between(0, 2)
                        .zip(
                            integers().between(0, 4),
                            integers().between(-3, 30),
                            (r, s, m) -> new int[] {r, s, m}))
                .ofSizeBetween(0, 10))
        .checkAssert(
            picks -> {
              List<LedgerEntry> entries = new ArrayList<>();
              for (int i = 0; i < picks.size(); i++) {
                int[] p = picks.get(i);
                entries.add(
                    LedgerEntry.of(
                        "e" + i,
                        REAL,
                        THEATER.regions().get(p[0]).id(),
                        FIVE.get(p[1]).id(),
                        MONTHS.monthAt(p[2]).atDay(1 + i)));
              }
              int[][] status = Ledger.of(REAL, entries).status(THEATER, MONTHS, FIVE);
              for (int r = 0; r < 3; r++) {
                for (int m = 1; m < MONTHS.length(); m++) {
                  if (status[r][m] != status[r][m - 1]) {
                    int region = r;
                    int month = m;
                    assertThat(picks).anyMatch(p -> p[0] == region && p[2] == month);
                  }
                }
              }
            });
  }
}
