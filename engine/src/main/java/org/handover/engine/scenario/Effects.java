package org.handover.engine.scenario;

/**
 * The effects model: how a policy's posture, local forces and transfers change each region's
 * expected monthly deaths, as a log multiplier against the status quo (the posture held where it
 * stands, training at its rate, no transfers). Four terms, each an {@link Assumptions assumption}:
 *
 * <ul>
 *   <li>troops: {@code troop_elasticity x ln((T + scale) / (T0 + scale))}, T the region's foreign
 *       troops and T0 its troops at the start; for added troops only {@code 1 - partner_dependence}
 *       of it where the region has fewer than {@code partner_forces_per_1000} local personnel per
 *       1,000 residents (the surge worked with local partners); scaled by the share of ground
 *       combat troops still there, since the withdrawal term counts those that left;
 *   <li>local forces: {@code local_force_elasticity x ln((L + 1) / (Lsq + 1))}, L the region's
 *       trained local forces and Lsq what the status quo's training would have given;
 *   <li>transfer of lead: {@code lead_transfer_effect} once the region has been transferred in the
 *       run, in proportion to the share of its ground combat troops still there;
 *   <li>withdrawal: {@code withdrawal_effect} in proportion to the share of the region's ground
 *       combat troops (combat, special operations, quick reaction) that have left.
 * </ul>
 *
 * With every effect at zero the multiplier is 1 everywhere, so every policy draws the same deaths.
 */
final class Effects {
  private Effects() {}

  /**
   * {@code [region][step]} log multipliers.
   *
   * @param population residents per region (NaN: unknown, then any local forces count as partners)
   * @param transferredAt per region, the first step at which it is transferred in the run ({@code
   *     Integer.MAX_VALUE}: not)
   */
  static double[][] logShift(
      Posture posture,
      StartingPosture start,
      double[][] local,
      double[][] localStatusQuo,
      double[] population,
      int[] transferredAt,
      Assumptions.Drawn a,
      double[][] out) {
    double elasticity = a.get(Assumptions.TROOP_ELASTICITY);
    double scale = a.get(Assumptions.TROOP_SCALE);
    double dependence = a.get(Assumptions.PARTNER_DEPENDENCE);
    double partnerRate = a.get(Assumptions.PARTNER_FORCES_PER_1000);
    double localElasticity = a.get(Assumptions.LOCAL_FORCE_ELASTICITY);
    double lead = a.get(Assumptions.LEAD_TRANSFER_EFFECT);
    double withdrawal = a.get(Assumptions.WITHDRAWAL_EFFECT);
    for (int r = 0; r < posture.regionCount(); r++) {
      double t0 = start.regionTotal(r);
      double c0 = 0;
      for (Role role : PostureRules.GROUND_COMBAT) {
        c0 += start.regionRole(r, role);
      }
      for (int s = 0; s < posture.steps(); s++) {
        double shift = 0;
        double gone = 0;
        if (c0 > 0) {
          double c = posture.groundCombat(s, r);
          gone = Math.max(0, Math.min(1, 1 - c / c0));
        }
        double t = posture.regionTotal(s, r);
        if (elasticity != 0 && t != t0 && gone < 1) {
          double troops = elasticity * Math.log((t + scale) / (t0 + scale));
          if (t > t0) {
            boolean partnered =
                Double.isNaN(population[r]) || population[r] <= 0
                    ? local[r][s] > 0
                    : local[r][s] * 1000 / population[r] >= partnerRate;
            troops *= partnered ? 1 : 1 - dependence;
          }
          // The withdrawal effect already counts the loss of the combat troops that left.
          shift += troops * (1 - gone);
        }
        if (localElasticity != 0) {
          shift += localElasticity * Math.log((local[r][s] + 1) / (localStatusQuo[r][s] + 1));
        }
        if (withdrawal != 0) {
          shift += withdrawal * gone;
        }
        if (lead != 0 && s >= transferredAt[r]) {
          shift += lead * (1 - gone);
        }
        out[r][s] = shift;
      }
    }
    return out;
  }
}
