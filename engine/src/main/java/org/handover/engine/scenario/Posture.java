package org.handover.engine.scenario;

import java.util.List;
import java.util.Set;

/**
 * Foreign troops by month, region, contributing nation and role, over the months a scenario
 * simulates. The simulation builds it month by month ({@link #mutable}) and then completes it
 * ({@link #freeze}); from then on it is a value.
 */
public final class Posture {
  private static final Role[] ROLES = Role.values();
  private static final boolean[] TRAINS = new boolean[ROLES.length];
  private static final boolean[] GROUND_COMBAT = new boolean[ROLES.length];

  static {
    for (Role r : ROLES) {
      TRAINS[r.ordinal()] = r.trains();
      GROUND_COMBAT[r.ordinal()] = PostureRules.GROUND_COMBAT.contains(r);
    }
  }

  private final int steps;
  private final int regions;
  private final List<String> nations;
  private final double[] troops;

  /** Totals computed once the posture is complete ({@link #freeze}). */
  private double[][] regionTotals;

  private double[][] trainerTotals;
  private double[][] groundCombatTotals;
  private double[][] nationTotals;
  private double[][] roleTotals;
  private double[] totals;

  private Posture(int steps, int regions, List<String> nations, double[] troops) {
    this.steps = steps;
    this.regions = regions;
    this.nations = List.copyOf(nations);
    this.troops = troops;
  }

  /** An all-zero posture to fill in. */
  static Posture mutable(int steps, int regions, List<String> nations) {
    return new Posture(
        steps, regions, nations, new double[steps * regions * nations.size() * ROLES.length]);
  }

  private int at(int step, int region, int nation, Role role) {
    return ((step * regions + region) * nations.size() + nation) * ROLES.length + role.ordinal();
  }

  void set(int step, int region, int nation, int role, double value) {
    if (totals != null) {
      throw new IllegalStateException("a posture is not changed once complete");
    }
    troops[((step * regions + region) * nations.size() + nation) * ROLES.length + role] = value;
  }

  /** Completes the posture: its totals are computed once, here. */
  Posture freeze() {
    int nn = nations.size();
    regionTotals = new double[steps][regions];
    trainerTotals = new double[steps][regions];
    groundCombatTotals = new double[steps][regions];
    nationTotals = new double[steps][nn];
    roleTotals = new double[steps][ROLES.length];
    totals = new double[steps];
    for (int s = 0; s < steps; s++) {
      for (int r = 0; r < regions; r++) {
        for (int n = 0; n < nn; n++) {
          int base = at(s, r, n, ROLES[0]);
          for (int k = 0; k < ROLES.length; k++) {
            double t = troops[base + k];
            regionTotals[s][r] += t;
            nationTotals[s][n] += t;
            roleTotals[s][k] += t;
            totals[s] += t;
            if (TRAINS[k]) {
              trainerTotals[s][r] += t;
            }
            if (GROUND_COMBAT[k]) {
              groundCombatTotals[s][r] += t;
            }
          }
        }
      }
    }
    return this;
  }

  /** The region's ground combat troops (combat, special operations, quick reaction). */
  public double groundCombat(int step, int region) {
    return groundCombatTotals != null
        ? groundCombatTotals[step][region]
        : regionRoles(step, region, PostureRules.GROUND_COMBAT);
  }

  public int steps() {
    return steps;
  }

  public int regionCount() {
    return regions;
  }

  /** The contributing nations, in a fixed order. */
  public List<String> nations() {
    return nations;
  }

  public double troops(int step, int region, int nation, Role role) {
    return troops[at(step, region, nation, role)];
  }

  /** Every foreign troop in the region in the month. */
  public double regionTotal(int step, int region) {
    if (regionTotals != null) {
      return regionTotals[step][region];
    }
    double s = 0;
    int from = at(step, region, 0, ROLES[0]);
    for (int i = 0; i < nations.size() * ROLES.length; i++) {
      s += troops[from + i];
    }
    return s;
  }

  /** The region's troops in {@code roles}, all nations. */
  public double regionRoles(int step, int region, Set<Role> roles) {
    double s = 0;
    for (int n = 0; n < nations.size(); n++) {
      for (Role role : roles) {
        s += troops(step, region, n, role);
      }
    }
    return s;
  }

  /** Every foreign troop in the theater in the month. */
  public double total(int step) {
    if (totals != null) {
      return totals[step];
    }
    double s = 0;
    for (int r = 0; r < regions; r++) {
      s += regionTotal(step, r);
    }
    return s;
  }

  /** The theater's troops of {@code nation} in the month. */
  public double nationTotal(int step, int nation) {
    if (nationTotals != null) {
      return nationTotals[step][nation];
    }
    double s = 0;
    for (int r = 0; r < regions; r++) {
      for (Role role : ROLES) {
        s += troops(step, r, nation, role);
      }
    }
    return s;
  }

  /** The theater's troops in {@code role} in the month. */
  public double roleTotal(int step, Role role) {
    if (roleTotals != null) {
      return roleTotals[step][role.ordinal()];
    }
    double s = 0;
    for (int r = 0; r < regions; r++) {
      for (int n = 0; n < nations.size(); n++) {
        s += troops(step, r, n, role);
      }
    }
    return s;
  }

  /** Troops training local forces in the region ({@link Role#trains()}). */
  public double trainers(int step, int region) {
    if (trainerTotals != null) {
      return trainerTotals[step][region];
    }
    double s = 0;
    for (int n = 0; n < nations.size(); n++) {
      for (Role role : ROLES) {
        if (role.trains()) {
          s += troops(step, region, n, role);
        }
      }
    }
    return s;
  }
}
