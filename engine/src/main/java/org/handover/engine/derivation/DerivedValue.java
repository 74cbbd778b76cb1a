package org.handover.engine.derivation;

import java.time.YearMonth;
import java.util.Objects;

/**
 * One derived (illustrative) value for a region and month, with the note that says how it was made.
 *
 * @param note the method and inputs, in a line a reader can check by hand
 */
public record DerivedValue(
    String measure, String region, YearMonth month, double value, String note) {
  public DerivedValue {
    Objects.requireNonNull(measure, "measure");
    Objects.requireNonNull(region, "region");
    Objects.requireNonNull(month, "month");
    note = note == null ? "" : note;
  }
}
