package org.handover.engine.indicator;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.handover.engine.indicator.Expression.Binary;
import org.handover.engine.indicator.Expression.Call;
import org.handover.engine.indicator.Expression.Filtered;
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
 * primary    := number | name [ '[' filter ']' ] | name '(' [ expression { ',' expression } ] ')'
 *             | '(' expression ')'
 * filter     := condition { 'and' condition }
 * condition  := name ( '==' | '!=' ) text | name [ 'not' ] 'in' '(' text { ',' text } ')'
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
    p.noFilterHere();
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
        if (token.type() == Type.LBRACKET) {
          return filtered(t);
        }
        if (token.type() == Type.LPAREN) {
          Expression call = call(t);
          noFilterHere();
          return call;
        }
        return node(new Var(t.text(), t.column()));
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
        noFilterHere();
        return inner;
      }
      case END ->
          throw error(
              "the expression ends too early: expected a number, a name or '('", t.column(), "");
      case STRING ->
          throw error(
              "expected a number, a name or '(', found " + t.describe(),
              t.column(),
              "text in double quotes is only for the values of a filter,"
                  + " such as deaths_best[event_type == \"one-sided\"]");
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

  /** A '[' here would filter something that is not a series name: say what can be filtered. */
  private void noFilterHere() {
    if (token.type() == Type.LBRACKET) {
      throw error(
          "only an event series named directly can be filtered",
          token.column(),
          "write the filter after the series' name, such as"
              + " rolling_sum(deaths_best[event_type == \"one-sided\"], 3)");
    }
  }

  private Expression filtered(Token name) {
    Token open = token;
    enter(open);
    advance();
    List<EventFilter.Condition> conditions = new ArrayList<>();
    if (token.type() == Type.RBRACKET) {
      throw error(
          "empty filter: name the events to count",
          token.column(),
          "such as " + name.text() + "[event_type == \"one-sided\"]");
    }
    while (true) {
      conditions.add(condition(name, open));
      if (isWord(token, "and")) {
        advance();
      } else if (token.type() == Type.RBRACKET) {
        break;
      } else if (token.type() == Type.END) {
        throw error(
            "unbalanced bracket: the '[' of " + name.text() + "[...] is never closed",
            open.column(),
            "");
      } else {
        throw error(
            "expected 'and' or ']' after a condition of the filter, found " + token.describe(),
            token.column(),
            token.type() == Type.COMMA
                ? "conditions are joined with 'and'; several values of one attribute go in"
                    + " in (...)"
                : isWord(token, "or")
                    ? "there is no 'or' between conditions: list several values with in (...),"
                        + " or add two filtered series"
                    : "");
      }
    }
    advance();
    nesting--;
    return node(new Filtered(name.text(), new EventFilter(conditions), name.column()));
  }

  private EventFilter.Condition condition(Token series, Token open) {
    Token attribute = token;
    if (attribute.type() != Type.IDENT) {
      throw error(
          (attribute.type() == Type.END
              ? "unbalanced bracket: the '[' of " + series.text() + "[...] is never closed"
              : "expected an event attribute, found " + attribute.describe()),
          attribute.type() == Type.END ? open.column() : attribute.column(),
          "a condition reads attribute == \"value\", such as event_type == \"one-sided\"");
    }
    advance();
    boolean negated;
    List<Token> values = new ArrayList<>();
    if (isOp(token, "==") || isOp(token, "!=")) {
      negated = isOp(token, "!=");
      advance();
      values.add(text(attribute));
    } else if (isWord(token, "in") || isWord(token, "not")) {
      negated = isWord(token, "not");
      advance();
      if (negated) {
        if (!isWord(token, "in")) {
          throw error("expected 'in' after 'not', found " + token.describe(), token.column(), "");
        }
        advance();
      }
      if (token.type() != Type.LPAREN) {
        throw error(
            "expected '(' and a list of values after 'in', found " + token.describe(),
            token.column(),
            "such as " + attribute.text() + " in (\"state-based\", \"one-sided\")");
      }
      Token paren = token;
      advance();
      while (true) {
        values.add(text(attribute));
        if (token.type() == Type.COMMA) {
          advance();
        } else if (token.type() == Type.RPAREN) {
          advance();
          break;
        } else if (token.type() == Type.END) {
          throw error(
              "unbalanced parenthesis: the '(' of the values of "
                  + attribute.text()
                  + " is never"
                  + " closed",
              paren.column(),
              "");
        } else {
          throw error(
              "expected ',' or ')' after a value, found " + token.describe(), token.column(), "");
        }
      }
    } else {
      throw error(
          "expected ==, !=, in or not in after the attribute '"
              + attribute.text()
              + "', found "
              + token.describe(),
          token.column(),
          token.type() == Type.OP
              ? "event attributes are text: compare them with == or !=, or list values with in"
                  + " (...)"
              : "");
    }
    return new EventFilter.Condition(
        attribute.text(),
        negated,
        values.stream().map(Token::text).toList(),
        attribute.column(),
        values.stream().map(Token::column).toList());
  }

  /** A value of {@code attribute}: text in double quotes, not empty. */
  private Token text(Token attribute) {
    Token t = token;
    if (t.type() == Type.STRING) {
      if (t.text().isEmpty()) {
        throw error(
            "an empty value matches no event",
            t.column(),
            "to count events without a " + attribute.text() + ", compare with != and subtract");
      }
      advance();
      return t;
    }
    String hint =
        switch (t.type()) {
          case NUMBER -> "values are text: write \"" + t.text() + "\"";
          case IDENT, OP -> "write the value in double quotes, such as \"one-sided\"";
          default -> "";
        };
    throw error(
        "expected a value of " + attribute.text() + " in double quotes, found " + t.describe(),
        t.column(),
        hint);
  }

  private static boolean isWord(Token t, String word) {
    return t.type() == Type.IDENT && t.text().equals(word);
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
