package org.handover.engine.indicator;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import org.handover.engine.benchmark.IndicatorDefinition;
import org.handover.engine.indicator.Expression.Call;
import org.handover.engine.indicator.Expression.Var;
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
    Map<String, IndicatorDefinition> byName = checkNames(base, defs);
    Map<String, Expression> parsed = new LinkedHashMap<>();
    for (IndicatorDefinition d : defs) {
      try {
        parsed.put(d.name(), Expression.parse(d.expression()));
      } catch (ExpressionException e) {
        throw new IndicatorException(d.name(), e);
      }
    }
    Set<String> known = new TreeSet<>(base.names());
    known.addAll(byName.keySet());
    Map<String, List<String>> dependsOn = new LinkedHashMap<>();
    for (IndicatorDefinition d : defs) {
      Expression e = parsed.get(d.name());
      try {
        checkReferences(d.name(), d.expression(), e, known);
      } catch (ExpressionException x) {
        throw new IndicatorException(d.name(), x);
      }
      List<String> deps = new ArrayList<>(e.variables());
      deps.retainAll(byName.keySet());
      dependsOn.put(d.name(), deps);
    }
    Panel panel = base;
    Supplier<int[][]> adjacency = Adjacency.of(base.theater());
    for (String name : DependencyOrder.of(dependsOn)) {
      Expression e = parsed.get(name);
      boolean illustrative =
          e.variables().stream()
              .map(panel::variable)
              .flatMap(Optional::stream)
              .anyMatch(Variable::illustrative);
      double[][] values = new Evaluator(panel, adjacency).evaluate(e);
      Variable v =
          new Variable(name, VariableKind.INDICATOR, illustrative, byName.get(name).description());
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
    checkReferences("", expression, e, panel.names());
    double[][] values = new Evaluator(panel).evaluate(e);
    // the evaluator may hand back a panel column itself: the caller gets its own copy
    double[][] copy = new double[values.length][];
    for (int r = 0; r < values.length; r++) {
      copy[r] = values[r].clone();
    }
    return copy;
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
  private static void checkReferences(String self, String source, Expression e, Set<String> known) {
    Printer.walk(
        e,
        node -> {
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
