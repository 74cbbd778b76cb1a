package org.handover.engine.scenario;

import java.util.List;
import java.util.Set;

/**
 * Foreign troops by month, region, contributing nation and role, over the months a scenario
 * simulates. A value; the simulation builds it month by month ({@link #mutable}).
 */
public final class Posture {
  private static final Role[] ROLES = Role.values();

  private final int steps;
  private final int regions;
  private final List<String> nations;
  private final double[] troops;

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

  void set(int step, int region, int nation, Role role, double value) {
    troops[at(step, region, nation, role)] = value;
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
    double s = 0;
    for (int r = 0; r < regions; r++) {
      s += regionTotal(step, r);
    }
    return s;
  }

  /** The theater's troops of {@code nation} in the month. */
  public double nationTotal(int step, int nation) {
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
