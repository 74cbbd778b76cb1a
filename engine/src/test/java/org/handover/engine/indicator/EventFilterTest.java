package org.handover.engine.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.handover.engine.indicator.Panels.NaN;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.handover.engine.benchmark.IndicatorDefinition;
import org.handover.engine.indicator.EventFilter.Condition;
import org.handover.engine.indicator.Expression.Filtered;
import org.handover.engine.panel.EventAttributes;
import org.handover.engine.panel.Panel;
import org.handover.engine.panel.Variable;
import org.handover.engine.panel.VariableKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Event series filtered on event attributes: syntax, printing, checks against the panel. */
class EventFilterTest {
  private static final String ONE_SIDED = "deaths_best[event_type == \"one-sided\"]";

  @Test
  void aFilterParsesToTheSeriesAndItsConditions() {
    Expression e =
        Expression.parse(
            "rolling_sum(deaths_best[event_type in (\"state-based\", \"one-sided\") and side_a !="
                + " \"Government of Iraq\"], 3)");
    Filtered f = e.filteredSeries().iterator().next();
    assertThat(f.name()).isEqualTo("deaths_best");
    assertThat(f.filter().conditions())
        .containsExactly(
            Condition.of("event_type", false, List.of("state-based", "one-sided")),
            Condition.of("side_a", true, List.of("Government of Iraq")));
    assertThat(f.filter().conditions().get(0).column()).isEqualTo(25);
    assertThat(f.filter().conditions().get(0).valueColumns()).containsExactly(40, 55);
    assertThat(e.variables())
        .containsExactly(
            "deaths_best[event_type in (\"state-based\", \"one-sided\") and side_a !="
                + " \"Government of Iraq\"]");
  }

  @Test
  void printingIsCanonicalAndReparsesToAnEqualTree() {
    assertThat(Expression.parse("events[ event_type  not in(\"1\",\"2\") ]").toSource())
        .isEqualTo("events[event_type not in (\"1\", \"2\")]");
    // one value in a list is printed with ==, the same condition
    assertThat(Expression.parse("events[side_b in (\"IS\")]").toSource())
        .isEqualTo("events[side_b == \"IS\"]");
    assertThat(Expression.parse("events[side_b in (\"IS\")]"))
        .isEqualTo(Expression.parse("events[side_b == \"IS\"]"));
    for (String source :
        List.of(
            ONE_SIDED + " / deaths_best",
            "events[location == \"say \\\"hi\\\" \\\\ bye\"]",
            "-x[a != \"1\" and b in (\"2\", \"3\") and c not in (\"4\", \"5\")] * 2")) {
      Expression e = Expression.parse(source);
      assertThat(Expression.parse(e.toSource())).as(source).isEqualTo(e);
      assertThat(e.toSource()).isEqualTo(source);
    }
    Filtered f = (Filtered) Expression.parse("events[location == \"say \\\"hi\\\" \\\\ bye\"]");
    assertThat(f.filter().conditions().get(0).values()).containsExactly("say \"hi\" \\ bye");
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      value = {
        "`x[]`                           | 3  | empty filter",
        "`x[event_type == one-sided]`    | 17 | expected a value of event_type in double quotes, found the name 'one'",
        "`x[event_type == 3]`            | 17 | expected a value of event_type in double quotes, found the number 3",
        "`x[event_type == \"\"]`         | 17 | an empty value matches no event",
        "`x[event_type = \"3\"]`         | 14 | unexpected '='",
        "`x[event_type > \"3\"]`         | 14 | expected ==, !=, in or not in after the attribute 'event_type'",
        "`x[event_type]`                 | 13 | expected ==, !=, in or not in",
        "`x[\"3\" == event_type]`        | 3  | expected an event attribute, found the text \"3\"",
        "`x[a == \"1\", b == \"2\"]`     | 11 | expected 'and' or ']' after a condition",
        "`x[a == \"1\" or b == \"2\"]`   | 12 | expected 'and' or ']' after a condition",
        "`x[a == \"1\"`                  | 2  | the '[' of x[...] is never closed",
        "`x[a == \"1\" and`              | 2  | the '[' of x[...] is never closed",
        "`x[a == \"1]`                   | 8  | the text starting here has no closing '\"'",
        "`x[a not (\"1\")]`              | 9  | expected 'in' after 'not'",
        "`x[a in \"1\"]`                 | 8  | expected '(' and a list of values after 'in'",
        "`x[a in (\"1\" \"2\")]`         | 13 | expected ',' or ')' after a value",
        "`x[a in (\"1\"`                 | 8  | the '(' of the values of a is never closed",
        "`x[a == \"\\n\"]`               | 9  | a '\\' in text must be followed by '\"' or '\\'",
        "`abs(x)[a == \"1\"]`            | 7  | only an event series named directly can be filtered",
        "`(x)[a == \"1\"]`               | 4  | only an event series named directly can be filtered",
        "`x + \"1\"`                     | 5  | expected a number, a name or '(', found the text \"1\"",
      })
  void syntaxErrorsPointAtTheExactColumn(String source, int column, String message) {
    ExpressionException e =
        catchThrowableOfType(ExpressionException.class, () -> Expression.parse(source));
    assertThat(e).as("parse error for %s", source).isNotNull();
    assertThat(e.problem()).contains(message);
    assertThat(e.column()).as(source).isEqualTo(column);
  }

