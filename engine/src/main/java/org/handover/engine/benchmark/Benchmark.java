package org.handover.engine.benchmark;

import java.util.Objects;

/**
 * One measurable test a region must pass: an indicator compared with a threshold, over a window,
 * held for a number of consecutive months.
 *
 * @param heldFor consecutive months the comparison must hold (1 = this month only)
 * @param weight the benchmark's weight in a weighted condition
 * @param justification why this threshold: one line, shown with every verdict
 */
public record Benchmark(
    String id,
    String indicator,
    Comparison comparison,
    double threshold,
    Window window,
    int heldFor,
    double weight,
    String description,
    String justification) {

  public Benchmark {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(indicator, "indicator");
    Objects.requireNonNull(comparison, "comparison");
    Objects.requireNonNull(window, "window");
    if (Double.isNaN(threshold)) {
      throw new IllegalArgumentException("benchmark " + id + ": threshold is not a number");
    }
    if (heldFor < 1) {
      throw new IllegalArgumentException(
          "benchmark " + id + ": held_for must be at least 1, not " + heldFor);
    }
    if (!(weight >= 0)) {
      throw new IllegalArgumentException(
          "benchmark " + id + ": weight must be zero or more, not " + weight);
    }
    description = description == null ? "" : description;
    justification = justification == null ? "" : justification;
  }

  public static Benchmark of(String id, String indicator, Comparison comparison, double threshold) {
    return new Benchmark(id, indicator, comparison, threshold, Window.lastMonth(), 1, 1.0, "", "");
  }

  public Benchmark heldFor(int months) {
    return new Benchmark(
        id, indicator, comparison, threshold, window, months, weight, description, justification);
  }

  public Benchmark over(Window w) {
    return new Benchmark(
        id, indicator, comparison, threshold, w, heldFor, weight, description, justification);
  }

  public Benchmark weighted(double w) {
    return new Benchmark(
        id, indicator, comparison, threshold, window, heldFor, w, description, justification);
  }

  /** "deaths_per_100k (mean over 3 months) <= 2" */
  public String rule() {
    String w = window.describe();
    return indicator
        + (w.isEmpty() ? "" : " (" + w + ")")
        + " "
        + comparison.symbol()
        + " "
        + Numbers.format(threshold)
        + (heldFor > 1 ? ", held " + heldFor + " months" : "");
  }
}
