package org.handover.engine.scenario;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Computes a policy's posture from the starting posture and the regions' transfer steps. The rules
 * apply in a fixed order, each month: recorded national series, added troops, withdrawals,
 * withdrawals on transfer, burden sharing, ceilings.
 */
final class PostureRules {
  private static final Role[] ROLES = Role.values();

  private final Policy policy;
  private final StartingPosture start;
  private final List<String> nations;
  private final YearMonth first;
  private final int steps;

  /** Per nation index (of {@link #nations}) and step: recorded troops / troops at the start. */
  private final double[][] recordedFactor;

  /** Per nation (of {@link #nations}): its index in the starting posture, -1 if none. */
  private final int[] startIndex;

  /** {@code [nation][role][step]}: troops added by the policy, theater-wide. */
  private final double[][][] added;

  /** {@code [nation][role][step]}: the share the policy's withdrawals leave. */
  private final double[][][] withdrawn;

  private final List<PolicyRule.OnTransfer> onTransfer;
  private final List<PolicyRule.ShareBurden> shares;
  private final List<PolicyRule.Ceiling> ceilings;

  /**
   * {@code [step][nation][role]}: the troops before burden sharing and ceilings, which alone depend
   * on the transfers; shared, never written, when the policy has neither.
   */
  private final double[][][] before;

  /**
   * {@code [step transferred][role]}: what the on-transfer withdrawals leave by step (null: all);
   * the same arrays for every region transferred in that step.
   */
  private final double[][][] leftAfter;

  PostureRules(
      Policy policy,
      StartingPosture start,
      List<String> nations,
      YearMonth first,
      int steps,
      Map<String, double[]> recorded) {
    this.policy = policy;
    this.start = start;
    this.nations = nations;
    this.first = first;
    this.steps = steps;
    this.recordedFactor = new double[nations.size()][steps];
    boolean follow = !policy.rules(PolicyRule.FollowRecorded.class).isEmpty();
    for (int n = 0; n < nations.size(); n++) {
      double[] series = recorded.get(nations.get(n));
      java.util.Arrays.fill(recordedFactor[n], 1);
      int sn = start.nationIndex(nations.get(n));
      if (!follow || series == null || sn < 0) {
        continue;
      }
      double atStart = 0;
      for (double t : start.national()[sn]) {
        atStart += t;
      }
      double last = atStart;
      for (int s = 0; s < steps; s++) {
        if (!Double.isNaN(series[s])) {
          last = series[s];
        }
        recordedFactor[n][s] = atStart > 0 ? last / atStart : 1;
      }
    }
    this.startIndex = new int[nations.size()];
    for (int n = 0; n < nations.size(); n++) {
      startIndex[n] = start.nationIndex(nations.get(n));
    }
    // Each rule's steps are resolved once: the monthly loop is arithmetic only.
    this.added = new double[nations.size()][ROLES.length][steps];
    this.withdrawn = new double[nations.size()][ROLES.length][steps];
    for (int n = 0; n < nations.size(); n++) {
      for (Role role : ROLES) {
        java.util.Arrays.fill(withdrawn[n][role.ordinal()], 1);
      }
    }
    for (PolicyRule.AddTroops a : policy.rules(PolicyRule.AddTroops.class)) {
      int n = nations.indexOf(a.nation());
      int from = a.from().step(first);
      int by = a.by().step(first);
      for (int s = 0; n >= 0 && s < steps; s++) {
        added[n][a.role().ordinal()][s] += a.troops() * added(s, from, by);
      }
    }
    for (PolicyRule.Withdraw w : policy.rules(PolicyRule.Withdraw.class)) {
      int from = w.from().step(first);
      int by = w.by().step(first);
      for (int n = 0; n < nations.size(); n++) {
        if (!w.nations().isEmpty() && !w.nations().contains(nations.get(n))) {
          continue;
        }
        for (Role role : w.roles()) {
          for (int s = 0; s < steps; s++) {
            withdrawn[n][role.ordinal()][s] *= remaining(s, from, by);
          }
        }
      }
    }
    this.onTransfer = policy.rules(PolicyRule.OnTransfer.class);
    this.shares = policy.rules(PolicyRule.ShareBurden.class);
    this.ceilings = policy.rules(PolicyRule.Ceiling.class);
    this.before = new double[steps][nations.size()][ROLES.length];
    for (int s = 0; s < steps; s++) {
      for (int n = 0; n < nations.size(); n++) {
        int sn = startIndex[n];
        for (int k = 0; k < ROLES.length; k++) {
          double t = sn < 0 ? 0 : start.national()[sn][k] * recordedFactor[n][s];
          before[s][n][k] = (t + added[n][k][s]) * withdrawn[n][k][s];
        }
      }
    }
    this.leftAfter = new double[steps][ROLES.length][];
    for (int at = 0; at < steps; at++) {
      for (int k = 0; k < ROLES.length; k++) {
        leftAfter[at][k] = left(at, k);
      }
    }
  }

  /** Equal monthly steps from {@code from} to none left at {@code by}: the share still there. */
  static double remaining(int step, int from, int by) {
    if (step < from) {
      return 1;
    }
    if (step >= by) {
      return 0;
    }
    return (double) (by - step) / (by - from + 1);
  }

