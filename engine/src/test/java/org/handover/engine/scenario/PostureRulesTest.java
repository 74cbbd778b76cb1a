package org.handover.engine.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.YearMonth;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The posture rules do what their descriptions say, month by month. */
class PostureRulesTest {
  private static final YearMonth START = YearMonth.of(2006, 7);
  private static final int STEPS = 12;

  /** Two regions (3:1), two nations (US 900, UK 100), half combat and half training. */
  static StartingPosture start() {
    Map<String, Double> totals = new LinkedHashMap<>();
    totals.put("US", 900.0);
    totals.put("UK", 100.0);
    return StartingPosture.split(
        totals, new double[] {3, 1}, Map.of(Role.COMBAT, 0.5, Role.TRAINING, 0.5), "test split");
  }

  static Posture posture(List<PolicyRule> rules, int... transferredAt) {
    Policy p = new Policy("p", "P", "test", Optional.empty(), rules);
    List<String> nations = Scenario.nations(start(), List.of(p));
    int[] t = transferredAt.length == 0 ? none() : transferredAt;
    return new PostureRules(p, start(), nations, START, STEPS, Map.of()).compute(t);
  }

  static int[] none() {
    int[] t = new int[2];
    Arrays.fill(t, Integer.MAX_VALUE);
    return t;
  }

  @Test
  void withoutRulesThePostureStaysAsItStarted() {
    Posture p = posture(List.of());
    for (int s = 0; s < STEPS; s++) {
      assertThat(p.total(s)).isCloseTo(1000, within(1e-9));
      assertThat(p.regionTotal(s, 0)).isCloseTo(750, within(1e-9));
      assertThat(p.trainers(s, 1)).isCloseTo(125, within(1e-9));
    }
  }

  @Test
  void aWithdrawalWithinSixMonthsLeavesNoneInTheSixthMonth() {
    Posture p =
        posture(
            List.of(
                new PolicyRule.Withdraw(
                    PolicyTime.START,
                    PolicyTime.afterStart(5),
                    EnumSet.allOf(Role.class),
                    Set.of())));
    assertThat(p.total(0)).isCloseTo(1000 * 5 / 6.0, within(1e-9));
    assertThat(p.total(4)).isCloseTo(1000 / 6.0, within(1e-9));
    for (int s = 5; s < STEPS; s++) {
      assertThat(p.total(s)).isZero();
    }
  }

  @Test
  void aWithdrawalOfOneNationsCombatTroopsLeavesTheRest() {
    Posture p =
        posture(
            List.of(
                new PolicyRule.Withdraw(
                    PolicyTime.START, PolicyTime.START, Set.of(Role.COMBAT), Set.of("UK"))));
    int uk = p.nations().indexOf("UK");
    assertThat(p.nationTotal(0, uk)).isCloseTo(50, within(1e-9));
    assertThat(p.roleTotal(0, Role.COMBAT)).isCloseTo(450, within(1e-9));
  }

  @Test
  void onTransferOnlyTheTransferredRegionLosesTheNamedRole() {
    Posture p =
        posture(
            List.of(new PolicyRule.OnTransfer(Set.of(Role.COMBAT), 2, Set.of(Role.TRAINING))),
            3,
            Integer.MAX_VALUE);
    assertThat(p.groundCombat(2, 0)).isCloseTo(375, within(1e-9));
    assertThat(p.groundCombat(3, 0)).isCloseTo(375 / 2.0, within(1e-9));
    assertThat(p.groundCombat(4, 0)).isZero();
    assertThat(p.trainers(4, 0)).isCloseTo(375, within(1e-9));
    assertThat(p.groundCombat(11, 1)).isCloseTo(125, within(1e-9));
  }

  @Test
  void burdenSharingRaisesThePartnersShareToTheTargetKeepingTheTotal() {
    Posture p =
        posture(
            List.of(
                new PolicyRule.ShareBurden(PolicyTime.START, PolicyTime.afterStart(3), "US", 0.5)));
    int us = p.nations().indexOf("US");
    assertThat(1 - p.nationTotal(0, us) / p.total(0)).isCloseTo(0.1 + 0.4 / 4, within(1e-9));
    for (int s = 3; s < STEPS; s++) {
      assertThat(p.total(s)).isCloseTo(1000, within(1e-9));
      assertThat(p.nationTotal(s, us)).isCloseTo(500, within(1e-9));
    }
  }

  @Test
  void aCeilingCapsTheNationFromItsMonth() {
    Posture p =
        posture(List.of(new PolicyRule.Ceiling(Optional.of("US"), PolicyTime.afterStart(2), 300)));
    int us = p.nations().indexOf("US");
    assertThat(p.nationTotal(1, us)).isCloseTo(900, within(1e-9));
    assertThat(p.nationTotal(2, us)).isCloseTo(300, within(1e-9));
  }

  @Test
  void addedTroopsArriveInEqualStepsSpreadAsTheStartingPosture() {
    Posture p =
        posture(
            List.of(
                new PolicyRule.AddTroops(
                    PolicyTime.START, PolicyTime.afterStart(3), "NATO", Role.TRAINING, 400)));
    int nato = p.nations().indexOf("NATO");
    assertThat(p.nationTotal(0, nato)).isCloseTo(100, within(1e-9));
    assertThat(p.nationTotal(3, nato)).isCloseTo(400, within(1e-9));
    assertThat(p.troops(3, 0, nato, Role.TRAINING)).isCloseTo(300, within(1e-9));
  }

  @Test
  void calendarMonthsResolveAgainstTheStart() {
    assertThat(PolicyTime.at(YearMonth.of(2006, 12)).step(START)).isEqualTo(5);
    assertThat(PolicyTime.at(YearMonth.of(2006, 1)).step(START)).isEqualTo(-6);
    assertThat(PolicyTime.afterStart(18).step(START)).isEqualTo(18);
  }
}