  @Test
  void hintsSayHowToWriteAFilter() {
    assertThat(hint("x[event_type == one-sided]")).contains("double quotes, such as \"one-sided\"");
    assertThat(hint("x[event_type == 3]")).isEqualTo("values are text: write \"3\"");
    assertThat(hint("x[a == \"1\" or b == \"2\"]")).contains("no 'or'");
    assertThat(hint("x[a == \"1\", b == \"2\"]")).contains("joined with 'and'");
    assertThat(hint("x + \"1\"")).contains("only for the values of a filter");
  }

  private static String hint(String source) {
    return catchThrowableOfType(ExpressionException.class, () -> Expression.parse(source)).hint();
  }

  /** Two months; deaths_best 10, 20 in region 0; the one-sided part 4, 0 (the loader's job). */
  private static Panel panel() {
    EventAttributes attributes =
        EventAttributes.of(
            Map.of(
                "event_type",
                Optional.of(Set.of("state-based", "non-state", "one-sided")),
                "side_a",
                Optional.of(Set.of("Government of Iraq", "IS")),
                "location",
                Optional.empty()));
    return Panels.empty(Panels.theater(1), 2)
        .with(Panels.real("deaths_best"), new double[][] {{10, 20}})
        .with(Panels.real(ONE_SIDED), new double[][] {{4, 0}})
        .with(
            Variable.real("population", VariableKind.ATTRIBUTE, "residents"),
            new double[][] {{1e5, 1e5}})
        .withEventAttributes(attributes);
  }

  @Test
  void aFilteredSeriesIsReadFromItsPanelColumn() {
    Panel p = panel();
    assertThat(IndicatorCalculator.evaluate(p, "deaths_best - " + ONE_SIDED)[0])
        .containsExactly(6, 20);
    assertThat(IndicatorCalculator.evaluate(p, "deaths_best[ event_type in (\"one-sided\") ]")[0])
        .containsExactly(4, 0);
    Panel computed =
        IndicatorCalculator.compute(
            p,
            List.of(
                new IndicatorDefinition("one_sided_share", ONE_SIDED + " / deaths_best", "", "")));
    assertThat(computed.values("one_sided_share")[0]).containsExactly(0.4, 0);
    assertThat(
            IndicatorCalculator.filteredSeries(
                List.of(
                    new IndicatorDefinition("a", ONE_SIDED + " + 1", "", ""),
                    new IndicatorDefinition("b", "log1p(" + ONE_SIDED + ")", "", ""))))
        .extracting(Filtered::key)
        .containsExactly(ONE_SIDED);
  }

  @Test
  void anUnknownAttributeNamesTheAttributesThereAre() {
    ExpressionException e = check("deaths_best[evnt_type == \"one-sided\"]");
    assertThat(e.problem()).isEqualTo("unknown event attribute 'evnt_type'");
    assertThat(e.column()).isEqualTo(13);
    assertThat(e.hint())
        .isEqualTo("did you mean event_type? event attributes are event_type, location, side_a");
    assertThat(check("deaths_best[weapon == \"x\"]").hint())
        .isEqualTo("event attributes are event_type, location, side_a");
  }

