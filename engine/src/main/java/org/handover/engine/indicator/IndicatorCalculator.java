package org.handover.engine.indicator;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import org.handover.engine.benchmark.IndicatorDefinition;
import org.handover.engine.indicator.Expression.Call;
import org.handover.engine.indicator.Expression.Filtered;
import org.handover.engine.indicator.Expression.Var;
import org.handover.engine.panel.EventAttributes;
import org.handover.engine.panel.Panel;
import org.handover.engine.panel.Variable;
import org.handover.engine.panel.VariableKind;

/**
 * Adds indicator columns to a panel. Definitions may refer to panel variables and to each other in
 * any order; they are evaluated dependencies first. An indicator is illustrative when anything it
 * reads, directly or through other indicators, is.
 */
public final class IndicatorCalculator {
  private IndicatorCalculator() {}

  /**
   * {@code base} plus one {@link VariableKind#INDICATOR} column per definition.
   *
   * @throws IndicatorException naming the indicator: a parse error, an unknown variable (with the
   *     closest known names), a name used twice or already in the panel, or a cycle
   */
  public static Panel compute(Panel base, List<IndicatorDefinition> defs) {
    checkNames(base, defs);
    return evaluate(base, order(base, defs, parse(defs)));
  }

  /**
   * {@link #compute} for many panels of the same variables (the sample paths of a forecast): the
   * definitions are parsed once, and checked and ordered once per set of variables, instead of for
   * every panel. Safe to share between threads.
   *
   * @throws IndicatorException naming the indicator whose expression does not parse; the other
   *     errors of {@link #compute} when the returned function is applied
   */
  public static UnaryOperator<Panel> prepare(List<IndicatorDefinition> defs) {
    Map<String, Expression> parsed = parse(defs);
    AtomicReference<Checked> last = new AtomicReference<>();
    return base -> {
      List<Variable> variables = new ArrayList<>();
      for (String n : base.names()) {
        variables.add(base.variable(n).orElseThrow());
      }
      Checked known = last.get();
      if (known == null
          || !known.variables().equals(variables)
          || known.attributes() != base.eventAttributes()) {
        known = new Checked(variables, base.eventAttributes(), order(base, defs, parsed));
        last.set(known);
      }
      return evaluate(base, known.steps());
    };
  }

  /** The order of evaluation found for panels of these variables and event attributes. */
  private record Checked(List<Variable> variables, EventAttributes attributes, List<Step> steps) {}

  /**
   * Whether every indicator of {@code defs} is {@link Expression#causal causal}: then a month's
   * values, and any judgement of them, depend on no later month.
   *
   * @throws IndicatorException naming the indicator whose expression does not parse
   */
  public static boolean causal(List<IndicatorDefinition> defs) {
    return parse(defs).values().stream().allMatch(Expression::causal);
  }

  /** One indicator to evaluate, after those it reads. */
  private record Step(String name, Expression expression, String description) {}

  private static Map<String, Expression> parse(List<IndicatorDefinition> defs) {
    Map<String, Expression> parsed = new LinkedHashMap<>();
    for (IndicatorDefinition d : defs) {
      try {
        parsed.put(d.name(), Expression.parse(d.expression()));
      } catch (ExpressionException e) {
        throw new IndicatorException(d.name(), e);
      }
    }
    return parsed;
  }

  /** The definitions checked against {@code base}, dependencies first. */
  private static List<Step> order(
      Panel base, List<IndicatorDefinition> defs, Map<String, Expression> parsed) {
    Map<String, IndicatorDefinition> byName = checkNames(base, defs);
    Set<String> known = new TreeSet<>(base.names());
    known.addAll(byName.keySet());
    Map<String, List<String>> dependsOn = new LinkedHashMap<>();
    for (IndicatorDefinition d : defs) {
      Expression e = parsed.get(d.name());
      try {
        checkReferences(d.name(), d.expression(), e, known, base);
      } catch (ExpressionException x) {
        throw new IndicatorException(d.name(), x);
      }
      List<String> deps = new ArrayList<>(e.variables());
      deps.retainAll(byName.keySet());
      dependsOn.put(d.name(), deps);
    }
    List<Step> steps = new ArrayList<>();
    for (String name : DependencyOrder.of(dependsOn)) {
      steps.add(new Step(name, parsed.get(name), byName.get(name).description()));
    }
    return List.copyOf(steps);
  }

