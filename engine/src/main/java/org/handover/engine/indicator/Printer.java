package org.handover.engine.indicator;

import java.util.Set;
import java.util.function.Consumer;
import org.handover.engine.indicator.Expression.Binary;
import org.handover.engine.indicator.Expression.Call;
import org.handover.engine.indicator.Expression.Filtered;
import org.handover.engine.indicator.Expression.Neg;
import org.handover.engine.indicator.Expression.Num;
import org.handover.engine.indicator.Expression.Var;

/** Writes trees back as source text and walks them. */
final class Printer {
  private Printer() {}

  static String print(Expression e) {
    StringBuilder out = new StringBuilder();
    print(e, out);
    return out.toString();
  }

  private static void print(Expression e, StringBuilder out) {
    if (e instanceof Num n) {
      out.append(number(n.value()));
    } else if (e instanceof Var v) {
      out.append(v.name());
    } else if (e instanceof Filtered f) {
      out.append(f.name()).append('[').append(filter(f.filter())).append(']');
    } else if (e instanceof Neg n) {
      out.append('-');
      printOperand(n.operand(), n.operand() instanceof Binary, out);
    } else if (e instanceof Binary b) {
      int p = b.op().precedence();
      // Left-associative; comparisons do not chain, so a comparison operand always needs brackets.
      printOperand(
          b.left(),
          b.left() instanceof Binary l
              && (l.op().precedence() < p || l.op().precedence() == p && b.op().isComparison()),
          out);
      out.append(' ').append(b.op().symbol()).append(' ');
      printOperand(b.right(), b.right() instanceof Binary r && r.op().precedence() <= p, out);
    } else if (e instanceof Call c) {
      out.append(c.function().functionName()).append('(');
      for (int i = 0; i < c.arguments().size(); i++) {
        if (i > 0) {
          out.append(", ");
        }
        print(c.arguments().get(i), out);
      }
      out.append(')');
    }
  }

  /** A filter without its brackets; one value is written with == or !=, several with in. */
  static String filter(EventFilter filter) {
    StringBuilder out = new StringBuilder();
    for (EventFilter.Condition c : filter.conditions()) {
      if (!out.isEmpty()) {
        out.append(" and ");
      }
      out.append(c.attribute());
      if (c.values().size() == 1) {
        out.append(c.negated() ? " != " : " == ").append(text(c.values().get(0)));
      } else {
        out.append(c.negated() ? " not in (" : " in (");
        for (int i = 0; i < c.values().size(); i++) {
          out.append(i > 0 ? ", " : "").append(text(c.values().get(i)));
        }
        out.append(')');
      }
    }
    return out.toString();
  }

  /** A value in double quotes, with '"' and '\\' escaped by a backslash. */
  static String text(String value) {
    return '"' + value.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
  }

  private static void printOperand(Expression e, boolean bracket, StringBuilder out) {
    if (bracket) {
      out.append('(');
    }
    print(e, out);
    if (bracket) {
      out.append(')');
    }
  }

  /** Whole numbers without a trailing ".0"; others in Java's shortest round-tripping form. */
  static String number(double v) {
    if (v == Math.rint(v) && Math.abs(v) < 1e15) {
      return Long.toString((long) v);
    }
    return Double.toString(v);
  }

  /** Variable names in reading order; {@code per_capita} reads population after its arguments. */
  static void collectVariables(Expression e, Set<String> names) {
    if (e instanceof Var v) {
      names.add(v.name());
    } else if (e instanceof Filtered f) {
      names.add(f.key());
    } else if (e instanceof Neg n) {
      collectVariables(n.operand(), names);
    } else if (e instanceof Binary b) {
      collectVariables(b.left(), names);
      collectVariables(b.right(), names);
    } else if (e instanceof Call c) {
      c.arguments().forEach(a -> collectVariables(a, names));
      if (c.function() == Builtin.PER_CAPITA) {
        names.add(Call.POPULATION);
      }
    }
  }

  /** Visits every node, parents before children, arguments left to right. */
  static void walk(Expression e, Consumer<Expression> visitor) {
    visitor.accept(e);
    if (e instanceof Neg n) {
      walk(n.operand(), visitor);
    } else if (e instanceof Binary b) {
      walk(b.left(), visitor);
      walk(b.right(), visitor);
    } else if (e instanceof Call c) {
      for (Expression a : c.arguments()) {
        walk(a, visitor);
      }
    }
  }
}
