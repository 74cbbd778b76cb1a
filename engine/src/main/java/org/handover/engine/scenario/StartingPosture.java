package org.handover.engine.scenario;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.handover.engine.HandoverException;

/**
 * The foreign posture in the month a scenario starts from: each nation's troops by role, spread
 * over regions by one share per region. No public series gives coalition troops per province and
 * role, so a posture is made by {@link #split}: real national totals by nation, spread over regions
 * and roles by stated weights; such a posture is illustrative and says how it was made.
 *
 * @param national {@code [nation][role]}: troops in the theater
 * @param regionShare each region's share of every nation's troops in every role; they sum to 1
 * @param method how the posture was made, shown wherever it is used
 */
public record StartingPosture(
    List<String> nations,
    double[][] national,
    double[] regionShare,
    boolean illustrative,
    String method) {

  public StartingPosture {
    nations = List.copyOf(nations);
    Objects.requireNonNull(national, "national");
    Objects.requireNonNull(regionShare, "regionShare");
    Objects.requireNonNull(method, "method");
    if (national.length != nations.size()) {
      throw new IllegalArgumentException("troops must list every nation");
    }
    for (double[] byRole : national) {
      if (byRole.length != Role.values().length) {
        throw new IllegalArgumentException("a nation's troops must list every role");
      }
    }
    double sum = 0;
    for (double w : regionShare) {
      sum += w;
    }
    if (Math.abs(sum - 1) > 1e-9) {
      throw new IllegalArgumentException("region shares sum to " + sum + ", not 1");
    }
  }

  /**
   * National totals by nation, split over regions in proportion to {@code regionWeights} and over
   * roles by {@code roleShares} (which must sum to 1).
   */
  public static StartingPosture split(
      Map<String, Double> nationTotals,
      double[] regionWeights,
      Map<Role, Double> roleShares,
      String method) {
    double weights = 0;
    for (double w : regionWeights) {
      if (!(w >= 0)) {
        throw new HandoverException("a region weight must be 0 or more, not " + w);
      }
      weights += w;
    }
    if (!(weights > 0)) {
      throw new HandoverException("the region weights of the starting posture are all zero");
    }
    double sum = 0;
    for (Role role : Role.values()) {
      double s = roleShares.getOrDefault(role, 0.0);
      if (!(s >= 0)) {
        throw new HandoverException("the share of role " + role.key() + " must be 0 or more");
      }
      sum += s;
    }
    if (Math.abs(sum - 1) > 1e-6) {
      throw new HandoverException(
          "the role shares of the starting posture sum to " + sum + ", not 1");
    }
    List<String> nations = new ArrayList<>(new LinkedHashMap<>(nationTotals).keySet());
    double[][] national = new double[nations.size()][Role.values().length];
    for (int n = 0; n < nations.size(); n++) {
      for (Role role : Role.values()) {
        national[n][role.ordinal()] =
            nationTotals.get(nations.get(n)) * roleShares.getOrDefault(role, 0.0);
      }
    }
    double[] share = new double[regionWeights.length];
    for (int r = 0; r < share.length; r++) {
      share[r] = regionWeights[r] / weights;
    }
    return new StartingPosture(nations, national, share, true, method);
  }

  public int regionCount() {
    return regionShare.length;
  }

  public double troops(int region, int nation, Role role) {
    return national[nation][role.ordinal()] * regionShare[region];
  }

  /** Every troop of the region. */
  public double regionTotal(int region) {
    return total() * regionShare[region];
  }

  /** The region's troops in {@code role}, all nations. */
  public double regionRole(int region, Role role) {
    double s = 0;
    for (double[] byRole : national) {
      s += byRole[role.ordinal()];
    }
    return s * regionShare[region];
  }

  public double total() {
    double s = 0;
    for (double[] byRole : national) {
      for (double t : byRole) {
        s += t;
      }
    }
    return s;
  }

  /** Index of {@code nation}, -1 if it has no troops here. */
  public int nationIndex(String nation) {
    return nations.indexOf(nation);
  }
}
