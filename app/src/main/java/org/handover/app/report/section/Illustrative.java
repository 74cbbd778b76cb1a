package org.handover.app.report.section;

import com.fasterxml.jackson.databind.node.ArrayNode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.handover.app.report.model.ReportModel;
import org.handover.app.report.page.VegaJson;
import org.handover.engine.panel.Panel;
import org.handover.engine.panel.Variable;

/**
 * The visible label every chart and table carries when it shows data that are not observed
 * ("Illustrative data: not observed; method: ..."). The method comes from the variables' own
 * descriptions and, for indicators, from the expression and the illustrative inputs it reads.
 */
public final class Illustrative {
  public static final String LABEL = "Illustrative data: not observed";

  private final Panel panel;
  private final ReportModel model;

  private Illustrative(ReportModel model) {
    this.model = model;
    this.panel = model.panel();
  }

  static Illustrative of(ReportModel model) {
    return new Illustrative(model);
  }

  boolean isIllustrative(String variable) {
    return panel.variable(variable).map(Variable::illustrative).orElse(false);
  }

  /** The illustrative ones among {@code variables}, in the given order. */
  List<String> among(Collection<String> variables) {
    return variables.stream().distinct().filter(this::isIllustrative).toList();
  }

  /**
   * How an illustrative variable was made: its description, its expression, the illustrative inputs
   * it reads.
   */
  String method(String variable) {
    List<String> parts = new ArrayList<>();
    panel
        .variable(variable)
        .map(Variable::description)
        .filter(d -> !d.isBlank())
        .ifPresent(parts::add);
    model
        .benchmarkSet()
        .indicator(variable)
        .ifPresent(
            def -> {
              parts.add("computed as " + def.expression());
              Set<String> inputs = new LinkedHashSet<>();
              for (String name : panel.names()) {
                if (!name.equals(variable)
                    && isIllustrative(name)
                    && mentions(def.expression(), name)) {
                  inputs.add(
                      name + (description(name).isBlank() ? "" : " (" + description(name) + ")"));
                }
              }
              if (!inputs.isEmpty()) {
                parts.add("from illustrative " + String.join(", ", inputs));
              }
            });
    return parts.isEmpty()
        ? "see the method notes in the provenance section"
        : String.join("; ", parts);
  }

  /** The caption note for a table, or empty when none of {@code variables} is illustrative. */
  Optional<String> note(Collection<String> variables) {
    List<String> ill = among(variables);
    if (ill.isEmpty()) {
      return Optional.empty();
    }
    List<String> methods = ill.stream().map(v -> v + ": " + method(v)).toList();
    return Optional.of(LABEL + "; method: " + String.join(". ", methods) + ".");
  }

  /**
   * Chart subtitle lines for the same note, or empty. Vega titles do not wrap, so the method is
   * wrapped here onto at most three lines (a longer one is cut; the table beside has it in full).
   */
  Optional<ArrayNode> subtitle(Collection<String> variables) {
    List<String> ill = among(variables);
    if (ill.isEmpty()) {
      return Optional.empty();
    }
    ArrayNode lines = VegaJson.array();
    lines.add(LABEL + " (" + String.join(", ", ill) + ")");
    List<String> method =
        wrap(
            "method: "
                + String.join(
                    ". ",
                    ill.stream().map(v -> (ill.size() > 1 ? v + ": " : "") + method(v)).toList()),
            100);
    for (int i = 0; i < Math.min(3, method.size()); i++) {
      lines.add(
          i == 2 && method.size() > 3
              ? method.get(i) + " \u2026 (in full in the table)"
              : method.get(i));
    }
    return Optional.of(lines);
  }

  private String description(String name) {
    return panel.variable(name).map(Variable::description).orElse("");
  }

  private static boolean mentions(String expression, String name) {
    return Pattern.compile("(?<![A-Za-z0-9_])" + Pattern.quote(name) + "(?![A-Za-z0-9_])")
        .matcher(expression)
        .find();
  }

  private static List<String> wrap(String text, int width) {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String word : text.split(" ")) {
      if (line.length() > 0 && line.length() + 1 + word.length() > width) {
        lines.add(line.toString());
        line.setLength(0);
      }
      line.append(line.length() > 0 ? " " : "").append(word);
    }
    if (line.length() > 0) {
      lines.add(line.toString());
    }
    return lines;
  }
}