  @Test
  void aValueThatNoEventHasIsAnErrorWithTheClosestValues() {
    ExpressionException e = check("deaths_best[event_type in (\"state-based\", \"one sided\")]");
    assertThat(e.problem()).isEqualTo("no event has event_type \"one sided\"");
    assertThat(e.column()).isEqualTo(43);
    assertThat(e.hint()).isEqualTo("did you mean \"one-sided\"?");
    assertThat(check("deaths_best[event_type == \"3\"]").hint())
        .isEqualTo("event_type values are \"non-state\", \"one-sided\", \"state-based\"");
    assertThat(check("deaths_best[side_a == \"government of iraq\"]").hint())
        .isEqualTo("did you mean \"Government of Iraq\"?");
  }

  @Test
  void anAttributeNoEventHasSaysSo() {
    Panel untyped =
        panel()
            .withEventAttributes(
                EventAttributes.of(Map.of("event_type", Optional.of(Set.<String>of()))));
    ExpressionException e =
        catchThrowableOfType(
            ExpressionException.class, () -> IndicatorCalculator.evaluate(untyped, ONE_SIDED));
    assertThat(e.describe())
        .isEqualTo(
            "no event has event_type \"one-sided\" at column 27 (no event of this theater has any"
                + " event_type; docs/importing-events.md says what each format stores)");
  }

  @Test
  void onlyEventSeriesCanBeFiltered() {
    ExpressionException e = check("population[event_type == \"one-sided\"]");
    assertThat(e.problem())
        .isEqualTo("only event series can be filtered, and 'population' is a region attribute");
    ExpressionException unknown = check("deaths_bst[event_type == \"one-sided\"]");
    assertThat(unknown.problem()).isEqualTo("unknown event series 'deaths_bst'");
    assertThat(unknown.hint()).isEqualTo("did you mean deaths_best?");
    IndicatorException onIndicator =
        catchThrowableOfType(
            IndicatorException.class,
            () ->
                IndicatorCalculator.compute(
                    panel(),
                    List.of(
                        new IndicatorDefinition("a", "deaths_best * 2", "", ""),
                        new IndicatorDefinition("b", "a[event_type == \"one-sided\"]", "", ""))));
    assertThat(onIndicator.getMessage())
        .contains("indicator 'b': only event series can be filtered, and 'a' is an indicator");
  }

  @Test
  void aFilterThePanelWasNotLoadedWithIsReported() {
    // values not read (location) are not checked; the series itself must still be in the panel
    ExpressionException e = check("deaths_best[location == \"Mosul\"]");
    assertThat(e.problem())
        .isEqualTo("the filtered series deaths_best[location == \"Mosul\"] is not in the panel");
    Panel bare =
        Panels.empty(Panels.theater(1), 2).with(Panels.real("events"), new double[][] {{0, 0}});
    assertThat(
            catchThrowableOfType(
                    ExpressionException.class,
                    () -> IndicatorCalculator.evaluate(bare, "events[event_type == \"1\"]"))
                .hint())
        .isEqualTo("this panel's events carry no attributes to filter on");
  }

  @Test
  void aFilteredSeriesKeepsMissingMonthsMissing() {
    Panel p =
        Panels.empty(Panels.theater(1), 3)
            .with(Panels.real("events"), new double[][] {{NaN, 2, 0}})
            .with(Panels.real("events[event_type == \"1\"]"), new double[][] {{NaN, 1, 0}})
            .withEventAttributes(
                EventAttributes.of(Map.of("event_type", Optional.of(Set.of("1")))));
    Panels.assertSeries(
        IndicatorCalculator.evaluate(p, "events - events[event_type == \"1\"]")[0], NaN, 1, 0);
  }

  private static ExpressionException check(String source) {
    ExpressionException e =
        catchThrowableOfType(
            ExpressionException.class, () -> IndicatorCalculator.evaluate(panel(), source));
    assertThat(e).as(source).isNotNull();
    return e;
  }
}
