package org.handover.engine.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;
import static org.quicktheories.generators.SourceDSL.strings;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.QuickTheory;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

class ParserPropertiesTest {
  /** Fixed seed: the same cases every run (reproducible CI); change it to explore new ones. */
  private static QuickTheory qt(int examples) {
    return QuickTheory.qt().withFixedSeed(20_261_121L).withExamples(examples);
  }

  private static final List<String> FRAGMENTS =
      List.of(
          "rolling_sum",
          "rolling_mean",
          "lag",
          "slope",
          "if",
          "coalesce",
          "clamp",
          "per_capita",
          "fill",
          "(",
          ")",
          ")",
          ",",
          "x",
          "y.z",
          "deaths_best",
          "1e5",
          "6",
          "0",
          "2.5",
          ".",
          "-",
          "+",
          "*",
          "/",
          "<",
          "<=",
          "==",
          "=",
          "!",
          "!=",
          " ",
          "  ",
          "\t",
          "\n",
          "é",
          "1e",
          "e",
          "_",
          "#",
          "^",
          "\uD83D\uDE00",
          "\uD800");

  @Test
  void printingARandomTreeAndParsingItGivesAnEqualTree() {
    qt(3000)
        .forAll(longs().all().map(RandomExpressions::of).describedAs(Expression::toSource))
        .checkAssert(
            e -> {
              Expression again = Expression.parse(e.toSource());
              assertThat(again).isEqualTo(e);
              assertThat(again.toSource()).isEqualTo(e.toSource());
            });
  }

  @Test
  void anyStringParsesOrFailsWithAnExpressionExceptionInsideTheString() {
    Gen<String> tokenSoup =
        lists().of(Generate.pick(FRAGMENTS)).ofSizeBetween(0, 14).map(l -> String.join("", l));
    Gen<String> anything = strings().allPossible().ofLengthBetween(0, 30);
    Gen<String> ascii = strings().ascii().ofLengthBetween(0, 30);
    qt(4000)
        .forAll(tokenSoup.mix(anything, 25).mix(ascii, 25))
        .checkAssert(ParserPropertiesTest::parsesOrFailsCleanly);
  }

  private static void parsesOrFailsCleanly(String source) {
    Expression e;
    try {
      e = Expression.parse(source);
    } catch (ExpressionException error) {
      assertThat(error.column()).as(source).isBetween(1, source.length() + 1);
      assertThat(error.source()).isEqualTo(source);
      String[] pointer = error.pointer().split("\n", -1);
      assertThat(pointer).hasSize(2);
      assertThat(pointer[1]).endsWith("^");
      assertThat(error.getMessage()).contains("at column " + error.column());
      return;
    }
    assertThat(Expression.parse(e.toSource())).as(source).isEqualTo(e);
  }
}
