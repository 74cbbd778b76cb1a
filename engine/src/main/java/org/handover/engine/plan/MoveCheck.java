package org.handover.engine.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Checks one region's move to another month with every other region's month kept: which constraints
 * the changed plan breaks. This is how a plan names what binds each region; it checks each
 * constraint directly, not through the solver.
 */
final class MoveCheck {
  private final PlanningProblem p;
  private final int[] at;
  private final int h;
  private final int[] count;

  /**
   * @param at each region's month offset ({@code horizon}: unmoved; ignored for done regions)
   */
  MoveCheck(PlanningProblem p, int[] at) {
    this.p = p;
    this.at = at.clone();
    this.h = p.horizon();
    this.count = new int[h + 1];
    for (int r = 0; r < at.length; r++) {
      if (!p.regions().get(r).done()) {
        count[at[r]]++;
      }
    }
  }

  /** What breaks if region {@code r} moves at offset {@code t} instead. */
  List<Binding> violations(int r, int t) {
    List<Binding> out = new ArrayList<>();
    PlanRegion region = p.regions().get(r);
    PlanConstraints c = p.constraints();
    int old = at[r];
    if (region.fixed().isPresent()) {
      out.add(Binding.of(Binding.Kind.FIXED, "agreed for " + p.months().monthAt(old)));
      return out;
    }
    if (t < h && !p.ready(r, t)) {
      out.add(
          Binding.of(
              Binding.Kind.READINESS,
              "P(ready) " + pct(region.readyBy()[t]) + " < " + pct(c.minReadiness())));
    }
    if (t < h && t < region.earliest()) {
      out.add(
          Binding.of(
              Binding.Kind.MIN_MONTHS_IN_STAGE,
              region.fromStage() + " until " + p.months().monthAt(region.earliest())));
    }
    int[] moved = count.clone();
    moved[old]--;
    moved[t]++;
    if (t < h && c.perMonth().isPresent() && moved[t] > c.perMonth().getAsInt()) {
      out.add(
          Binding.of(
              Binding.Kind.PER_MONTH,
              c.perMonth().getAsInt() + " already move in " + p.months().monthAt(t)));
    }
    int gap = c.monthsBetweenTranches();
    if (t < h && gap > 1) {
      for (int m = Math.max(0, t - gap + 1); m < Math.min(h, t + gap); m++) {
        if (m != t && moved[m] > 0) {
          out.add(
              Binding.of(
                  Binding.Kind.TRANCHE_SPACING,
                  "tranche in " + p.months().monthAt(m) + ", " + gap + " months apart at least"));
          break;
        }
      }
    }
    if (c.maxTranches().isPresent()) {
      int tranches = 0;
      for (int m = 0; m < h; m++) {
        tranches += moved[m] > 0 ? 1 : 0;
      }
      if (tranches > c.maxTranches().getAsInt()) {
        out.add(Binding.of(Binding.Kind.MAX_TRANCHES, c.maxTranches().getAsInt() + " tranches"));
      }
    }
    int cap = p.capacityPerWindow();
    if (t < h && cap != Integer.MAX_VALUE) {
      int w = p.capacityMonths();
      for (int m = t; m < Math.min(h, t + w); m++) {
        int holding = p.earlierMovesHolding(m);
        for (int s = Math.max(0, m - w + 1); s <= m; s++) {
          holding += moved[s];
        }
        if (holding > cap) {
          out.add(
              Binding.of(
                  Binding.Kind.CAPACITY,
                  "advisers and trainers for " + cap + " regions in " + p.months().monthAt(m)));
          break;
        }
      }
    }
    int lo = Math.min(old, t);
    int hi = Math.max(old, t);
    for (int m = lo; m < Math.min(hi, h); m++) {
      long ceiling = p.ceiling(m);
      if (ceiling == Long.MAX_VALUE) {
        continue;
      }
      long troops = 0;
      for (int x = 0; x < at.length; x++) {
        int month = x == r ? t : at[x];
        troops += movedBy(x, month, m) ? p.roundedAfter(x) : p.roundedBefore(x);
      }
      if (troops > ceiling) {
        out.add(
            Binding.of(
                Binding.Kind.CEILING,
                String.format(
                    Locale.ROOT,
                    "%,d troops > %,d in %s",
                    troops,
                    ceiling,
                    p.months().monthAt(m))));
        break;
      }
    }
    if (c.contiguity()) {
      contiguity(r, t, lo, hi).ifPresent(out::add);
    }
    return out;
  }

  private java.util.Optional<Binding> contiguity(int r, int t, int lo, int hi) {
    List<Integer> affected = new ArrayList<>();
    affected.add(r);
    for (int n : p.regions().get(r).neighbours()) {
      affected.add(n);
    }
    for (int m = lo; m < Math.min(hi, h); m++) {
      for (int x : affected) {
        PlanRegion region = p.regions().get(x);
        if (region.contiguityExempt() || region.neighbours().length == 0) {
          continue;
        }
        if (movedBy(x, x == r ? t : at[x], m)) {
          continue;
        }
        boolean surrounded = true;
        boolean byFacts = true;
        for (int n : region.neighbours()) {
          byFacts &= p.regions().get(n).done();
          if (!movedBy(n, n == r ? t : at[n], m)) {
            surrounded = false;
            break;
          }
        }
        if (surrounded && !byFacts) {
          return java.util.Optional.of(
              Binding.of(
                  Binding.Kind.CONTIGUITY,
                  region.id() + " surrounded in " + p.months().monthAt(m)));
        }
      }
    }
    return java.util.Optional.empty();
  }

  /** Whether region {@code x}, moving at {@code month}, has moved by offset {@code m}. */
  private boolean movedBy(int x, int month, int m) {
    return p.regions().get(x).done() || month <= m;
  }

  static String pct(double v) {
    return Math.round(100 * v) + "%";
  }
}
