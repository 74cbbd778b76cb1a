package org.handover.engine.indicator;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * An indicator expression: an immutable syntax tree, e.g. {@code 1e5 * rolling_mean(deaths_best, 6)
 * / population}. The language is described in docs/indicators.md.
 *
 * <p>Every node remembers the 1-based source column it came from (0 when built in code) so later
 * errors, such as an unknown variable, can point at it. Columns are source metadata, not part of
 * the value: two trees are {@code equals} when they have the same structure, wherever they were
 * written.
 */
public sealed interface Expression
    permits Expression.Num,
        Expression.Var,
        Expression.Filtered,
        Expression.Neg,
        Expression.Binary,
        Expression.Call {

  /** Parses {@code source}; throws {@link ExpressionException} pointing at the first problem. */
  static Expression parse(String source) {
    return Parser.parse(source);
  }

  /**
   * 1-based column of this node in its source: the token itself, an operator, or a function name.
   */
  int column();

  /**
   * The panel variables this expression reads, in order of first appearance; includes {@code
   * population} when it calls {@code per_capita}. A filtered event series is named by its {@link
   * Filtered#key()}, the panel column that holds it.
   */
  default Set<String> variables() {
    Set<String> names = new LinkedHashSet<>();
    Printer.collectVariables(this, names);
    return names;
  }

  /** The filtered event series this expression reads, in order of first appearance. */
  default Set<Filtered> filteredSeries() {
    Set<Filtered> out = new LinkedHashSet<>();
    Printer.walk(
        this,
        e -> {
          if (e instanceof Filtered f) {
            out.add(f);
          }
        });
    return out;
  }

  /**
   * Whether the value in a month depends only on that month and earlier ones: true unless the
   * expression interpolates, which reads later months.
   */
  default boolean causal() {
    boolean[] causal = {true};
    Printer.walk(
        this,
        e -> {
          if (e instanceof Call c && c.function() == Builtin.INTERPOLATE) {
            causal[0] = false;
          }
        });
    return causal[0];
  }

  /**
   * This expression in the language's syntax, with only the parentheses it needs; re-parses to an
   * equal tree.
   */
  default String toSource() {
    return Printer.print(this);
  }

  /** A number literal; never negative (a leading minus is a {@link Neg}). */
  record Num(double value, int column) implements Expression {
    public Num {
      if (!(value >= 0) || Double.isInfinite(value)) {
        throw new IllegalArgumentException(
            "a number literal must be finite and not negative: " + value);
      }
      value = value + 0.0; // -0.0 becomes 0.0
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Num n && Double.compare(n.value, value) == 0;
    }

    @Override
    public int hashCode() {
      return Double.hashCode(value);
    }
  }

  /** A reference to a panel variable or another indicator. */
  record Var(String name, int column) implements Expression {
    public Var {
      if (!Lexer.isIdentifier(name)) {
        throw new IllegalArgumentException("not a valid variable name: '" + name + "'");
      }
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Var v && v.name.equals(name);
    }

    @Override
    public int hashCode() {
      return name.hashCode();
    }
  }

  /**
   * An event series counting only some events, e.g. {@code deaths_best[event_type == "one-sided"]}.
   * The panel holds it as a column named by its {@link #key()}, which whoever loads the panel
   * computes from the events; {@code column} is the series name's.
   */
  record Filtered(String name, EventFilter filter, int column) implements Expression {
    public Filtered {
      if (!Lexer.isIdentifier(name)) {
        throw new IllegalArgumentException("not a valid variable name: '" + name + "'");
      }
      Objects.requireNonNull(filter, "filter");
    }

    /** The series as written in canonical form, e.g. {@code events[side_a == "IS"]}. */
    public String key() {
      return Printer.print(this);
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Filtered f && f.name.equals(name) && f.filter.equals(filter);
    }

    @Override
    public int hashCode() {
      return 31 * name.hashCode() + filter.hashCode();
    }
  }

  /** Unary minus. */
  record Neg(Expression operand, int column) implements Expression {
    public Neg {
      Objects.requireNonNull(operand, "operand");
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Neg n && n.operand.equals(operand);
    }

    @Override
    public int hashCode() {
      return 31 * operand.hashCode() + 7;
    }
  }

  /** An infix operation; {@code column} is the operator's. */
  record Binary(BinaryOp op, Expression left, Expression right, int column) implements Expression {
    public Binary {
      Objects.requireNonNull(op, "op");
      Objects.requireNonNull(left, "left");
      Objects.requireNonNull(right, "right");
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Binary b && b.op == op && b.left.equals(left) && b.right.equals(right);
    }

    @Override
    public int hashCode() {
      return Objects.hash(op, left, right);
    }
  }

  /** A function call whose arguments fit the function's signature (checked on construction). */
  record Call(Builtin function, List<Expression> arguments, int column) implements Expression {
    static final String POPULATION = "population";

    public Call {
      Objects.requireNonNull(function, "function");
      arguments = List.copyOf(arguments);
      function
          .check(arguments)
          .ifPresent(
              m -> {
                throw new IllegalArgumentException(m.message());
              });
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Call c && c.function == function && c.arguments.equals(arguments);
    }

    @Override
    public int hashCode() {
      return 31 * function.hashCode() + arguments.hashCode();
    }
  }
}
