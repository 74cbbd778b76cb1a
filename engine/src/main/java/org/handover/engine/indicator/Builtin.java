package org.handover.engine.indicator;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.stream.Collectors;

/**
 * The functions of the indicator language and their signatures. Evaluation lives in {@link
 * Evaluator}; this type only knows names and which arguments are series and which must be literals
 * (a window length is part of the indicator's definition, not data).
 */
public enum Builtin {
  ROLLING_SUM("rolling_sum", series("x"), months("n"), minObs()),
  ROLLING_MEAN("rolling_mean", series("x"), months("n"), minObs()),
  ROLLING_MIN("rolling_min", series("x"), months("n"), minObs()),
  ROLLING_MAX("rolling_max", series("x"), months("n"), minObs()),
  LAG("lag", series("x"), months("n")),
  DIFF("diff", series("x"), months("n")),
  PCT_CHANGE("pct_change", series("x"), months("n")),
  SLOPE("slope", series("x"), months("n"), minObs()),
  MIN("min", series("a"), series("b")),
  MAX("max", series("a"), series("b")),
  ABS("abs", series("x")),
  LOG("log", series("x")),
  LOG1P("log1p", series("x")),
  SQRT("sqrt", series("x")),
  EXP("exp", series("x")),
  CLAMP("clamp", series("x"), number("lo"), number("hi")),
  RATIO("ratio", series("a"), series("b")),
  PER_CAPITA("per_capita", series("x"), number("per")),
  FILL("fill", series("x"), number("v")),
  COALESCE("coalesce", series("a"), series("b"), series("...").optional()),
  CARRY_FORWARD("carry_forward", series("x"), months("max_months")),
  INTERPOLATE("interpolate", series("x")),
  IS_MISSING("is_missing", series("x")),
  MONTHS_SINCE_DATA("months_since_data", series("x")),
  NATIONAL_SUM("national_sum", series("x")),
  NATIONAL_MEAN("national_mean", series("x")),
  NEIGHBOUR_MEAN("neighbour_mean", series("x")),
  IF("if", series("cond"), series("a"), series("b"));

  /** Longest window accepted (100 years): keeps a typo such as 60000 from stalling evaluation. */
  static final int MAX_MONTHS = 1200;

  enum Kind {
    SERIES,
    MONTHS,
    MIN_OBS,
    NUMBER
  }

  record Param(String name, Kind kind, boolean isOptional) {
    Param optional() {
      return new Param(name, kind, true);
    }
  }

  /** Why a call's arguments are wrong; {@code argument} is the offending index, -1 when too few. */
  record Misuse(String message, int argument) {}

  private final String functionName;
  private final List<Param> params;

  Builtin(String functionName, Param... params) {
    this.functionName = functionName;
    this.params = List.of(params);
  }

  private static Param series(String name) {
    return new Param(name, Kind.SERIES, false);
  }

  private static Param months(String name) {
    return new Param(name, Kind.MONTHS, false);
  }

  private static Param minObs() {
    return new Param("min_obs", Kind.MIN_OBS, true);
  }

  private static Param number(String name) {
    return new Param(name, Kind.NUMBER, false);
  }

  /** The name as written in expressions, e.g. {@code rolling_mean}. */
  String functionName() {
    return functionName;
  }

  /** E.g. {@code rolling_mean(x, n[, min_obs])}. */
  String signature() {
    StringBuilder s = new StringBuilder(functionName).append('(');
    for (int i = 0; i < params.size(); i++) {
      Param p = params.get(i);
      String sep = i == 0 ? "" : ", ";
      s.append(p.isOptional() ? "[" + sep + p.name() + "]" : sep + p.name());
    }
    return s.append(')').toString();
  }

  public static Optional<Builtin> named(String name) {
    return Arrays.stream(values()).filter(b -> b.functionName.equals(name)).findFirst();
  }

  static List<String> names() {
    return Arrays.stream(values()).map(Builtin::functionName).collect(Collectors.toList());
  }

  List<Param> params() {
    return params;
  }

  boolean variadic() {
    return this == COALESCE;
  }

