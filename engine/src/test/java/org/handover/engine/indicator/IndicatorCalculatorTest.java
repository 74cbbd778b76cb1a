package org.handover.engine.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.handover.engine.indicator.Panels.NaN;
import static org.handover.engine.indicator.Panels.assertSeries;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.handover.engine.benchmark.IndicatorDefinition;
import org.handover.engine.panel.Panel;
import org.handover.engine.panel.Variable;
import org.handover.engine.panel.VariableKind;
import org.junit.jupiter.api.Test;

class IndicatorCalculatorTest {
  private final Panel base =
      Panels.empty(Panels.theater(2), 3)
          .with(Panels.real("deaths_best"), new double[][] {{1, 2, 3}, {NaN, 4, 8}})
          .with(Panels.real("deaths_low"), new double[][] {{1, 1, 1}, {1, 1, 1}})
          .with(
              Variable.illustrative(
                  "local_forces", VariableKind.MEASUREMENT, "split of a national series"),
              new double[][] {{10, 10, 10}, {20, 20, 20}})
          .withAttribute(
              Variable.real("population", VariableKind.ATTRIBUTE, "residents"),
              new double[] {1e5, 2e5});

  private static IndicatorDefinition def(String name, String expression) {
    return new IndicatorDefinition(name, expression, "about " + name, "per month");
  }

  @Test
  void definitionsMayReferToEachOtherInAnyOrder() {
    Panel p =
        IndicatorCalculator.compute(
            base,
            List.of(
                def("c", "b * 2"),
                def("b", "a + deaths_low"),
                def("a", "rolling_sum(deaths_best, 2, 1)"),
                def("d", "c - a")));
    assertSeries(p.values("a")[0], 1, 3, 5);
    assertSeries(p.values("b")[1], NaN, 5, 13);
    assertSeries(p.values("c")[0], 4, 8, 12);
    assertSeries(p.values("d")[0], 3, 5, 7);
    for (String name : List.of("a", "b", "c", "d")) {
      Variable v = p.variable(name).orElseThrow();
      assertThat(v.kind()).isEqualTo(VariableKind.INDICATOR);
      assertThat(v.description()).isEqualTo("about " + name);
    }
    assertThat(base.has("a")).isFalse();
    assertThat(p.names()).containsAll(base.names());
  }

  @Test
  void theOrderPutsDependenciesFirstAndOtherwiseKeepsDefinitionOrder() {
    assertThat(
            DependencyOrder.of(
                linked("c", List.of("b"), "x", List.of(), "b", List.of("a"), "a", List.of())))
        .containsExactly("a", "b", "c", "x");
  }

  private static Map<String, List<String>> linked(Object... kv) {
    Map<String, List<String>> m = new LinkedHashMap<>();
    for (int i = 0; i < kv.length; i += 2) {
      @SuppressWarnings("unchecked")
      List<String> deps = (List<String>) kv[i + 1];
      m.put((String) kv[i], deps);
    }
    return m;
  }

  @Test
  void aCycleIsAnErrorThatNamesIt() {
    IndicatorException e =
        catchThrowableOfType(
            IndicatorException.class,
            () ->
                IndicatorCalculator.compute(
                    base,
                    List.of(
                        def("ok", "deaths_best"),
                        def("a", "b + 1"),
                        def("b", "ok + c"),
                        def("c", "a * 2"))));
    assertThat(e)
        .hasMessage("indicator 'a': indicators refer to each other in a cycle: a -> b -> c -> a");
    assertThat(e.indicator()).isEqualTo("a");
    assertThatThrownBy(
            () -> IndicatorCalculator.compute(base, List.of(def("self", "lag(self, 1) + 1"))))
        .hasMessage("indicator 'self': indicators refer to each other in a cycle: self -> self");
  }

  @Test
  void illustrativeInputsMakeEveryIndicatorBuiltOnThemIllustrative() {
    Panel p =
        IndicatorCalculator.compute(
            base,
            List.of(
                def("real_rate", "per_capita(deaths_best, 1e5)"),
                def("ratio_forces", "deaths_best / local_forces"),
                def("twice", "2 * ratio_forces"),
                def("thrice", "twice + real_rate"),
                def("constant", "1")));
    assertThat(p.variable("real_rate").orElseThrow().illustrative()).isFalse();
    assertThat(p.variable("ratio_forces").orElseThrow().illustrative()).isTrue();
    assertThat(p.variable("twice").orElseThrow().illustrative()).isTrue();
    assertThat(p.variable("thrice").orElseThrow().illustrative()).isTrue();
    assertThat(p.variable("constant").orElseThrow().illustrative()).isFalse();

    Panel illustrativePopulation =
        base.withAttribute(
            Variable.illustrative("population", VariableKind.ATTRIBUTE, "guessed"),
            new double[] {1, 2});
    Panel q =
        IndicatorCalculator.compute(
            illustrativePopulation, List.of(def("rate", "per_capita(deaths_best, 1e5)")));
    assertThat(q.variable("rate").orElseThrow().illustrative()).isTrue();
  }

