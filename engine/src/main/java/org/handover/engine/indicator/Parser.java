package org.handover.engine.indicator;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.handover.engine.indicator.Expression.Binary;
import org.handover.engine.indicator.Expression.Call;
import org.handover.engine.indicator.Expression.Neg;
import org.handover.engine.indicator.Expression.Num;
import org.handover.engine.indicator.Expression.Var;
import org.handover.engine.indicator.Lexer.Token;
import org.handover.engine.indicator.Lexer.Type;

/**
 * Recursive descent over the grammar in docs/indicators.md:
 *
 * <pre>
 * expression := sum [ comparison-op sum ]
 * sum        := product { ('+' | '-') product }
 * product    := unary { ('*' | '/') unary }
 * unary      := '-' unary | primary
 * primary    := number | name | name '(' [ expression { ',' expression } ] ')' | '(' expression ')'
 * </pre>
 */
final class Parser {
  /** Bounds both bracket nesting and tree depth, so no input can exhaust the stack. */
  static final int MAX_DEPTH = 200;

  private final Lexer lexer;
  private final String source;
  private final Map<Expression, Integer> depth = new IdentityHashMap<>();
  private Token token;
  private int nesting;

  private Parser(String source) {
    this.source = source;
    this.lexer = new Lexer(source);
  }

  static Expression parse(String source) {
    Objects.requireNonNull(source, "source");
    if (source.isBlank()) {
      throw new ExpressionException(
          "empty expression", source, 1, "write a formula such as rolling_sum(deaths_best, 3)");
    }
    Parser p = new Parser(source);
    p.advance();
    Expression e = p.expression();
    if (p.token.type() == Type.RPAREN) {
      throw p.error("unbalanced parenthesis: this ')' has no matching '('", p.token.column(), "");
    }
    if (p.token.type() != Type.END) {
      throw p.error(
          "expected an operator or the end of the expression, found " + p.token.describe(),
          p.token.column(),
          p.token.type() == Type.COMMA
              ? "',' only separates function arguments"
              : "is an operator missing?");
    }
    return e;
  }

  private Expression expression() {
    Expression left = sum();
    if (isComparison(token)) {
      Token op = token;
      advance();
      left = node(new Binary(BinaryOp.ofSymbol(op.text()), left, sum(), op.column()));
      if (isComparison(token)) {
        throw error(
            "comparisons cannot be chained",
            token.column(),
            "compare two values at a time; (a < b) * (b < c) is 1 when both hold");
      }
    }
    return left;
  }

  private Expression sum() {
    Expression left = product();
    while (isOp(token, "+") || isOp(token, "-")) {
      Token op = token;
      advance();
      left = node(new Binary(BinaryOp.ofSymbol(op.text()), left, product(), op.column()));
    }
    return left;
  }

  private Expression product() {
    Expression left = unary();
    while (isOp(token, "*") || isOp(token, "/")) {
      Token op = token;
      advance();
      left = node(new Binary(BinaryOp.ofSymbol(op.text()), left, unary(), op.column()));
    }
    return left;
  }

  private Expression unary() {
    if (!isOp(token, "-")) {
      return primary();
    }
    Token minus = token;
    enter(minus);
    advance();
    Expression operand = unary();
    nesting--;
    return node(new Neg(operand, minus.column()));
  }

  private Expression primary() {
    Token t = token;
    switch (t.type()) {
      case NUMBER -> {
        advance();
        return node(new Num(t.value(), t.column()));
      }
      case IDENT -> {
        advance();
        return token.type() == Type.LPAREN ? call(t) : node(new Var(t.text(), t.column()));
      }
      case LPAREN -> {
        enter(t);
        advance();
        Expression inner = expression();
        if (token.type() == Type.END) {
          throw error("unbalanced parenthesis: this '(' is never closed", t.column(), "");
        }
        if (token.type() != Type.RPAREN) {
          throw error("expected ')' or an operator, found " + token.describe(), token.column(), "");
        }
        advance();
        nesting--;
        return inner;
      }
      case END ->
          throw error(
              "the expression ends too early: expected a number, a name or '('", t.column(), "");
      default ->
          throw error("expected a number, a name or '(', found " + t.describe(), t.column(), "");
    }
  }

  private Expression call(Token name) {
    Builtin function =
        Builtin.named(name.text())
            .orElseThrow(
                () ->
                    error(
                        "unknown function '" + name.text() + "'",
                        name.column(),
                        Suggestions.hint(name.text(), Builtin.names(), "functions are")));
    Token open = token;
    enter(open);
    advance();
    List<Expression> args = new ArrayList<>();
    if (token.type() != Type.RPAREN) {
      while (true) {
        args.add(expression());
        if (token.type() == Type.COMMA) {
          advance();
        } else if (token.type() == Type.RPAREN) {
          break;
        } else if (token.type() == Type.END) {
          throw error(
              "unbalanced parenthesis: the '(' of " + name.text() + "(...) is never closed",
              open.column(),
              "");
        } else {
          throw error(
              "expected ',' or ')' after an argument of "
                  + name.text()
                  + ", found "
                  + token.describe(),
              token.column(),
              "");
        }
      }
    }
    Token close = token;
    advance();
    nesting--;
    Optional<Builtin.Misuse> misuse = function.check(args);
    if (misuse.isPresent()) {
      int arg = misuse.get().argument();
      throw error(misuse.get().message(), arg < 0 ? close.column() : start(args.get(arg)), "");
    }
    return node(new Call(function, args, name.column()), args.toArray(Expression[]::new));
  }

  /** Column where an expression's text begins (a binary node's own column is its operator's). */
  private static int start(Expression e) {
    return e instanceof Binary b ? start(b.left()) : e.column();
  }

  private Expression node(Expression e, Expression... children) {
    int d = 1;
    if (e instanceof Neg n) {
      d = 1 + depth.get(n.operand());
    } else if (e instanceof Binary b) {
      d = 1 + Math.max(depth.get(b.left()), depth.get(b.right()));
    }
    for (Expression c : children) {
      d = Math.max(d, 1 + depth.get(c));
    }
    if (d > MAX_DEPTH) {
      throw error(
          "the expression is too deep (more than " + MAX_DEPTH + " nested operations)",
          e.column(),
          "split it into several indicators that refer to each other");
    }
    depth.put(e, d);
    return e;
  }

  private void enter(Token t) {
    if (++nesting > MAX_DEPTH) {
      throw error(
          "the expression is nested too deeply (more than " + MAX_DEPTH + " levels)",
          t.column(),
          "");
    }
  }

  private void advance() {
    token = lexer.next();
  }

  private static boolean isOp(Token t, String symbol) {
    return t.type() == Type.OP && t.text().equals(symbol);
  }

  private static boolean isComparison(Token t) {
    return t.type() == Type.OP && BinaryOp.ofSymbol(t.text()).isComparison();
  }

  private ExpressionException error(String problem, int column, String hint) {
    return new ExpressionException(problem, source, column, hint);
  }
}
