package org.handover.engine.plan;

import java.util.ArrayList;
import java.util.List;
import org.handover.engine.scenario.Role;

/**
 * Tries every assignment of months to regions and checks every constraint from the problem's raw
 * data, written apart from the solver's model and from {@link MoveCheck}.
 */
final class BruteForce {
  private BruteForce() {}

  /** The least objective (thousandths) over every feasible assignment; MAX_VALUE if none. */
  static long best(PlanningProblem p) {
    int n = p.regions().size();
    int h = p.horizon();
    int[] at = new int[n];
    long best = Long.MAX_VALUE;
    long total = (long) Math.pow(h + 1, n);
    for (long code = 0; code < total; code++) {
      long c = code;
      for (int r = 0; r < n; r++) {
        at[r] = (int) (c % (h + 1));
        c /= h + 1;
      }
      if (feasible(p, at)) {
        long cost = 0;
        for (int r = 0; r < n; r++) {
          cost += p.cost(r, at[r]);
        }
        best = Math.min(best, cost);
      }
    }
    return best;
  }

  static boolean feasible(PlanningProblem p, int[] at) {
    PlanConstraints c = p.constraints();
    int n = at.length;
    int h = p.horizon();
    int[] count = new int[h];
    for (int r = 0; r < n; r++) {
      PlanRegion region = p.regions().get(r);
      int t = at[r];
      if (region.fixed().isPresent()) {
        if (t != region.fixed().getAsInt()) {
          return false;
        }
      } else if (t < h) {
        if (region.readyBy()[t] < c.minReadiness() - 1e-12 || t < region.earliest()) {
          return false;
        }
      }
      if (t < h) {
        count[t]++;
      }
    }
    List<Integer> tranches = new ArrayList<>();
    for (int m = 0; m < h; m++) {
      if (c.perMonth().isPresent() && count[m] > c.perMonth().getAsInt()) {
        return false;
      }
      if (count[m] > 0) {
        tranches.add(m);
      }
    }
    for (int i = 1; i < tranches.size(); i++) {
      if (tranches.get(i) - tranches.get(i - 1) < c.monthsBetweenTranches()) {
        return false;
      }
    }
    if (c.maxTranches().isPresent() && tranches.size() > c.maxTranches().getAsInt()) {
      return false;
    }
    if (c.capacity().isPresent()) {
      PlanConstraints.Capacity cap = c.capacity().get();
      for (int m = 0; m < h; m++) {
        int holding = 0;
        for (int r = 0; r < n; r++) {
          if (at[r] <= m && m < at[r] + cap.months()) {
            holding++;
          }
        }
        if ((long) holding * cap.advisersPerRegion() > p.advisersAvailable()
            || (long) holding * cap.trainersPerRegion() > p.trainersAvailable()) {
          return false;
        }
      }
    }
    for (int m = 0; m < h; m++) {
      Long ceiling = null;
      for (PlanConstraints.Ceiling x : c.ceilings()) {
        if (!x.from().isAfter(p.months().monthAt(m))) {
          ceiling = x.max();
        }
      }
      if (ceiling == null) {
        continue;
      }
      long troops = 0;
      for (int r = 0; r < n; r++) {
        double sum = 0;
        for (double[] byRole : p.regions().get(r).troops()) {
          for (Role role : Role.values()) {
            double keep = at[r] <= m ? c.keepOnTransfer().getOrDefault(role, 1.0) : 1;
            sum += byRole[role.ordinal()] * keep;
          }
        }
        troops += Math.round(sum);
      }
      if (troops > ceiling) {
        return false;
      }
    }
    if (c.contiguity()) {
      for (int r = 0; r < n; r++) {
        int[] nb = p.regions().get(r).neighbours();
        if (nb.length == 0 || p.regions().get(r).contiguityExempt()) {
          continue;
        }
        int latest = 0;
        for (int x : nb) {
          latest = Math.max(latest, at[x]);
        }
        // once every neighbour has moved (at 'latest'), r must have moved too
        if (latest < h && at[r] > latest) {
          return false;
        }
      }
    }
    return true;
  }
}
