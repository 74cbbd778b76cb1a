package org.handover.engine.indicator;

import java.util.Set;
import java.util.function.Consumer;
import org.handover.engine.indicator.Expression.Binary;
import org.handover.engine.indicator.Expression.Call;
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