  private static Panel evaluate(Panel base, List<Step> steps) {
    Panel panel = base;
    Supplier<int[][]> adjacency = Adjacency.of(base.theater());
    for (Step step : steps) {
      Panel before = panel;
      boolean illustrative =
          step.expression().variables().stream()
              .map(before::variable)
              .flatMap(Optional::stream)
              .anyMatch(Variable::illustrative);
      double[][] values = new Evaluator(panel, adjacency).evaluate(step.expression());
      Variable v =
          new Variable(step.name(), VariableKind.INDICATOR, illustrative, step.description());
      panel = panel.with(v, values);
    }
    return panel;
  }

  /**
   * The values of one expression over {@code panel}, {@code [region][month]} (NaN where there is no
   * data), for looking at a formula before it becomes a named indicator.
   *
   * @throws ExpressionException with the column: a parse error or an unknown variable (with the
   *     closest known names)
   */
  public static double[][] evaluate(Panel panel, String expression) {
    Expression e = Expression.parse(expression);
    checkReferences("", expression, e, panel.names(), panel);
    double[][] values = new Evaluator(panel).evaluate(e);
    // the evaluator may hand back a panel column itself: the caller gets its own copy
    double[][] copy = new double[values.length][];
    for (int r = 0; r < values.length; r++) {
      copy[r] = values[r].clone();
    }
    return copy;
  }

  /**
   * The filtered event series {@code definitions} read, in order of first appearance: the columns
   * the panel must hold before {@link #compute} (a loader computes them from the events).
   *
   * @throws IndicatorException naming the indicator whose expression does not parse
   */
  public static Set<Expression.Filtered> filteredSeries(List<IndicatorDefinition> definitions) {
    Set<Expression.Filtered> out = new LinkedHashSet<>();
    for (IndicatorDefinition d : definitions) {
      try {
        out.addAll(Expression.parse(d.expression()).filteredSeries());
      } catch (ExpressionException e) {
        throw new IndicatorException(d.name(), e);
      }
    }
    return out;
  }

  /**
   * The illustrative (not observed) variables of {@code panel} that {@code expression} reads,
   * sorted: a result computed from the expression rests on them. An indicator column counts when it
   * was computed from an illustrative variable.
   */
  public static List<String> illustrativeInputs(Panel panel, String expression) {
    return Expression.parse(expression).variables().stream()
        .map(panel::variable)
        .flatMap(Optional::stream)
        .filter(Variable::illustrative)
        .map(Variable::name)
        .sorted()
        .toList();
  }

  /**
   * A filter applies to an event series of the panel, on attributes the events have, with values
   * that occur among them (a misspelt value would silently count nothing).
   */
  private static void checkFilter(
      String self, String source, Filtered f, Set<String> known, Panel base) {
    if (!known.contains(f.name())) {
      Set<String> events = new TreeSet<>();
      for (String n : base.names()) {
        if (base.variable(n).map(v -> v.kind() == VariableKind.EVENT).orElse(false)) {
          events.add(n);
        }
      }
      throw new ExpressionException(
          "unknown event series '" + f.name() + "'",
          source,
          f.column(),
          Suggestions.hint(f.name(), events, "event series are"));
    }
    Optional<Variable> variable = base.variable(f.name());
    if (variable.isEmpty() || variable.get().kind() != VariableKind.EVENT) {
      String what =
          variable.isEmpty()
              ? "an indicator"
              : switch (variable.get().kind()) {
                case MEASUREMENT -> "a measurement";
                case ATTRIBUTE -> "a region attribute";
                case INDICATOR -> "an indicator";
                default -> "not an event series";
              };
      throw new ExpressionException(
          "only event series can be filtered, and '" + f.name() + "' is " + what,
          source,
          f.column(),
          variable.isEmpty() && !f.name().equals(self)
              ? "filter the event series the indicator reads, inside its definition"
              : "event series are events, deaths_low, deaths_best, deaths_high and their"
                  + " national_ and per-source forms");
    }
    EventAttributes attributes = base.eventAttributes();
    for (EventFilter.Condition c : f.filter().conditions()) {
      if (!attributes.has(c.attribute())) {
        throw new ExpressionException(
            "unknown event attribute '" + c.attribute() + "'",
            source,
            c.column(),
            attributes.names().isEmpty()
                ? "this panel's events carry no attributes to filter on"
                : attributeHint(c.attribute(), attributes.names()));
      }
      Optional<SortedSet<String>> values = attributes.values(c.attribute());
      for (int i = 0; i < c.values().size(); i++) {
        String value = c.values().get(i);
        if (values.isPresent() && !values.get().contains(value)) {
          throw new ExpressionException(
              "no event has " + c.attribute() + " " + Printer.text(value),
              source,
              c.valueColumn(i),
              values.get().isEmpty()
                  ? "no event of this theater has any "
                      + c.attribute()
                      + "; docs/importing-events.md says what each format stores"
                  : valueHint(value, values.get(), c.attribute()));
        }
      }
    }
    if (!base.has(f.key())) {
      throw new ExpressionException(
          "the filtered series " + f.key() + " is not in the panel",
          source,
          f.column(),
          "the panel must be loaded with the filtered series the expressions read");
    }
  }

