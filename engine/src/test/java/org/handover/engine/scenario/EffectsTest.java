package org.handover.engine.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The effects model's terms have the signs their assumptions state, and vanish at zero. */
class EffectsTest {
  private static final int STEPS = 12;

  static double[][] shift(List<PolicyRule> rules, Assumptions a, int... transferredAt) {
    StartingPosture start = PostureRulesTest.start();
    Policy p = new Policy("p", "P", "test", Optional.empty(), rules);
    List<String> nations = Scenario.nations(start, List.of(p));
    int[] t = transferredAt.length == 0 ? PostureRulesTest.none() : transferredAt;
    Posture posture =
        new PostureRules(p, start, nations, java.time.YearMonth.of(2006, 7), STEPS, Map.of())
            .compute(t);
    double[][] local = new double[2][STEPS];
    for (double[] row : local) {
      Arrays.fill(row, 5000);
    }
    return Effects.logShift(
        posture, start, local, local, new double[] {1e6, 1e6}, t, a.values(), new double[2][STEPS]);
  }

  static final List<PolicyRule> WITHDRAW_ALL =
      List.of(
          new PolicyRule.Withdraw(
              PolicyTime.START, PolicyTime.afterStart(2), EnumSet.allOf(Role.class), Set.of()));

  @Test
  void withEveryEffectAtZeroNothingShifts() {
    double[][] s = shift(WITHDRAW_ALL, Assumptions.defaults().withoutEffects(), 1, 1);
    for (double[] row : s) {
      for (double x : row) {
        assertThat(x).isZero();
      }
    }
  }

  @Test
  void troopsLeavingRaiseViolenceAndTheWithdrawalEffectCountsOnce() {
    Assumptions only =
        Assumptions.defaults()
            .withoutEffects()
            .with(Assumptions.defaults().get(Assumptions.WITHDRAWAL_EFFECT).fixedAt(0.3));
    double[][] s = shift(WITHDRAW_ALL, only);
    assertThat(s[0][0]).isCloseTo(0.3 / 3, org.assertj.core.api.Assertions.within(1e-12));
    assertThat(s[0][5]).isCloseTo(0.3, org.assertj.core.api.Assertions.within(1e-12));
    Assumptions troopsToo =
        only.with(Assumptions.defaults().get(Assumptions.TROOP_ELASTICITY).fixedAt(-0.5));
    // every ground combat troop gone: the troop term is off, the withdrawal effect counts alone
    assertThat(shift(WITHDRAW_ALL, troopsToo)[0][5]).isEqualTo(s[0][5]);
    assertThat(shift(WITHDRAW_ALL, troopsToo)[0][0]).isGreaterThan(s[0][0]);
  }

  @Test
  void aTransferWithTroopsStillThereLowersViolence() {
    Assumptions lead =
        Assumptions.defaults()
            .withoutEffects()
            .with(Assumptions.defaults().get(Assumptions.LEAD_TRANSFER_EFFECT).fixedAt(-0.2));
    double[][] s = shift(List.of(), lead, 4, Integer.MAX_VALUE);
    assertThat(s[0][3]).isZero();
    assertThat(s[0][4]).isEqualTo(-0.2);
    assertThat(s[1][11]).isZero();
  }
}
