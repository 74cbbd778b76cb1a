package org.handover.engine.scenario;

import java.util.List;

/**
 * Foreign troops by month, region, contributing nation and role, over the months a scenario
 * simulates. Kept in the form the rules act on: each nation's troops by role in the theater, spread
 * over regions by the starting posture's shares, times what withdrawals on transfer leave of each
 * region's role. So every total costs a few multiplications, whatever the number of nations.
 */
public final class Posture {
  private static final Role[] ROLES = Role.values();
  private static final int K = ROLES.length;

  private final int steps;
  private final List<String> nations;
  private final double[] regionShare;

  /** {@code [step][nation][role]}: troops in the theater before withdrawals on transfer. */
  private final double[][][] national;

  /** {@code [step][region][role]}: the share of the region's troops of the role still there. */
  private final double[][][] left;

  /** {@code [step][role]}: troops of the role, all nations, before withdrawals on transfer. */
  private final double[][] roleNational;

  /** {@code [step][role]}: the share of the role's troops left, over regions. */
  private final double[][] roleSpread;

  Posture(List<String> nations, double[] regionShare, double[][][] national, double[][][] left) {
    this.steps = national.length;
    this.nations = List.copyOf(nations);
    this.regionShare = regionShare;
    this.national = national;
    this.left = left;
    this.roleNational = new double[steps][K];
    this.roleSpread = new double[steps][K];
    for (int s = 0; s < steps; s++) {
      for (int k = 0; k < K; k++) {
        double sum = 0;
        for (double[] byRole : national[s]) {
          sum += byRole[k];
        }
        roleNational[s][k] = sum;
        roleSpread[s][k] = spread(regionShare, left[s], k);
      }
    }
  }

  /** {@code sum over regions of share x left}: what of a role's troops the regions keep. */
  static double spread(double[] regionShare, double[][] left, int k) {
    double s = 0;
    for (int r = 0; r < regionShare.length; r++) {
      s += regionShare[r] * left[r][k];
    }
    return s;
  }

  public int steps() {
    return steps;
  }

  public int regionCount() {
    return regionShare.length;
  }

  /** The contributing nations, in a fixed order. */
  public List<String> nations() {
    return nations;
  }

  public double troops(int step, int region, int nation, Role role) {
    int k = role.ordinal();
    return national[step][nation][k] * regionShare[region] * left[step][region][k];
  }

  /** Every foreign troop in the region in the month. */
  public double regionTotal(int step, int region) {
    double s = 0;
    for (int k = 0; k < K; k++) {
      s += roleNational[step][k] * left[step][region][k];
    }
    return s * regionShare[region];
  }

  /** The region's ground combat troops (combat, special operations, quick reaction). */
  public double groundCombat(int step, int region) {
    double s = 0;
    for (Role role : PostureRules.GROUND_COMBAT) {
      s += roleNational[step][role.ordinal()] * left[step][region][role.ordinal()];
    }
    return s * regionShare[region];
  }

  /** Troops training local forces in the region ({@link Role#trains()}). */
  public double trainers(int step, int region) {
    double s = 0;
    for (int k = 0; k < K; k++) {
      if (ROLES[k].trains()) {
        s += roleNational[step][k] * left[step][region][k];
      }
    }
    return s * regionShare[region];
  }

  /** Every foreign troop in the theater in the month. */
  public double total(int step) {
    double s = 0;
    for (int k = 0; k < K; k++) {
      s += roleNational[step][k] * roleSpread[step][k];
    }
    return s;
  }

  /** The theater's troops of {@code nation} in the month. */
  public double nationTotal(int step, int nation) {
    double s = 0;
    for (int k = 0; k < K; k++) {
      s += national[step][nation][k] * roleSpread[step][k];
    }
    return s;
  }

  /** The theater's troops in {@code role} in the month. */
  public double roleTotal(int step, Role role) {
    return roleNational[step][role.ordinal()] * roleSpread[step][role.ordinal()];
  }
}
