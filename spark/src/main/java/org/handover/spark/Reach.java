package org.handover.spark;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.handover.engine.benchmark.IndicatorDefinition;
import org.handover.engine.indicator.Builtin;
import org.handover.engine.indicator.Expression;

/**
 * How far across regions a benchmark set's indicators reach: a region's value of {@code
 * neighbour_mean(x)} needs its neighbours' x, and x may itself reach further, so the halo a
 * partition of regions needs is the deepest nesting of {@code neighbour_mean} through the
 * indicators; {@code national_sum} and {@code national_mean} of a regional series need every
 * region.
 */
record Reach(int neighbourHops, boolean national) {
  static Reach of(List<IndicatorDefinition> indicators) {
    Map<String, Expression> byName = new HashMap<>();
    for (IndicatorDefinition d : indicators) {
      byName.put(d.name(), Expression.parse(d.expression()));
    }
    int hops = 0;
    boolean national = false;
    Map<String, Integer> memo = new HashMap<>();
    for (String name : byName.keySet()) {
      hops = Math.max(hops, hops(byName.get(name), byName, memo));
      national |= national(byName.get(name));
    }
    return new Reach(hops, national);
  }

  private static int hops(Expression e, Map<String, Expression> defs, Map<String, Integer> memo) {
    if (e instanceof Expression.Var v) {
      Expression def = defs.get(v.name());
      if (def == null) {
        return 0;
      }
      Integer known = memo.get(v.name());
      if (known == null) {
        memo.put(v.name(), 0); // the calculator refuses cycles; this only stops the walk
        known = hops(def, defs, memo);
        memo.put(v.name(), known);
      }
      return known;
    }
    if (e instanceof Expression.Neg n) {
      return hops(n.operand(), defs, memo);
    }
    if (e instanceof Expression.Binary b) {
      return Math.max(hops(b.left(), defs, memo), hops(b.right(), defs, memo));
    }
    if (e instanceof Expression.Call c) {
      int inner = 0;
      for (Expression a : c.arguments()) {
        inner = Math.max(inner, hops(a, defs, memo));
      }
      return c.function() == Builtin.NEIGHBOUR_MEAN ? inner + 1 : inner;
    }
    return 0;
  }

  private static boolean national(Expression e) {
    if (e instanceof Expression.Neg n) {
      return national(n.operand());
    }
    if (e instanceof Expression.Binary b) {
      return national(b.left()) || national(b.right());
    }
    if (e instanceof Expression.Call c) {
      return c.function() == Builtin.NATIONAL_SUM
          || c.function() == Builtin.NATIONAL_MEAN
          || c.arguments().stream().anyMatch(Reach::national);
    }
    return false;
  }
}
