package org.handover.engine.scenario;

import java.util.Objects;

/**
 * One stated assumption of a scenario run: a value with the range it may plausibly take, its unit,
 * what it means and where the figure comes from. A Monte Carlo run draws each path's value from the
 * range (triangular, peaked at the value); a fixed assumption has {@code low == high == value}.
 *
 * @param name stable key, as in {@code --assume NAME=VALUE} and the outputs
 * @param source the study or judgement behind the default (cited in docs/scenarios.md)
 */
public record Assumption(
    String name,
    double value,
    double low,
    double high,
    String unit,
    String meaning,
    String source) {

  public Assumption {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(meaning, "meaning");
    Objects.requireNonNull(source, "source");
    if (!(low <= value && value <= high)) {
      throw new IllegalArgumentException(
          "assumption " + name + ": value " + value + " is outside its range " + low + ".." + high);
    }
  }

  /** This assumption held at {@code v} (no range). */
  public Assumption fixedAt(double v) {
    return new Assumption(name, v, v, v, unit, meaning, source);
  }

  /** This assumption over {@code lo..hi}, its value moved into the range if it falls outside. */
  public Assumption over(double lo, double hi) {
    return new Assumption(name, Math.max(lo, Math.min(hi, value)), lo, hi, unit, meaning, source);
  }

  /** Whether the value is drawn (a range) or fixed. */
  public boolean varies() {
    return low < high;
  }

  /**
   * The value at quantile {@code u} of the triangular distribution over the range peaked at the
   * value: the draw of one path.
   */
  public double draw(double u) {
    if (!varies()) {
      return value;
    }
    double width = high - low;
    double peak = (value - low) / width;
    return u < peak
        ? low + Math.sqrt(u * width * (value - low))
        : high - Math.sqrt((1 - u) * width * (high - value));
  }
}
