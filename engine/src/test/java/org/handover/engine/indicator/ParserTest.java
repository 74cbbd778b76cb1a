package org.handover.engine.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import org.handover.engine.indicator.Expression.Binary;
import org.handover.engine.indicator.Expression.Call;
import org.handover.engine.indicator.Expression.Neg;
import org.handover.engine.indicator.Expression.Num;
import org.handover.engine.indicator.Expression.Var;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ParserTest {
  private static Var v(String name) {
    return new Var(name, 0);
  }

  private static Num n(double value) {
    return new Num(value, 0);
  }

  private static Binary bin(BinaryOp op, Expression l, Expression r) {
    return new Binary(op, l, r, 0);
  }

  @Test
  void multiplicationBindsTighterThanAdditionAndBothAreLeftAssociative() {
    assertThat(Expression.parse("a + b * c"))
        .isEqualTo(bin(BinaryOp.ADD, v("a"), bin(BinaryOp.MUL, v("b"), v("c"))));
    assertThat(Expression.parse("a - b - c"))
        .isEqualTo(bin(BinaryOp.SUB, bin(BinaryOp.SUB, v("a"), v("b")), v("c")));
    assertThat(Expression.parse("a / b * c"))
        .isEqualTo(bin(BinaryOp.MUL, bin(BinaryOp.DIV, v("a"), v("b")), v("c")));
    assertThat(Expression.parse("(a + b) * c"))
        .isEqualTo(bin(BinaryOp.MUL, bin(BinaryOp.ADD, v("a"), v("b")), v("c")));
  }

  @Test
  void unaryMinusBindsTightest() {
    assertThat(Expression.parse("-x * 2")).isEqualTo(bin(BinaryOp.MUL, new Neg(v("x"), 0), n(2)));
    assertThat(Expression.parse("a - -b")).isEqualTo(bin(BinaryOp.SUB, v("a"), new Neg(v("b"), 0)));
    assertThat(Expression.parse("--a")).isEqualTo(new Neg(new Neg(v("a"), 0), 0));
  }

  @Test
  void comparisonsBindLoosest() {
    assertThat(Expression.parse("a + 1 >= b * 2"))
        .isEqualTo(
            bin(BinaryOp.GE, bin(BinaryOp.ADD, v("a"), n(1)), bin(BinaryOp.MUL, v("b"), n(2))));
    for (String op : List.of("<", "<=", ">", ">=", "==", "!=")) {
      assertThat(((Binary) Expression.parse("a " + op + " b")).op().symbol()).isEqualTo(op);
    }
  }

  @Test
  void numbersNamesAndCalls() {
    assertThat(Expression.parse("1e5")).isEqualTo(n(100000));
    assertThat(Expression.parse("0.5")).isEqualTo(n(0.5));
    assertThat(Expression.parse(".5E-1")).isEqualTo(n(0.05));
    assertThat(Expression.parse("foreign_troops.role.combat"))
        .isEqualTo(v("foreign_troops.role.combat"));
    assertThat(Expression.parse("_x1")).isEqualTo(v("_x1"));
    Expression e = Expression.parse("1e5 * rolling_mean(deaths_best, 6) / population");
    assertThat(e)
        .isEqualTo(
            bin(
                BinaryOp.DIV,
                bin(
                    BinaryOp.MUL,
                    n(1e5),
                    new Call(Builtin.ROLLING_MEAN, List.of(v("deaths_best"), n(6)), 0)),
                v("population")));
    assertThat(e.variables()).containsExactly("deaths_best", "population");
  }

  @Test
  void nodesRememberTheirColumnsButEqualityIgnoresThem() {
    Binary e = (Binary) Expression.parse("  a  +  rolling_sum(bb, 3)");
    assertThat(e.column()).isEqualTo(6);
    assertThat(e.left().column()).isEqualTo(3);
    Call call = (Call) e.right();
    assertThat(call.column()).isEqualTo(9);
    assertThat(call.arguments().get(0).column()).isEqualTo(21);
    assertThat(e).isEqualTo(Expression.parse("a+rolling_sum(bb,3)"));
    assertThat(e.hashCode()).isEqualTo(Expression.parse("a+rolling_sum(bb,3)").hashCode());
    assertThat(e).isNotEqualTo(Expression.parse("a+rolling_sum(bb,4)"));
  }

  @Test
  void variablesAreListedOnceInOrderAndPerCapitaReadsPopulation() {
    assertThat(Expression.parse("b + a * b + if(c > 0, a, d)").variables())
        .containsExactly("b", "a", "c", "d");
    assertThat(Expression.parse("per_capita(deaths, 1e5)").variables())
        .containsExactly("deaths", "population");
    assertThat(Expression.parse("3 * 4").variables()).isEmpty();
  }

  @Test
  void printsWithOnlyTheNeededParentheses() {
    assertThat(Expression.parse("((a + b)) * c").toSource()).isEqualTo("(a + b) * c");
    assertThat(Expression.parse("a - (b - c)").toSource()).isEqualTo("a - (b - c)");
    assertThat(Expression.parse("(a - b) - c").toSource()).isEqualTo("a - b - c");
    assertThat(Expression.parse("a + (b + c)").toSource()).isEqualTo("a + (b + c)");
    assertThat(Expression.parse("-(a*b)").toSource()).isEqualTo("-(a * b)");
    assertThat(Expression.parse("(a<b)==(c<d)").toSource()).isEqualTo("(a < b) == (c < d)");
    assertThat(Expression.parse("1e5*rolling_mean(x,6,3)").toSource())
        .isEqualTo("100000 * rolling_mean(x, 6, 3)");
    assertThat(Expression.parse("0.25 + 1e-7").toSource()).isEqualTo("0.25 + 1.0E-7");
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      value = {
        "a + # b                    | 5  | unexpected character '#'",
        "rolling_mean(x, 6          | 13 | the '(' of rolling_mean(...) is never closed",
        "(a + b                     | 1  | this '(' is never closed",
        "a + b)                     | 6  | this ')' has no matching '('",
        "(a b)                      | 4  | expected ')' or an operator, found the name 'b'",
        "rolling_avg(x, 6)          | 1  | unknown function 'rolling_avg'",
        "rolling_sum(x)             | 14 | rolling_sum takes 2 or 3 arguments (rolling_sum(x, n[, min_obs])), got 1",
        "rolling_sum(x, 6, 3, 1)    | 22 | rolling_sum takes 2 or 3 arguments",
        "abs()                      | 5  | abs takes 1 argument (abs(x)), got 0",
        "coalesce(a)                | 11 | coalesce takes 2 or more arguments",
        "rolling_sum(x, y)          | 16 | rolling_sum: n must be a whole number of months written out (such as 6), got y",
        "rolling_sum(x, 2.5)        | 16 | n must be a whole number of months",
        "rolling_sum(x, 0)          | 16 | rolling_sum: n must be at least 1, got 0",
        "rolling_sum(x, -3)         | 16 | n must be at least 1, got -3",
        "rolling_sum(x, 5000)       | 16 | n must be at most 1200 months",
        "rolling_mean(x, 3, 4)      | 20 | min_obs (4) cannot exceed the window length n (3)",
        "lag(x, n + 1)              | 8  | lag: n must be a whole number of months written out (such as 6), got n + 1",
        "slope(x, 1)                | 10 | slope: n must be at least 2",
        "slope(x, 6, 1)             | 13 | slope: min_obs must be at least 2",
        "clamp(x, 5, 1)             | 10 | clamp: lo (5) is greater than hi (1)",
        "fill(x, y)                 | 9  | fill: v must be a number written out (such as 0 or -1.5), got y",
        "per_capita(x, 0)           | 15 | per_capita: per must be positive",
        "a < b < c                  | 7  | comparisons cannot be chained",
        "a +                        | 4  | the expression ends too early",
        "max(a,)                    | 7  | expected a number, a name or '(', found ')'",
        "a * * b                    | 5  | expected a number, a name or '(', found '*'",
        "2x                         | 2  | unexpected 'x' right after the number 2",
        "3 * 1e                     | 7  | the exponent of 1e has no digits",
        "a = b                      | 3  | unexpected '='",
        "a ! b                      | 3  | unexpected '!'",
        "a b                        | 3  | expected an operator or the end of the expression, found the name 'b'",
        "a, b                       | 2  | expected an operator or the end of the expression, found ','",
        "deaths. best               | 7  | a '.' in a name must be followed by a letter, digit or '_'",
        "x.                         | 2  | a '.' in a name must be followed",
        "1e400 + x                  | 1  | the number 1e400 is too large",
        "population + pöp           | 15 | unexpected character 'ö' (U+00F6)",
        "`   `                      | 1  | empty expression",
      })
  void errorsPointAtTheExactColumn(String source, int column, String message) {
    ExpressionException e =
        catchThrowableOfType(ExpressionException.class, () -> Expression.parse(source));
    assertThat(e).as("parse error for %s", source).isNotNull();
    assertThat(e.problem()).contains(message);
    assertThat(e.column()).isEqualTo(column);
    assertThat(e.source()).isEqualTo(source);
  }

  @Test
  void hintsSuggestTheClosestFunctionOrOperator() {
    assertThat(hint("rolling_avg(x, 6)")).isEqualTo("did you mean rolling_mean?");
    assertThat(hint("rolling_summ(x, 6)")).isEqualTo("did you mean rolling_sum?");
    assertThat(hint("lgo(x)")).isEqualTo("did you mean log or lag?");
    assertThat(hint("zzzzzzzzz(x)")).startsWith("functions are: abs, carry_forward,");
    assertThat(hint("a = b")).isEqualTo("did you mean '=='?");
    assertThat(hint("a ^ 2")).contains("no power operator");
  }

  private static String hint(String source) {
    return catchThrowableOfType(ExpressionException.class, () -> Expression.parse(source)).hint();
  }

  @Test
  void messageHasProblemColumnHintAndCaretLine() {
    assertThatThrownBy(() -> Expression.parse("rolling_avg(deaths, 6)"))
        .isInstanceOf(ExpressionException.class)
        .hasMessage(
            "unknown function 'rolling_avg' at column 1 (did you mean rolling_mean?)\n"
                + "rolling_avg(deaths, 6)\n"
                + "^");
    ExpressionException e =
        catchThrowableOfType(ExpressionException.class, () -> Expression.parse("a + # b"));
    assertThat(e.pointer()).isEqualTo("a + # b\n    ^");
  }

  @Test
  void pointerShowsTheLineOfTheColumnInMultiLineSourceAndKeepsTabs() {
    ExpressionException e =
        catchThrowableOfType(
            ExpressionException.class, () -> Expression.parse("rolling_sum(x, 3)\n\t+ lag(x, 0)"));
    assertThat(e.column()).isEqualTo(29);
    assertThat(e.pointer()).isEqualTo("\t+ lag(x, 0)\n\t         ^");
    ExpressionException end =
        catchThrowableOfType(ExpressionException.class, () -> Expression.parse("a *"));
    assertThat(end.column()).isEqualTo(4);
    assertThat(end.pointer()).isEqualTo("a *\n   ^");
  }

  @Test
  void deepNestingIsAnErrorNotAStackOverflow() {
    String deep = "(".repeat(5000) + "x" + ")".repeat(5000);
    assertThat(
            catchThrowableOfType(ExpressionException.class, () -> Expression.parse(deep)).problem())
        .contains("nested too deeply");
    String longSum = "x" + " + x".repeat(5000);
    assertThat(
            catchThrowableOfType(ExpressionException.class, () -> Expression.parse(longSum))
                .problem())
        .contains("too deep");
    String negations = "-".repeat(5000) + "x";
    assertThat(
            catchThrowableOfType(ExpressionException.class, () -> Expression.parse(negations))
                .problem())
        .contains("nested too deeply");
    assertThat(Expression.parse("(".repeat(150) + "x" + ")".repeat(150))).isEqualTo(v("x"));
  }

  @Test
  void callsCheckTheirArgumentsWhenBuiltInCode() {
    assertThatThrownBy(() -> new Call(Builtin.LAG, List.of(v("x"), v("n")), 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("lag: n must be a whole number");
    assertThatThrownBy(() -> new Var("not a name", 0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Num(-1, 0)).isInstanceOf(IllegalArgumentException.class);
  }
}
