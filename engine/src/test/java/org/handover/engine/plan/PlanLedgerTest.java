package org.handover.engine.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.handover.engine.decision.DecisionKind;
import org.handover.engine.decision.Ledger;
import org.handover.engine.decision.LedgerEntry;
import org.handover.engine.theater.RegionId;
import org.junit.jupiter.api.Test;

class PlanLedgerTest {
  static Plan agree(Plan plan) {
    int n = plan.current().number();
    plan = SignOff.propose(plan, n, "planner", SignOffTest.T0).plan();
    plan = SignOff.sign(plan, n, Party.HOST, "Minister", Optional.empty(), SignOffTest.T0).plan();
    return SignOff.sign(plan, n, Party.PARTNER, "Ambassador", Optional.empty(), SignOffTest.T0)
        .plan();
  }

  @Test
  void anAgreedVersionGivesOnePlannedEntryPerTransitionLinkedToIt() {
    Plan plan = agree(SignOffTest.saved(Plan.named("p"), "2007-12"));
    List<LedgerEntry> entries = PlanLedger.entries(plan, 1, Ledger.empty(DecisionKind.PLANNED));
    assertThat(entries)
        .extracting(LedgerEntry::id)
        .containsExactly(
            "plan/p/v1/muthanna/LOCAL_CONTROL/2006-07", "plan/p/v1/basra/LOCAL_CONTROL/2007-12");
    LedgerEntry basra = entries.get(1);
    assertThat(basra.kind()).isEqualTo(DecisionKind.PLANNED);
    assertThat(basra.effective()).isEqualTo(LocalDate.of(2007, 12, 1));
    assertThat(basra.fromStage()).contains("JOINT");
    assertThat(basra.agreedBy()).containsExactly("Minister (host)", "Ambassador (partner)");
    assertThat(basra.source())
        .isEqualTo("plan p version 1, sha256 " + plan.version(1).version().sha256());
    assertThat(basra.note()).contains("tranche 2").contains("agreed 2007-07-01");
    assertThat(basra.supersedes()).isEmpty();
  }

  @Test
  void aSecondAgreementSupersedesTheFirstAndWithdrawsWhatItDropped() {
    Plan plan = agree(SignOffTest.saved(Plan.named("p"), "2007-12"));
    Ledger planned =
        Ledger.of(
            DecisionKind.PLANNED, PlanLedger.entries(plan, 1, Ledger.empty(DecisionKind.PLANNED)));
    // version 2 moves Basra to 2008-03 and drops Muthanna, adds Dhi Qar
    List<PlannedTransition> v2 =
        List.of(
            PlannedTransition.of(
                RegionId.of("Basra"), "JOINT", "LOCAL_CONTROL", YearMonth.parse("2008-03"), 1),
            PlannedTransition.of(
                RegionId.of("Dhi Qar"), "JOINT", "LOCAL_CONTROL", YearMonth.parse("2008-03"), 1));
    plan = agree(SignOff.save(plan, v2, "{}", "planner", SignOffTest.T0, "t").plan());
    List<LedgerEntry> second = PlanLedger.entries(plan, 2, planned);
    assertThat(second)
        .extracting(LedgerEntry::id)
        .containsExactly(
            "plan/p/v2/basra/LOCAL_CONTROL/2008-03",
            "plan/p/v2/dhi-qar/LOCAL_CONTROL/2008-03",
            "plan/p/v2/withdrawn/muthanna/LOCAL_CONTROL/2006-07");
    assertThat(second.get(0).supersedes()).contains("plan/p/v1/basra/LOCAL_CONTROL/2007-12");
    assertThat(second.get(1).supersedes()).isEmpty();
    LedgerEntry withdrawn = second.get(2);
    assertThat(withdrawn.supersedes()).contains("plan/p/v1/muthanna/LOCAL_CONTROL/2006-07");
    assertThat(withdrawn.toStage()).isEqualTo("JOINT");
    assertThat(withdrawn.note())
        .contains("no longer moves Muthanna to LOCAL_CONTROL; it stays JOINT");
    Ledger after = planned;
    for (LedgerEntry e : second) {
      after = after.add(e);
    }
    assertThat(after.effective())
        .extracting(LedgerEntry::id)
        .containsExactlyInAnyOrder(
            "plan/p/v2/basra/LOCAL_CONTROL/2008-03",
            "plan/p/v2/dhi-qar/LOCAL_CONTROL/2008-03",
            "plan/p/v2/withdrawn/muthanna/LOCAL_CONTROL/2006-07");
  }

  @Test
  void otherPlansAndImportedPlannedDecisionsAreLeftAlone() {
    Ledger planned =
        Ledger.of(
            DecisionKind.PLANNED,
            List.of(
                LedgerEntry.of(
                    "basra/LOCAL_CONTROL/2007-12-16",
                    DecisionKind.PLANNED,
                    RegionId.of("Basra"),
                    "LOCAL_CONTROL",
                    LocalDate.of(2007, 12, 16)),
                LedgerEntry.of(
                        "plan/other/v1/basra/LOCAL_CONTROL/2007-11",
                        DecisionKind.PLANNED,
                        RegionId.of("Basra"),
                        "LOCAL_CONTROL",
                        LocalDate.of(2007, 11, 1))
                    .withFromStage("JOINT")));
    Plan plan = agree(SignOffTest.saved(Plan.named("p"), "2007-12"));
    assertThat(PlanLedger.entries(plan, 1, planned))
        .allSatisfy(e -> assertThat(e.supersedes()).isEmpty())
        .hasSize(2);
  }
}
