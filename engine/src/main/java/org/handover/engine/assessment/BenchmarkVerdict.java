package org.handover.engine.assessment;

import org.handover.engine.benchmark.Benchmark;

/**
 * A benchmark judged for one region and month.
 *
 * @param value the indicator value over the benchmark's window (NaN when no data)
 * @param monthsHeld consecutive months, up to and including this one, in which the comparison held
 * @param illustrative true when the indicator depends on illustrative (not real) data
 * @param explanation one line a reader can check by hand
 */
public record BenchmarkVerdict(
    Benchmark benchmark,
    double value,
    int monthsHeld,
    Status status,
    boolean illustrative,
    String explanation) {

  public double threshold() {
    return benchmark.threshold();
  }

  /**
   * Positive on the passing side of the threshold, negative on the failing side, NaN without data.
   */
  public double margin() {
    return Double.isNaN(value)
        ? Double.NaN
        : benchmark.comparison().margin(value, benchmark.threshold());
  }
}