  /** The share added by equal monthly steps over {@code from}..{@code by}. */
  static double added(int step, int from, int by) {
    return 1 - remaining(step, from, by);
  }

  /**
   * @param transferredAt per region, the step from which this policy transferred it ({@code
   *     Integer.MAX_VALUE}: not in the run)
   */
  Posture compute(int[] transferredAt) {
    int regions = start.regionCount();
    int roles = ROLES.length;
    double[][][] left = new double[steps][regions][roles];
    for (int r = 0; r < regions; r++) {
      int at = transferredAt[r];
      for (int k = 0; k < roles; k++) {
        double[] l = at >= steps ? null : at >= 0 ? leftAfter[at][k] : left(at, k);
        for (int s = 0; s < steps; s++) {
          left[s][r][k] = l == null ? 1 : l[s];
        }
      }
    }
    if (shares.isEmpty() && ceilings.isEmpty()) {
      return new Posture(nations, start.regionShare(), before, left);
    }
    double[][][] national = new double[steps][nations.size()][];
    for (int s = 0; s < steps; s++) {
      for (int n = 0; n < nations.size(); n++) {
        national[s][n] = before[s][n].clone();
      }
      double[] spread = new double[roles];
      for (int k = 0; k < roles; k++) {
        spread[k] = Posture.spread(start.regionShare(), left[s], k);
      }
      for (PolicyRule.ShareBurden b : shares) {
        shareBurden(national[s], spread, s, b);
      }
      for (PolicyRule.Ceiling c : ceilings) {
        if (s >= c.from().step(first)) {
          ceiling(national[s], spread, c);
        }
      }
    }
    return new Posture(nations, start.regionShare(), national, left);
  }

  /**
   * What the on-transfer withdrawals leave of role {@code k} by step, transferred at {@code at}.
   */
  private double[] left(int at, int k) {
    double[] out = null;
    for (PolicyRule.OnTransfer o : onTransfer) {
      if (o.withdraw().contains(ROLES[k])) {
        if (out == null) {
          out = new double[steps];
          java.util.Arrays.fill(out, 1);
        }
        for (int s = 0; s < steps; s++) {
          out[s] *= remaining(s - at, 0, o.withinMonths() - 1);
        }
      }
    }
    return out;
  }

  /** A nation's troops in the month: its troops by role, over what the regions keep. */
  private static double nationTotal(double[] byRole, double[] spread) {
    double s = 0;
    for (int k = 0; k < byRole.length; k++) {
      s += byRole[k] * spread[k];
    }
    return s;
  }

  private void shareBurden(double[][] month, double[] spread, int s, PolicyRule.ShareBurden b) {
    int lead = nations.indexOf(b.leadNation());
    int from = b.from().step(first);
    int by = b.by().step(first);
    if (lead < 0 || s < from) {
      return;
    }
    double total = 0;
    for (double[] byRole : month) {
      total += nationTotal(byRole, spread);
    }
    double leadTotal = nationTotal(month[lead], spread);
    double others = total - leadTotal;
    if (total <= 0 || others <= 0) {
      // No partner troops to grow: the others' share cannot rise.
      return;
    }
    double now = others / total;
    // The share the rule asks for this month: from where it stood, linearly to the target.
    double target = now + (b.share() - now) * Math.min(1, added(s, from, by));
    if (target <= now) {
      return;
    }
    double otherScale = target * total / others;
    double leadScale = leadTotal > 0 ? (total - target * total) / leadTotal : 0;
    for (int n = 0; n < month.length; n++) {
      scale(month[n], n == lead ? leadScale : otherScale);
    }
  }

  private void ceiling(double[][] month, double[] spread, PolicyRule.Ceiling c) {
    if (c.nation().isPresent()) {
      int n = nations.indexOf(c.nation().get());
      if (n < 0) {
        return;
      }
      double t = nationTotal(month[n], spread);
      if (t > c.troops()) {
        scale(month[n], c.troops() / t);
      }
    } else {
      double t = 0;
      for (double[] byRole : month) {
        t += nationTotal(byRole, spread);
      }
      if (t > c.troops()) {
        for (double[] byRole : month) {
          scale(byRole, c.troops() / t);
        }
      }
    }
  }

  private static void scale(double[] byRole, double k) {
    for (int i = 0; i < byRole.length; i++) {
      byRole[i] *= k;
    }
  }

  /** The throughput multiplier in each step. */
  double[] throughputFactor() {
    double[] f = new double[steps];
    java.util.Arrays.fill(f, 1);
    for (PolicyRule.TrainingThroughput t : policy.rules(PolicyRule.TrainingThroughput.class)) {
      for (int s = Math.max(0, t.from().step(first)); s < steps; s++) {
        f[s] *= t.factor();
      }
    }
    return f;
  }

  /** Roles on the ground in combat: their departure is the withdrawal effect's "troops leaving". */
  static final Set<Role> GROUND_COMBAT =
      Set.of(Role.COMBAT, Role.SPECIAL_OPERATIONS, Role.QUICK_REACTION);
}