  /** The problem with these arguments, if any. */
  Optional<Misuse> check(List<Expression> args) {
    int required = (int) params.stream().filter(p -> !p.isOptional()).count();
    int max = variadic() ? Integer.MAX_VALUE : params.size();
    if (args.size() < required || args.size() > max) {
      String expected =
          required == max
              ? String.valueOf(required)
              : max == Integer.MAX_VALUE ? required + " or more" : required + " or " + max;
      String noun = required == 1 && max == 1 ? "argument" : "arguments";
      return Optional.of(
          new Misuse(
              functionName
                  + " takes "
                  + expected
                  + " "
                  + noun
                  + " ("
                  + signature()
                  + "), got "
                  + args.size(),
              args.size() < required ? -1 : max));
    }
    for (int i = 0; i < args.size() && i < params.size(); i++) {
      Optional<Misuse> m = checkKind(params.get(i), args, i);
      if (m.isPresent()) {
        return m;
      }
    }
    return checkSpecific(args);
  }

  private Optional<Misuse> checkKind(Param p, List<Expression> args, int i) {
    Expression arg = args.get(i);
    OptionalDouble v = literal(arg);
    String what = functionName + ": " + p.name();
    return switch (p.kind()) {
      case SERIES -> Optional.empty();
      case NUMBER ->
          v.isPresent()
              ? Optional.empty()
              : misuse(
                  what + " must be a number written out (such as 0 or -1.5), got " + arg.toSource(),
                  i);
      case MONTHS, MIN_OBS -> {
        if (v.isEmpty() || v.getAsDouble() != Math.rint(v.getAsDouble())) {
          yield misuse(
              what
                  + " must be a whole number of months written out (such as 6), got "
                  + arg.toSource(),
              i);
        }
        double n = v.getAsDouble();
        if (n < 1) {
          yield misuse(what + " must be at least 1, got " + arg.toSource(), i);
        }
        if (n > MAX_MONTHS) {
          yield misuse(
              what + " must be at most " + MAX_MONTHS + " months, got " + arg.toSource(), i);
        }
        if (p.kind() == Kind.MIN_OBS && n > literal(args.get(1)).orElseThrow()) {
          yield misuse(
              what
                  + " ("
                  + arg.toSource()
                  + ") cannot exceed the window length n ("
                  + args.get(1).toSource()
                  + ")",
              i);
        }
        yield Optional.empty();
      }
    };
  }

  private Optional<Misuse> checkSpecific(List<Expression> args) {
    switch (this) {
      case SLOPE -> {
        if (literal(args.get(1)).orElseThrow() < 2) {
          return misuse(
              "slope: n must be at least 2 (a trend needs two months), got "
                  + args.get(1).toSource(),
              1);
        }
        if (args.size() == 3 && literal(args.get(2)).orElseThrow() < 2) {
          return misuse(
              "slope: min_obs must be at least 2 (a trend needs two points), got "
                  + args.get(2).toSource(),
              2);
        }
      }
      case CLAMP -> {
        if (literal(args.get(1)).orElseThrow() > literal(args.get(2)).orElseThrow()) {
          return misuse(
              "clamp: lo ("
                  + args.get(1).toSource()
                  + ") is greater than hi ("
                  + args.get(2).toSource()
                  + ")",
              1);
        }
      }
      case PER_CAPITA -> {
        if (!(literal(args.get(1)).orElseThrow() > 0)) {
          return misuse(
              "per_capita: per must be positive (such as 1e5), got " + args.get(1).toSource(), 1);
        }
      }
      default -> {}
    }
    return Optional.empty();
  }

  private static Optional<Misuse> misuse(String message, int argument) {
    return Optional.of(new Misuse(message, argument));
  }

  /** The value of a number literal, optionally negated; empty for anything else. */
  static OptionalDouble literal(Expression e) {
    if (e instanceof Expression.Num n) {
      return OptionalDouble.of(n.value());
    }
    if (e instanceof Expression.Neg neg && neg.operand() instanceof Expression.Num n) {
      return OptionalDouble.of(-n.value());
    }
    return OptionalDouble.empty();
  }

  /** An integer literal argument already checked by {@link #check}. */
  static int months(Expression e) {
    return (int) literal(e).orElseThrow();
  }

  @Override
  public String toString() {
    return functionName;
  }
}
