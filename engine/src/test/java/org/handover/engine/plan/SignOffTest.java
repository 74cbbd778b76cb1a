package org.handover.engine.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.handover.engine.theater.RegionId;
import org.junit.jupiter.api.Test;

class SignOffTest {
  static final Instant T0 = Instant.parse("2007-07-01T00:00:00Z");

  static List<PlannedTransition> transitions(String basraMonth) {
    return List.of(
        PlannedTransition.of(
            RegionId.of("Basra"), "JOINT", "LOCAL_CONTROL", YearMonth.parse(basraMonth), 2),
        PlannedTransition.of(
            RegionId.of("Muthanna"), "JOINT", "LOCAL_CONTROL", YearMonth.parse("2006-07"), 1));
  }

  static Plan saved(Plan plan, String basraMonth) {
    return SignOff.save(plan, transitions(basraMonth), "{\"a\":1}", "planner", T0, "test").plan();
  }

  static Plan proposed(String basraMonth) {
    Plan plan = saved(Plan.named("p"), basraMonth);
    return SignOff.propose(plan, 1, "planner", T0).plan();
  }

  @Test
  void aPlanSignedByOnePartyOnlyIsNotAgreed() {
    SignOff.Signing s =
        SignOff.sign(proposed("2007-12"), 1, Party.HOST, "Minister", Optional.empty(), T0);
    assertThat(s.agreed()).isFalse();
    assertThat(s.plan().current().status()).isEqualTo(PlanStatus.PROPOSED);
    assertThat(s.plan().inForce()).isEmpty();
  }

  @Test
  void bothPartiesOnTheSameVersionAgreeIt() {
    Plan plan = proposed("2007-12");
    plan = SignOff.sign(plan, 1, Party.HOST, "Minister", Optional.empty(), T0).plan();
    SignOff.Signing s =
        SignOff.sign(plan, 1, Party.PARTNER, "Ambassador", Optional.empty(), T0.plusSeconds(60));
    assertThat(s.agreed()).isTrue();
    assertThat(s.plan().current().status()).isEqualTo(PlanStatus.AGREED);
    assertThat(s.plan().current().signatures())
        .extracting(PlanSignature::sha256)
        .containsOnly(s.plan().current().version().sha256());
    assertThat(s.plan().current().agreedAt()).contains(T0.plusSeconds(60));
    assertThat(s.plan().describe(1)).isEqualTo("AGREED, in force");
  }

  @Test
  void aChangeMakesANewVersionAndVoidsTheEarlierSignatures() {
    Plan plan = proposed("2007-12");
    plan = SignOff.sign(plan, 1, Party.HOST, "Minister", Optional.empty(), T0).plan();
    SignOff.Saved changed =
        SignOff.save(plan, transitions("2008-03"), "{\"a\":1}", "planner", T0, "test");
    assertThat(changed.unchanged()).isFalse();
    assertThat(changed.version().number()).isEqualTo(2);
    assertThat(changed.version().status()).isEqualTo(PlanStatus.DRAFT);
    assertThat(changed.version().signatures()).isEmpty();
    assertThat(changed.plan().signaturesValid(1)).isFalse();
    assertThat(changed.plan().describe(1))
        .isEqualTo("PROPOSED, superseded by version 2 (its signatures are void)");
    // the partner signing the old version cannot complete an agreement on it
    Plan next = changed.plan();
    assertThatThrownBy(
            () -> SignOff.sign(next, 1, Party.PARTNER, "Ambassador", Optional.empty(), T0))
        .isInstanceOf(SignOffException.class)
        .hasMessageContaining("version 1 is superseded; the current version is 2 (DRAFT")
        .extracting(e -> ((SignOffException) e).rule())
        .isEqualTo(SignOffRule.CURRENT_VERSION_ONLY);
  }

  @Test
  void savingTheSameContentAgainMakesNoVersion() {
    Plan plan = saved(Plan.named("p"), "2007-12");
    SignOff.Saved again = SignOff.save(plan, transitions("2007-12"), "{\"a\":1}", "x", T0, "y");
    assertThat(again.unchanged()).isTrue();
    assertThat(again.plan().versions()).hasSize(1);
    SignOff.Saved doc = SignOff.save(plan, transitions("2007-12"), "{\"a\":2}", "x", T0, "y");
    assertThat(doc.unchanged()).as("the document is content too").isFalse();
  }

  @Test
  void aDraftThatWasNotProposedCannotBeSigned() {
    Plan plan = saved(Plan.named("p"), "2007-12");
    assertThatThrownBy(() -> SignOff.sign(plan, 1, Party.HOST, "M", Optional.empty(), T0))
        .isInstanceOf(SignOffException.class)
        .hasMessageContaining("it is a draft, not proposed; propose it first")
        .hasMessageContaining("handover plan propose p --version 1")
        .extracting(e -> ((SignOffException) e).rule())
        .isEqualTo(SignOffRule.PROPOSE_BEFORE_SIGNING);
  }