  /** The closest attribute if one is close, and always the attributes there are (a handful). */
  private static String attributeHint(String attribute, Set<String> names) {
    List<String> close = Suggestions.closest(attribute, names, 1);
    return (close.isEmpty() ? "" : "did you mean " + close.get(0) + "? ")
        + "event attributes are "
        + String.join(", ", names);
  }

  /** The closest values, or the values there are, in quotes as a filter writes them. */
  private static String valueHint(String value, SortedSet<String> values, String attribute) {
    List<String> close = Suggestions.closest(value, values, 3).stream().map(Printer::text).toList();
    if (!close.isEmpty()) {
      return "did you mean "
          + (close.size() == 1
              ? close.get(0)
              : String.join(", ", close.subList(0, close.size() - 1))
                  + " or "
                  + close.get(close.size() - 1))
          + "?";
    }
    if (values.isEmpty()) {
      return "";
    }
    List<String> shown = values.stream().limit(12).map(Printer::text).toList();
    return attribute
        + " values are "
        + String.join(", ", shown)
        + (values.size() > shown.size() ? " and " + (values.size() - shown.size()) + " more" : "");
  }

  private static Map<String, IndicatorDefinition> checkNames(
      Panel base, List<IndicatorDefinition> defs) {
    Map<String, IndicatorDefinition> byName = new LinkedHashMap<>();
    for (IndicatorDefinition d : defs) {
      if (!Lexer.isIdentifier(d.name())) {
        throw new IndicatorException(
            d.name(),
            "this name cannot be referred to in expressions: use letters, "
                + "digits, '_' and '.', starting with a letter or '_'");
      }
      if (Builtin.named(d.name()).isPresent()) {
        throw new IndicatorException(
            d.name(), "this is the name of a function; choose another name");
      }
      if (byName.put(d.name(), d) != null) {
        throw new IndicatorException(d.name(), "defined twice");
      }
      if (base.has(d.name())) {
        throw new IndicatorException(
            d.name(), "the panel already has a variable of this name; choose another name");
      }
    }
    return byName;
  }

  /**
   * The first unknown name in reading order is reported, at its column; {@code self} (an
   * indicator's own name, or "") is never suggested.
   */
  private static void checkReferences(
      String self, String source, Expression e, Set<String> known, Panel base) {
    Printer.walk(
        e,
        node -> {
          if (node instanceof Filtered f) {
            checkFilter(self, source, f, known, base);
          }
          if (node instanceof Var v && !known.contains(v.name())) {
            // An indicator cannot refer to itself, so it is never a useful suggestion for its own
            // typo.
            Set<String> candidates = new TreeSet<>(known);
            candidates.remove(self);
            String hint = Suggestions.hint(v.name(), candidates, "known variables are");
            if (Builtin.named(v.name()).isPresent()) {
              hint =
                  v.name()
                      + " is a function: write "
                      + v.name()
                      + "(...)"
                      + (hint.isEmpty() ? "" : "; " + hint);
            }
            throw new ExpressionException(
                "unknown variable '" + v.name() + "'", source, v.column(), hint);
          }
          if (node instanceof Call c
              && c.function() == Builtin.PER_CAPITA
              && !known.contains(Call.POPULATION)) {
            throw new ExpressionException(
                "per_capita needs a variable named 'population' and there is none",
                source,
                c.column(),
                "import region populations, or divide by another variable: 1e5 * x / residents");
          }
        });
  }
}
