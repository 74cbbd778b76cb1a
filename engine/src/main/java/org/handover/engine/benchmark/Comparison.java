package org.handover.engine.benchmark;

import java.util.Arrays;

/** How a benchmark compares an indicator value with its threshold. */
public enum Comparison {
  LESS("<"),
  LESS_OR_EQUAL("<="),
  GREATER(">"),
  GREATER_OR_EQUAL(">="),
  EQUAL("==");

  private final String symbol;

  Comparison(String symbol) {
    this.symbol = symbol;
  }

  public String symbol() {
    return symbol;
  }

  public static Comparison fromSymbol(String text) {
    return Arrays.stream(values())
        .filter(c -> c.symbol.equals(text.strip()))
        .findFirst()
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "unknown comparison '" + text + "' (use one of <, <=, >, >=, ==)"));
  }

  public boolean holds(double value, double threshold) {
    return switch (this) {
      case LESS -> value < threshold;
      case LESS_OR_EQUAL -> value <= threshold;
      case GREATER -> value > threshold;
      case GREATER_OR_EQUAL -> value >= threshold;
      case EQUAL -> value == threshold;
    };
  }

  /**
   * How far {@code value} is on the passing side of {@code threshold}: positive passes, negative
   * fails.
   */
  public double margin(double value, double threshold) {
    return switch (this) {
      case LESS, LESS_OR_EQUAL -> threshold - value;
      case GREATER, GREATER_OR_EQUAL -> value - threshold;
      case EQUAL -> -Math.abs(value - threshold);
    };
  }

  /** The symbol of the failing side, for explanations ("3.1 > 2.0"). */
  public String negatedSymbol() {
    return switch (this) {
      case LESS -> ">=";
      case LESS_OR_EQUAL -> ">";
      case GREATER -> "<=";
      case GREATER_OR_EQUAL -> "<";
      case EQUAL -> "!=";
    };
  }
}
