package org.handover.engine.benchmark;

import java.util.Objects;

/**
 * A named indicator: an expression over panel variables, e.g. {@code 1e5 *
 * rolling_mean(deaths_best, 6) / population}.
 */
public record IndicatorDefinition(String name, String expression, String description, String unit) {
  public IndicatorDefinition {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(expression, "expression");
    description = description == null ? "" : description;
    unit = unit == null ? "" : unit;
  }
}
