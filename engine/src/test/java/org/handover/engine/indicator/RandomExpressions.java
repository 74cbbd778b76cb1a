package org.handover.engine.indicator;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.handover.engine.indicator.Expression.Binary;
import org.handover.engine.indicator.Expression.Call;
import org.handover.engine.indicator.Expression.Neg;
import org.handover.engine.indicator.Expression.Num;
import org.handover.engine.indicator.Expression.Var;

/** Random well-formed syntax trees (built in code, columns 0) for round-trip properties. */
final class RandomExpressions {
  private static final List<String> NAMES =
      List.of(
          "x",
          "deaths_best",
          "foreign_troops.role.combat",
          "_a1",
          "population",
          "log",
          "if",
          "e",
          "E1",
          "a.b.c_9");

  private RandomExpressions() {}

  static Expression of(long seed) {
    return expression(new Random(seed), 4);
  }

  private static Expression expression(Random r, int depth) {
    int choice = depth <= 0 ? r.nextInt(2) : r.nextInt(6);
    return switch (choice) {
      case 0 -> new Num(number(r), 0);
      case 1 ->
          r.nextInt(4) == 0
              ? new Expression.Filtered(NAMES.get(r.nextInt(NAMES.size())), filter(r), 0)
              : new Var(NAMES.get(r.nextInt(NAMES.size())), 0);
      case 2 -> new Neg(expression(r, depth - 1), 0);
      case 3, 4 ->
          new Binary(
              BinaryOp.values()[r.nextInt(BinaryOp.values().length)],
              expression(r, depth - 1),
              expression(r, depth - 1),
              0);
      default -> call(r, depth - 1);
    };
  }

  private static final List<String> VALUES =
      List.of("one-sided", "3", "Government of Iraq", "say \"no\"", "back\\slash", " x ", "ä");

  private static EventFilter filter(Random r) {
    List<EventFilter.Condition> conditions = new ArrayList<>();
    for (int i = 0, n = 1 + r.nextInt(3); i < n; i++) {
      List<String> values = new ArrayList<>();
      for (int j = 0, k = 1 + r.nextInt(3); j < k; j++) {
        values.add(VALUES.get(r.nextInt(VALUES.size())));
      }
      conditions.add(
          EventFilter.Condition.of(NAMES.get(r.nextInt(NAMES.size())), r.nextBoolean(), values));
    }
    return new EventFilter(conditions);
  }

  private static double number(Random r) {
    return switch (r.nextInt(6)) {
      case 0 -> r.nextInt(100);
      case 1 -> r.nextDouble() * 1e6;
      case 2 -> r.nextDouble() * 1e-9;
      case 3 -> Math.scalb(r.nextDouble(), r.nextInt(2000) - 1000);
      case 4 -> 1e15 + r.nextInt(1000);
      default -> 0.5;
    };
  }

  /**
   * Retries until the random arguments satisfy the function's own rules (e.g. clamp's lo <= hi).
   */
  private static Call call(Random r, int depth) {
    Builtin f = Builtin.values()[r.nextInt(Builtin.values().length)];
    while (true) {
      List<Expression> args = new ArrayList<>();
      int window = 1 + r.nextInt(24);
      for (Builtin.Param p : f.params()) {
        if (p.isOptional() && r.nextBoolean()) {
          break;
        }
        args.add(
            switch (p.kind()) {
              case SERIES -> expression(r, depth);
              case MONTHS -> new Num(window, 0);
              case MIN_OBS -> new Num(1 + r.nextInt(window), 0);
              case NUMBER -> {
                Num n = new Num(number(r), 0);
                yield r.nextBoolean() ? new Neg(n, 0) : n;
              }
            });
      }
      if (f.variadic() && args.size() == f.params().size()) {
        for (int extra = r.nextInt(3); extra > 0; extra--) {
          args.add(expression(r, depth));
        }
      }
      try {
        return new Call(f, args, 0);
      } catch (IllegalArgumentException retry) {
        // e.g. slope with n = 1: draw again
      }
    }
  }
}
