package org.handover.io.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.handover.engine.decision.DecisionKind;
import org.handover.engine.decision.Ledger;
import org.handover.engine.decision.LedgerEntry;
import org.handover.engine.plan.Party;
import org.handover.engine.plan.Plan;
import org.handover.engine.plan.PlanStatus;
import org.handover.engine.plan.PlannedTransition;
import org.handover.engine.plan.SignOffException;
import org.handover.engine.plan.SignOffRule;
import org.handover.engine.theater.RegionId;
import org.handover.io.imports.theater.TheaterFixtures;
import org.handover.io.store.Store;
import org.handover.io.store.TheaterReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlanStoreTest {
  static final Instant T0 = Instant.parse("2007-07-01T00:00:00Z");

  @TempDir Path dir;

  static List<PlannedTransition> plan(String basraMonth) {
    return List.of(
        PlannedTransition.of(
            RegionId.of("Basra"), "JOINT", "LOCAL_CONTROL", YearMonth.parse(basraMonth), 2),
        PlannedTransition.of(
            RegionId.of("Muthanna"), "JOINT", "LOCAL_CONTROL", YearMonth.parse("2006-07"), 1));
  }

  static Store iraq() {
    Store store = Store.inMemory();
    TheaterFixtures.importIraq(store, "iraq");
    return store;
  }

  static void proposeAndSignHost(PlanStore plans, int version) {
    plans.propose("pic", version, "planner", T0);
    plans.sign("pic", version, Party.HOST, "Minister", Optional.empty(), T0.plusSeconds(60));
  }

  @Test
  void aVersionIsStoredWithItsHashDocumentAndTimesAndReadBackTheSame() {
    try (Store store = iraq()) {
      PlanStore plans = PlanStore.of(store, "iraq");
      var saved =
          plans.save(
              "pic", plan("2007-12"), "{ \"b\": 1.50, \"a\": [1, 2] }", "planner", T0, "test");
      assertThat(saved.unchanged()).isFalse();
      Plan read = plans.load("pic");
      assertThat(read).isEqualTo(saved.plan());
      assertThat(read.current().version().document()).isEqualTo("{\"a\":[1,2],\"b\":1.5}");
      assertThat(read.current().version().createdAt()).isEqualTo(T0);
      assertThat(plans.names()).containsExactly("pic");
      assertThat(
              plans
                  .save("pic", plan("2007-12"), "{\"a\":[1,2],\"b\":1.5}", "x", T0, "t")
                  .unchanged())
          .as("the same content in another spelling is no new version")
          .isTrue();
      assertThatThrownBy(() -> plans.load("other"))
          .hasMessageContaining("no plan 'other' in theater iraq (plans: pic)");
    }
  }

  @Test
  void aPlanSignedByOnePartyOnlyIsNotAgreedAndAddsNoDecision() {
    try (Store store = iraq()) {
      PlanStore plans = PlanStore.of(store, "iraq");
      plans.save("pic", plan("2007-12"), "{}", "planner", T0, "test");
      proposeAndSignHost(plans, 1);
      Plan read = plans.load("pic");
      assertThat(read.current().status()).isEqualTo(PlanStatus.PROPOSED);
      assertThat(read.current().signatures()).hasSize(1);
      assertThat(new TheaterReader(store).ledger("iraq", DecisionKind.PLANNED).entries()).isEmpty();
    }
  }

  @Test
  void aChangedPlanLosesItsSignaturesAndTheOldVersionCannotBeSigned() {
    try (Store store = iraq()) {
      PlanStore plans = PlanStore.of(store, "iraq");
      plans.save("pic", plan("2007-12"), "{}", "planner", T0, "test");
      proposeAndSignHost(plans, 1);
      plans.save("pic", plan("2008-03"), "{}", "planner", T0, "test");
      Plan read = plans.load("pic");
      assertThat(read.current().number()).isEqualTo(2);
      assertThat(read.current().signatures()).isEmpty();
      assertThat(read.signaturesValid(1)).isFalse();
      assertThatThrownBy(
              () -> plans.sign("pic", 1, Party.PARTNER, "Ambassador", Optional.empty(), T0))
          .isInstanceOf(SignOffException.class)
          .hasMessageContaining(
              "cannot sign plan pic version 1 for partner: version 1 is superseded; the current"
                  + " version is 2 (DRAFT")
          .extracting(e -> ((SignOffException) e).rule())
          .isEqualTo(SignOffRule.CURRENT_VERSION_ONLY);
      assertThat(plans.load("pic")).isEqualTo(read);
    }
  }

  @Test
  void bothPartiesOnOneVersionAgreeItAndItsTransitionsBecomePlannedDecisions() {
    try (Store store = iraq()) {
      Ledger real = new TheaterReader(store).ledger("iraq");
      PlanStore plans = PlanStore.of(store, "iraq");
      plans.save("pic", plan("2007-12"), "{}", "planner", T0, "test");
      proposeAndSignHost(plans, 1);
      PlanStore.Signed signed =
          plans.sign("pic", 1, Party.PARTNER, "Ambassador", Optional.empty(), T0.plusSeconds(120));
      assertThat(signed.signing().agreed()).isTrue();
      assertThat(plans.load("pic").current().status()).isEqualTo(PlanStatus.AGREED);
      Ledger planned = new TheaterReader(store).ledger("iraq", DecisionKind.PLANNED);
      assertThat(planned.entries()).isEqualTo(signed.decisions());
      assertThat(planned.entries())
          .extracting(LedgerEntry::id)
          .containsExactly(
              "plan/pic/v1/muthanna/LOCAL_CONTROL/2006-07",
              "plan/pic/v1/basra/LOCAL_CONTROL/2007-12");
      assertThat(planned.entries().get(0).agreedBy())
          .containsExactly("Minister (host)", "Ambassador (partner)");
      assertThat(planned.entries().get(0).source())
          .startsWith("plan pic version 1, sha256 ")
          .endsWith(plans.load("pic").version(1).version().sha256());
      assertThat(new TheaterReader(store).ledger("iraq").entries())
          .as("never mixed with the real decisions")
          .isEqualTo(real.entries());
      assertThat(new TheaterReader(store).decisionOrigins("iraq"))
          .containsEntry(
              "plan/pic/v1/basra/LOCAL_CONTROL/2007-12",
              "recorded when handover plan sign agreed the plan");
      assertThat(
              store.strings(
                  "SELECT CAST(recorded_at AS VARCHAR) FROM decisions WHERE id LIKE 'plan/%'"))
          .as("recorded at the signature's time, which the command takes from its clock")
          .containsOnly("2007-07-01 00:02:00");
    }
  }

  @Test
  void aSecondAgreementSupersedesTheFirstPlannedDecisions() {
    try (Store store = iraq()) {
      PlanStore plans = PlanStore.of(store, "iraq");
      plans.save("pic", plan("2007-12"), "{}", "planner", T0, "test");
      proposeAndSignHost(plans, 1);
      plans.sign("pic", 1, Party.PARTNER, "Ambassador", Optional.empty(), T0);
      plans.save("pic", plan("2008-03"), "{}", "planner", T0, "test");
      proposeAndSignHost(plans, 2);
      PlanStore.Signed second =
          plans.sign("pic", 2, Party.PARTNER, "Ambassador", Optional.empty(), T0);
      Ledger planned = new TheaterReader(store).ledger("iraq", DecisionKind.PLANNED);
      assertThat(planned.entries()).hasSize(4);
      assertThat(planned.effective())
          .extracting(LedgerEntry::id)
          .containsExactly(
              "plan/pic/v2/muthanna/LOCAL_CONTROL/2006-07",
              "plan/pic/v2/basra/LOCAL_CONTROL/2008-03");
      assertThat(planned.supersededBy("plan/pic/v1/basra/LOCAL_CONTROL/2007-12"))
          .contains("plan/pic/v2/basra/LOCAL_CONTROL/2008-03");
      assertThat(second.decisions()).hasSize(2);
      assertThat(plans.load("pic").describe(1))
          .isEqualTo("AGREED, superseded by the agreement of version 2");
    }
  }

  @Test
  void anAgreementThatFailsBeforeItCommitsLeavesTheStoreAsItWas() {
    Path db = dir.resolve("plans.duckdb");
    Plan before;
    List<String> decisions;
    try (Store store = Store.open(db)) {
      TheaterFixtures.importIraq(store, "iraq");
      PlanStore plans = PlanStore.of(store, "iraq");
      plans.save("pic", plan("2007-12"), "{}", "planner", T0, "test");
      proposeAndSignHost(plans, 1);
      before = plans.load("pic");
      decisions = store.strings("SELECT id FROM decisions ORDER BY seq");
      PlanStore failing =
          new PlanStore(
              store,
              "iraq",
              () -> {
                throw new IllegalStateException("the process dies here");
              });
      assertThatThrownBy(
              () -> failing.sign("pic", 1, Party.PARTNER, "Ambassador", Optional.empty(), T0))
          .hasMessage("the process dies here");
    }
    // reopened, as after a crash: the signature, the status and the decisions are all absent
    try (Store store = Store.open(db)) {
      PlanStore plans = PlanStore.of(store, "iraq");
      assertThat(plans.load("pic")).isEqualTo(before);
      assertThat(store.strings("SELECT id FROM decisions ORDER BY seq")).isEqualTo(decisions);
      assertThat(store.count("SELECT count(*) FROM plan_signatures")).isEqualTo(1);
      // and the agreement can be made again, whole
      assertThat(
              plans.sign("pic", 1, Party.PARTNER, "Ambassador", Optional.empty(), T0).decisions())
          .hasSize(2);
      assertThat(new TheaterReader(store).ledger("iraq", DecisionKind.PLANNED).entries())
          .hasSize(2);
    }
  }

  @Test
  void aStoreMadeBeforePlansGetsTheirTablesWhenOpened() throws Exception {
    Path db = dir.resolve("old.duckdb");
    try (Store store = Store.open(db)) {
      TheaterFixtures.importIraq(store, "iraq");
      try (var s = store.connection().createStatement()) {
        for (String t : List.of("plan_signatures", "plan_transitions", "plan_versions", "plans")) {
          s.execute("DROP TABLE " + t);
        }
      }
    }
    try (Store store = Store.openReadOnly(db)) {
      assertThat(PlanStore.of(store, "iraq").names()).isEmpty();
    }
  }

  @Test
  void aPlanNamesOnlyTheTheatersRegions() {
    try (Store store = iraq()) {
      List<PlannedTransition> bad =
          List.of(
              PlannedTransition.of(
                  RegionId.of("Atlantis"),
                  "JOINT",
                  "LOCAL_CONTROL",
                  YearMonth.parse("2007-12"),
                  1));
      assertThatThrownBy(
              () -> PlanStore.of(store, "iraq").save("pic", bad, "{}", "planner", T0, "test"))
          .hasMessageContaining("region Atlantis is not in theater iraq");
      assertThat(PlanStore.of(store, "iraq").names()).isEmpty();
    }
  }

  @Test
  void workGivenToAnOperationRunsInItsTransactionAndAFailureThereUndoesTheChange() {
    try (Store store = iraq()) {
      store.inTransaction(
          c -> {
            try (var st = c.createStatement()) {
              st.execute("CREATE TABLE marks (what VARCHAR)");
            }
            return null;
          });
      PlanStore plans = PlanStore.of(store, "iraq");
      PlanStore.InTransaction<Object> mark =
          (c, result) -> {
            try (var ps = c.prepareStatement("INSERT INTO marks VALUES (?)")) {
              ps.setString(1, result.getClass().getSimpleName());
              ps.executeUpdate();
            }
          };
      plans.save("pic", plan("2007-12"), "{}", "planner", T0, "test", mark::run);
      // the same content again writes nothing, so the work is not run
      plans.save("pic", plan("2007-12"), "{}", "planner", T0, "test", mark::run);
      plans.propose("pic", 1, "planner", T0, mark::run);
      plans.propose("pic", 1, "planner", T0, mark::run);
      plans.sign("pic", 1, Party.HOST, "Minister", Optional.empty(), T0, mark::run);
      assertThat(store.strings("SELECT what FROM marks"))
          .containsExactly("Saved", "Proposal", "Signed");
      // work that fails undoes the agreement it came with: signature, status and decisions
      Plan before = plans.load("pic");
      assertThatThrownBy(
              () ->
                  plans.sign(
                      "pic",
                      1,
                      Party.PARTNER,
                      "Ambassador",
                      Optional.empty(),
                      T0,
                      (c, signed) -> {
                        assertThat(signed.signing().agreed()).isTrue();
                        assertThat(signed.decisions()).hasSize(2);
                        throw new java.sql.SQLException("the audit trail cannot be written");
                      }))
          .hasMessageContaining("the audit trail cannot be written");
      assertThat(plans.load("pic")).isEqualTo(before);
      assertThat(new TheaterReader(store).ledger("iraq", DecisionKind.PLANNED).entries()).isEmpty();
    }
  }
}