  @Test
  void thesamePartySigningAgainIsANoOpForTheSameSignatoryAndRefusedForAnother() {
    Plan plan =
        SignOff.sign(proposed("2007-12"), 1, Party.HOST, "Minister", Optional.empty(), T0).plan();
    SignOff.Signing again =
        SignOff.sign(plan, 1, Party.HOST, "Minister", Optional.empty(), T0.plusSeconds(5));
    assertThat(again.alreadySigned()).isTrue();
    assertThat(again.plan()).isEqualTo(plan);
    assertThat(again.signature().signedAt()).isEqualTo(T0);
    assertThatThrownBy(() -> SignOff.sign(plan, 1, Party.HOST, "Deputy", Optional.empty(), T0))
        .hasMessageContaining("Minister has already signed it for host")
        .extracting(e -> ((SignOffException) e).rule())
        .isEqualTo(SignOffRule.ONE_SIGNATURE_PER_PARTY);
  }

  @Test
  void aSignatureMustConfirmTheVersionsHash() {
    Plan plan = proposed("2007-12");
    String hash = plan.current().version().sha256();
    assertThat(
            SignOff.sign(
                    plan, 1, Party.HOST, "M", Optional.of(hash.substring(0, 12).toUpperCase()), T0)
                .signature()
                .sha256())
        .isEqualTo(hash);
    assertThatThrownBy(
            () -> SignOff.sign(plan, 1, Party.HOST, "M", Optional.of("0123456789ab"), T0))
        .hasMessageContaining("is not the version's content hash " + hash)
        .extracting(e -> ((SignOffException) e).rule())
        .isEqualTo(SignOffRule.CONTENT_MUST_MATCH);
    assertThatThrownBy(
            () -> SignOff.sign(plan, 1, Party.HOST, "M", Optional.of(hash.substring(0, 6)), T0))
        .hasMessageContaining("at least 12 hex digits");
  }

  @Test
  void anAgreedVersionIsFinalAndAChangeIsANewDraftWhileItStaysInForce() {
    Plan plan = proposed("2007-12");
    plan = SignOff.sign(plan, 1, Party.HOST, "M", Optional.empty(), T0).plan();
    Plan agreed = SignOff.sign(plan, 1, Party.PARTNER, "A", Optional.empty(), T0).plan();
    assertThatThrownBy(() -> SignOff.sign(agreed, 1, Party.HOST, "M", Optional.empty(), T0))
        .hasMessageContaining("it is already agreed (M for host, A for partner)")
        .extracting(e -> ((SignOffException) e).rule())
        .isEqualTo(SignOffRule.AGREED_IS_FINAL);
    assertThatThrownBy(() -> SignOff.propose(agreed, 1, "x", T0))
        .extracting(e -> ((SignOffException) e).rule())
        .isEqualTo(SignOffRule.AGREED_IS_FINAL);
    Plan revised = SignOff.save(agreed, transitions("2008-01"), "{}", "p", T0, "t").plan();
    assertThat(revised.version(1).status()).isEqualTo(PlanStatus.AGREED);
    assertThat(revised.signaturesValid(1)).isTrue();
    assertThat(revised.inForce()).map(VersionState::number).contains(1);
    assertThat(revised.describe(1)).isEqualTo("AGREED, in force (version 2 is a later draft)");
    assertThat(revised.current().status()).isEqualTo(PlanStatus.DRAFT);
  }

  @Test
  void aSignatoryIsOnePersonNamedWithoutTheLedgersSeparator() {
    Plan plan = proposed("2007-12");
    assertThatThrownBy(() -> SignOff.sign(plan, 1, Party.HOST, "A; B", Optional.empty(), T0))
        .hasMessageContaining("signatory 'A; B' contains ';'");
    assertThatThrownBy(() -> SignOff.sign(plan, 1, Party.HOST, " ", Optional.empty(), T0))
        .hasMessageContaining("a signature needs the signatory's name");
  }

  @Test
  void proposingAnOldVersionNamesTheCurrentOne() {
    Plan plan = saved(saved(Plan.named("p"), "2007-12"), "2008-02");
    assertThatThrownBy(() -> SignOff.propose(plan, 1, "x", T0))
        .hasMessageContaining(
            "cannot propose plan p version 1: version 1 is superseded; the current version is 2");
    assertThat(
            SignOff.propose(SignOff.propose(plan, 2, "x", T0).plan(), 2, "y", T0).alreadyProposed())
        .isTrue();
  }

  @Test
  void theHashCoversTheContentNotTheOrderOfTheTransitions() {
    List<PlannedTransition> a = transitions("2007-12");
    List<PlannedTransition> b = List.of(a.get(1), a.get(0));
    assertThat(PlanVersion.contentHash(a, "{}")).isEqualTo(PlanVersion.contentHash(b, "{}"));
    assertThat(PlanVersion.contentHash(a, "{}"))
        .isNotEqualTo(PlanVersion.contentHash(transitions("2008-01"), "{}"))
        .hasSize(64);
  }

  @Test
  void aPlanCannotMoveARegionBetweenTheSameStagesTwiceOrNameABadPlan() {
    List<PlannedTransition> twice =
        List.of(
            PlannedTransition.of(
                RegionId.of("Basra"), "JOINT", "LOCAL_CONTROL", YearMonth.parse("2007-12"), 1),
            PlannedTransition.of(
                RegionId.of("Basra"), "JOINT", "LOCAL_CONTROL", YearMonth.parse("2008-12"), 2));
    assertThatThrownBy(() -> PlanVersion.of("p", 1, twice, "{}", "x", T0, "t"))
        .hasMessageContaining(
            "Basra moves from JOINT to LOCAL_CONTROL twice (2007-12 and 2008-12)");
    assertThatThrownBy(() -> Plan.named("a/b"))
        .hasMessageContaining("plan name 'a/b' is not allowed");
  }
}