  @Test
  void unknownVariablesNameTheIndicatorTheColumnAndTheClosestNames() {
    IndicatorException e =
        catchThrowableOfType(
            IndicatorException.class,
            () ->
                IndicatorCalculator.compute(
                    base,
                    List.of(
                        def("deaths_per_100k", "1e5 * rolling_mean(deaths_bst, 6) / population"))));
    assertThat(e)
        .hasMessage(
            "indicator 'deaths_per_100k': unknown variable 'deaths_bst' at column 20 "
                + "(did you mean deaths_best?)\n"
                + "1e5 * rolling_mean(deaths_bst, 6) / population\n"
                + "                   ^");
    assertThat(e.indicator()).isEqualTo("deaths_per_100k");
    assertThat(e.expressionError().orElseThrow().column()).isEqualTo(20);

    assertThat(message("x", "deaths + 1"))
        .contains(
            "unknown variable 'deaths' at column 1 " + "(did you mean deaths_low or deaths_best?)");
    assertThat(message("x", "local_forces + deaths_rate", def("death_rate", "deaths_best")))
        .contains("unknown variable 'deaths_rate' at column 16 (did you mean death_rate?)");
    assertThat(message("x", "log + 1")).contains("log is a function: write log(...)");
    assertThat(message("x", "qqqqqqqqqq"))
        .contains("(known variables are: deaths_best, deaths_low, " + "local_forces, population)");
    // An indicator never suggests itself: it cannot refer to its own value.
    assertThat(message("local_forces_per_1000", "1000 * local_force_personnel / population"))
        .contains("unknown variable 'local_force_personnel'")
        .doesNotContain("did you mean local_forces_per_1000");
  }

  @Test
  void perCapitaWithoutPopulationIsAnError() {
    Panel noPopulation =
        Panels.empty(Panels.theater(1), 2).with(Panels.real("deaths"), new double[][] {{1, 2}});
    assertThatThrownBy(
            () ->
                IndicatorCalculator.compute(
                    noPopulation, List.of(def("rate", "1 + per_capita(deaths, 1e5)"))))
        .isInstanceOf(IndicatorException.class)
        .hasMessageStartingWith(
            "indicator 'rate': per_capita needs a variable named 'population' and there is none "
                + "at column 5");
    Panel p =
        IndicatorCalculator.compute(
            noPopulation,
            List.of(def("rate", "per_capita(deaths, 10)"), def("population", "100 + 0 * deaths")));
    assertSeries(p.values("rate")[0], 0.1, 0.2);
  }

  @Test
  void parseErrorsAreWrappedWithTheIndicatorName() {
    IndicatorException e =
        catchThrowableOfType(
            IndicatorException.class,
            () ->
                IndicatorCalculator.compute(
                    base, List.of(def("ok", "deaths_best"), def("bad", "rolling_sum(ok, 0)"))));
    assertThat(e)
        .hasMessage(
            "indicator 'bad': rolling_sum: n must be at least 1, got 0 at column 17\n"
                + "rolling_sum(ok, 0)\n"
                + "                ^");
    assertThat(e.expressionError().orElseThrow().column()).isEqualTo(17);
  }

  @Test
  void namesMustBeUsableUniqueAndNew() {
    assertThat(message("a", "1", def("a", "2"))).isEqualTo("indicator 'a': defined twice");
    assertThat(message("deaths_best", "1"))
        .contains("the panel already has a variable of this name");
    assertThat(message("per 100k", "1")).contains("this name cannot be referred to in expressions");
    assertThat(message("lag", "1")).contains("this is the name of a function");
  }

  private String message(String name, String expression, IndicatorDefinition... others) {
    List<IndicatorDefinition> defs = new ArrayList<>(List.of(others));
    defs.add(0, def(name, expression));
    return catchThrowableOfType(
            IndicatorException.class, () -> IndicatorCalculator.compute(base, defs))
        .getMessage();
  }

  @Test
  void preparedDefinitionsGiveWhatComputeGivesForEveryPanel() {
    List<IndicatorDefinition> defs = List.of(def("b", "a * 2"), def("a", "rolling_mean(x, 2)"));
    UnaryOperator<Panel> prepared = IndicatorCalculator.prepare(defs);
    for (double[][] x :
        List.of(new double[][] {{1, 2, 3}, {4, NaN, 6}}, new double[][] {{0, 0, 1}, {9, 9, 9}})) {
      Panel path = Panels.empty(Panels.theater(2), 3).with(Panels.real("x"), x);
      Panel once = prepared.apply(path);
      Panel each = IndicatorCalculator.compute(path, defs);
      assertThat(once.names()).isEqualTo(each.names());
      for (String n : each.names()) {
        for (int r = 0; r < 2; r++) {
          assertThat(once.values(n)[r]).containsExactly(each.values(n)[r]);
        }
        assertThat(once.variable(n)).isEqualTo(each.variable(n));
      }
    }
    assertThatThrownBy(() -> prepared.apply(base))
        .isInstanceOf(IndicatorException.class)
        .hasMessageContaining("a");
  }

  @Test
  void onlyInterpolationReadsLaterMonths() {
    assertThat(IndicatorCalculator.causal(List.of(def("a", "slope(x, 3)")))).isTrue();
    assertThat(
            IndicatorCalculator.causal(
                List.of(def("a", "slope(x, 3)"), def("b", "carry_forward(interpolate(x), 2)"))))
        .isFalse();
  }
}
