package org.handover.engine.scenario;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.handover.engine.HandoverException;

/**
 * The foreign posture in the month a scenario starts from: troops by region, nation and role. No
 * public series gives coalition troops per province and role, so the usual way to make one is
 * {@link #split}: real national totals by nation, spread over regions and roles by stated weights;
 * such a posture is illustrative and says how it was made.
 *
 * @param method how the posture was made, shown wherever it is used
 */
public record StartingPosture(
    List<String> nations, double[][][] troops, boolean illustrative, String method) {

  public StartingPosture {
    nations = List.copyOf(nations);
    Objects.requireNonNull(troops, "troops");
    Objects.requireNonNull(method, "method");
    for (double[][] region : troops) {
      if (region.length != nations.size()) {
        throw new IllegalArgumentException("a region's troops must list every nation");
      }
      for (double[] byRole : region) {
        if (byRole.length != Role.values().length) {
          throw new IllegalArgumentException("a nation's troops must list every role");
        }
      }
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
    Map<Role, Double> shares = new EnumMap<>(Role.class);
    double sum = 0;
    for (Role role : Role.values()) {
      double s = roleShares.getOrDefault(role, 0.0);
      if (!(s >= 0)) {
        throw new HandoverException("the share of role " + role.key() + " must be 0 or more");
      }
      shares.put(role, s);
      sum += s;
    }
    if (Math.abs(sum - 1) > 1e-6) {
      throw new HandoverException(
          "the role shares of the starting posture sum to " + sum + ", not 1");
    }
    List<String> nations = new ArrayList<>(new LinkedHashMap<>(nationTotals).keySet());
    double[][][] troops = new double[regionWeights.length][nations.size()][Role.values().length];
    for (int r = 0; r < regionWeights.length; r++) {
      for (int n = 0; n < nations.size(); n++) {
        double national = nationTotals.get(nations.get(n));
        for (Role role : Role.values()) {
          troops[r][n][role.ordinal()] = national * regionWeights[r] / weights * shares.get(role);
        }
      }
    }
    return new StartingPosture(nations, troops, true, method);
  }

  public int regionCount() {
    return troops.length;
  }

  public double troops(int region, int nation, Role role) {
    return troops[region][nation][role.ordinal()];
  }

  /** Every troop of the region. */
  public double regionTotal(int region) {
    double s = 0;
    for (double[] byRole : troops[region]) {
      for (double t : byRole) {
        s += t;
      }
    }
    return s;
  }

  public double total() {
    double s = 0;
    for (int r = 0; r < troops.length; r++) {
      s += regionTotal(r);
    }
    return s;
  }

  /** Index of {@code nation}, -1 if it has no troops here. */
  public int nationIndex(String nation) {
    return nations.indexOf(nation);
  }
}
